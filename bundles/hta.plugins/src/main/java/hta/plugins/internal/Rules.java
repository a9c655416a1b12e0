package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.TrustPolicy;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The decisions on a change, each a sentence for the administrator when it refuses ({@code null} when it allows):
 * the trust policy, whether the plugin is already installed, and whether an update goes back to an older version
 * or to another bundle declaring the same code.
 */
final class Rules {
    private final Frameworks fw;
    private final BundledPlugins bundled;

    Rules(Frameworks fw, BundledPlugins bundled) {
        this.fw = fw;
        this.bundled = bundled;
    }

    /** Why the checks or the trust policy refuse the jar; under ASK, {@code ask} has the last word. */
    static String trustRefusal(Verification v, TrustPolicy policy, Predicate<Verification> ask) {
        return trustRefusal(v, policy, ask, "the trust policy '" + PolicyFile.words(policy) + "'");
    }

    /** The same, naming the policy as {@code whose} ("the trust policy of the watched folder"). */
    static String trustRefusal(Verification v, TrustPolicy policy, Predicate<Verification> ask, String whose) {
        if (!v.installable()) return v.summary();
        if (v.acceptedBy(policy)) return null;
        if (policy == TrustPolicy.ASK && ask != null && ask.test(v)) return null;
        return v.trustDetail() + (policy == TrustPolicy.ASK ? "; the administrator declined it" : "; " + whose + " refuses it");
    }

    /** Why a new install of {@code code} is refused: something with that code is installed already. */
    String presentRefusal(PluginState s, String code) {
        Bundle current = fw.bundleFor(code);
        Entry e = s.get(code);
        boolean recorded = e != null && e.status() != Status.REMOVED && e.origin() != Origin.BUNDLED;
        if (current == null && !recorded) return null;
        return "plugin '" + code + "' is already installed" + (current != null ? " (version " + current.getVersion() + ")" : "")
                + "; use update";
    }

    /** What is installed for a code now: symbolic name and version, or {@code null}. */
    Installed installed(PluginState s, String code) {
        Bundle b = fw.bundleFor(code);
        if (b != null) return new Installed(b.getSymbolicName(), b.getVersion().toString());
        Entry e = s.get(code);
        if (e != null && e.status() != Status.REMOVED && e.origin() != Origin.BUNDLED) {
            return new Installed(e.symbolicName(), e.version());
        }
        if (bundled.has(code) && (e == null || e.status() != Status.REMOVED)) {
            return new Installed(bundled.get(code).manifest().symbolicName(), bundled.get(code).manifest().version());
        }
        return null;
    }

    /** A plugin as installed: its bundle and version. */
    record Installed(String symbolicName, String version) {
    }

    /** Why an update to {@code v} is refused: not installed, another bundle, or not newer. */
    String updateRefusal(PluginState s, Verification v, Set<UpdateOption> options) {
        Installed now = installed(s, v.code());
        if (now == null) return "plugin '" + v.code() + "' is not installed; use install";
        return replaceRefusal(v, now, options);
    }

    static String replaceRefusal(Verification v, Installed now, Set<UpdateOption> options) {
        String file = v.file().getFileName().toString();
        if (now.symbolicName() != null && !now.symbolicName().equals(v.symbolicName())) {
            if (options.contains(UpdateOption.REPLACE)) return null; // versions of two bundles do not compare
            return "'" + v.code() + "' is installed as " + now.symbolicName() + " " + now.version() + "; " + file
                    + " is another bundle (" + v.symbolicName() + ") declaring the same code; use --replace to replace it";
        }
        if (older(v.version(), now.version()) && !options.contains(UpdateOption.ALLOW_DOWNGRADE)) {
            return "'" + v.code() + "' " + now.version() + " is installed; " + file + " has the older version "
                    + v.version() + "; use --allow-downgrade to go back to it";
        }
        return null;
    }

    /**
     * Why an update that changes who signed the plugin is refused unless asked for with {@code --replace}: another
     * trusted signer's jar of the same bundle is a replacement of the plugin, not its next version (outside trust
     * test). {@code signerNow} {@code null}: not known, nothing to compare.
     */
    static String signerRefusal(Verification v, String signerNow, Set<UpdateOption> options) {
        if (signerNow == null || signerNow.equals(v.signer()) || options.contains(UpdateOption.REPLACE)) return null;
        return "'" + v.code() + "' is signed by " + signerNow + "; " + v.file().getFileName() + " is "
                + (v.signer() == null ? "not signed" : "signed by " + v.signer()) + "; use --replace to change its signer";
    }

    /** Whether version {@code a} is older than {@code b}; unreadable versions compare as equal. */
    static boolean older(String a, String b) {
        if (a == null || b == null) return false;
        try {
            return Version.parseVersion(a).compareTo(Version.parseVersion(b)) < 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
