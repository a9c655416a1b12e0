package hta.plugins.internal;

import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginInfo.State;
import hta.plugins.Trust;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Every jurisdiction plugin as an administrator sees it: what runs in the framework, what the state records but
 * this run does not load (removed, disabled, quarantined, damaged, safe mode, changed by another process), and the
 * jars of the watched folder that were refused; each with the reason when it is not active.
 */
final class Listing {
    private final Installation inst;
    private final Frameworks fw;
    private final StateStore store;
    private final BundledPlugins bundled;
    private final Loader loader;
    private final RunLog log;
    private final WatchedRefusals refused;
    /** Checks a jar that this run did not load (safe mode, removed bundled plugins), once per jar. */
    private final Function<Path, Verification> lazyCheck;

    Listing(Installation inst, Frameworks fw, StateStore store, BundledPlugins bundled, Loader loader, RunLog log,
            WatchedRefusals refused, Function<Path, Verification> lazyCheck) {
        this.inst = inst;
        this.fw = fw;
        this.store = store;
        this.bundled = bundled;
        this.loader = loader;
        this.log = log;
        this.refused = refused;
        this.lazyCheck = lazyCheck;
    }

    PluginInfo find(String code) {
        return plugins().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    List<PluginInfo> plugins() {
        PluginState s = store.current();
        Map<String, PluginInfo> result = new LinkedHashMap<>();
        for (Bundle b : fw.context().getBundles()) {
            Map<String, Object> cap = Frameworks.capability(b);
            if (cap == null || b.getState() == Bundle.UNINSTALLED) continue;
            String code = String.valueOf(cap.get("code"));
            Entry e = s.get(code);
            Origin origin = e != null ? e.origin() : bundled.has(code) ? Origin.BUNDLED : Origin.INSTALLED;
            String reason = log.failure(code);
            if (reason == null && b.getState() == Bundle.ACTIVE) reason = fw.componentFailure(b);
            State st = reason != null ? State.FAILED : state(b);
            if (reason == null && e != null && e.status() == Status.DISABLED) {
                st = State.DISABLED;
                reason = "disabled by an administrator";
            } else if (reason == null && st == State.INSTALLED) {
                reason = "not resolved: a package or the jurisdiction contract it needs is missing";
            }
            Verification v = loader.checked(code);
            String source = e != null && e.origin() != Origin.BUNDLED ? e.source()
                    : bundled.has(code) ? bundled.jar(code).toString() : b.getLocation();
            result.put(code, new PluginInfo(code, b.getHeaders().get(Constants.BUNDLE_NAME), b.getSymbolicName(),
                    b.getVersion().toString(), b.getHeaders().get(Constants.BUNDLE_VENDOR),
                    String.valueOf(cap.get("contract")), origin, st, reason, v == null ? trust(e) : v.trust(),
                    v == null ? (e == null ? null : e.signer()) : v.signer(), Frameworks.contributions(b), source));
        }
        for (String code : Desired.codes(s, bundled, java.util.Set.of())) {
            if (result.containsKey(code)) continue;
            PluginInfo p = notRunning(s, code);
            if (p != null) result.put(code, p);
        }
        List<PluginInfo> list = new ArrayList<>(result.values());
        list.sort(Comparator.comparing(PluginInfo::code));
        list.addAll(refused.listed());
        return list;
    }

    private PluginInfo notRunning(PluginState s, String code) {
        Entry e = s.get(code);
        Desired d = Desired.of(s, code, bundled, inst.store(), inst.stateFile());
        boolean removed = e != null && e.status() == Status.REMOVED;
        if (d == null && !(removed && bundled.has(code))) return null;
        State st;
        String reason;
        if (removed) {
            st = State.AVAILABLE;
            reason = "bundled with the app; removed by an administrator (install it with 'hta plugins install " + code + "')";
        } else if (inst.safeMode()) {
            st = State.NOT_LOADED;
            reason = "safe mode: no jurisdiction plugin is loaded";
        } else if (d.status() == Status.QUARANTINED) {
            st = State.FAILED;
            reason = log.failure(code) != null ? log.failure(code) : "quarantined: " + (e.note() == null ? "it misbehaved"
                    : e.note()) + "; re-enable it with 'hta plugins enable " + code + "'";
        } else if (log.failure(code) != null || d.problem() != null) {
            st = State.FAILED;
            reason = log.failure(code) != null ? log.failure(code) : d.problem();
        } else {
            st = State.NOT_LOADED;
            reason = "changed by another process after this one started; loaded at the next start";
        }
        PluginManifest m = bundled.has(code) && (e == null || e.origin() == Origin.BUNDLED) ? bundled.get(code).manifest() : null;
        Verification v = loader.checked(code);
        Path jar = m != null ? bundled.jar(code) : d != null && d.problem() == null ? d.jar() : null;
        if (v == null && jar != null) v = lazyCheck.apply(jar);
        Origin origin = e != null ? e.origin() : Origin.BUNDLED;
        String name = m != null ? m.name() : v != null && v.name() != null ? v.name() : d == null ? code : d.symbolicName();
        return new PluginInfo(code, name, m != null ? m.symbolicName() : d == null ? null : d.symbolicName(),
                m != null ? m.version() : d == null ? null : d.version(), m == null ? null : m.vendor(),
                m == null ? null : m.contract(), origin, st, reason, v != null ? v.trust() : trust(e),
                v != null ? v.signer() : e == null ? null : e.signer(), List.of(),
                m != null ? bundled.jar(code).toString() : e == null ? null : e.source());
    }

    /** The trust of a plugin not checked in this run: what its record says. */
    private static Trust trust(Entry e) {
        return e == null || e.signer() == null ? Trust.UNSIGNED : Trust.UNTRUSTED_SIGNER;
    }

    private static State state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> State.ACTIVE;
            case Bundle.STARTING -> State.STARTING;
            case Bundle.STOPPING -> State.STOPPING;
            case Bundle.RESOLVED -> State.RESOLVED;
            default -> State.INSTALLED;
        };
    }
}
