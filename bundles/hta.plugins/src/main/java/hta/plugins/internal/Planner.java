package hta.plugins.internal;

import hta.plugins.Plan;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginInfo.State;
import hta.plugins.TrustPolicy;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.osgi.framework.Bundle;

/**
 * The dry runs: what an action would change, decided by the same {@link Rules} and checks as the action itself
 * (so a dry run never promises what the real run refuses), changing nothing.
 */
final class Planner {
    private final Frameworks fw;
    private final StateStore store;
    private final BundledPlugins bundled;
    private final Listing listing;
    private final Administration admin;
    private final Rules rules;
    /** Checks a jar on a copy that is thrown away afterwards. */
    private final Function<Path, Verification> check;
    private final Path watchedDir;

    Planner(Frameworks fw, StateStore store, BundledPlugins bundled, Listing listing, Administration admin,
            Function<Path, Verification> check, Path watchedDir) {
        this.fw = fw;
        this.store = store;
        this.bundled = bundled;
        this.listing = listing;
        this.admin = admin;
        this.rules = new Rules(fw, bundled);
        this.check = check;
        this.watchedDir = watchedDir;
    }

    Plan plan(Plan.Action action, String target, TrustPolicy policy, Set<UpdateOption> options) {
        List<String> changes = new ArrayList<>();
        String refusal = null;
        boolean consent = false;
        if (action == Plan.Action.INSTALL && bundled.has(target) && !Files.exists(Path.of(target))) {
            Verification v = check.apply(bundled.jar(target));
            if (fw.bundleFor(target) != null) refusal = "plugin '" + target + "' is already installed";
            else refusal = Rules.trustRefusal(v, TrustPolicy.REFUSE, null);
            changes.add("check: " + v.trustDetail());
            changes.add("install the bundled plugin " + v.name() + " (" + target + ") " + v.version() + " from "
                    + bundled.jar(target) + " and start it");
            changes.add("record the change in the installation state and history; dossier files are not touched");
            return new Plan(action, target, List.copyOf(changes), refusal, false);
        }
        switch (action) {
            case INSTALL, UPDATE -> {
                Verification v = check.apply(Path.of(target));
                PluginState s = store.current();
                refusal = Rules.trustRefusal(v, policy == TrustPolicy.ASK ? TrustPolicy.ALLOW_UNSIGNED : policy, null);
                if (refusal == null && v.code() != null) {
                    refusal = action == Plan.Action.INSTALL ? rules.presentRefusal(s, v.code())
                            : rules.updateRefusal(s, v, options);
                }
                if (refusal == null && !v.acceptedBy(policy) && policy == TrustPolicy.ASK) consent = true;
                changes.add("check: " + v.trustDetail());
                Bundle current = v.code() == null ? null : fw.bundleFor(v.code());
                if (action == Plan.Action.UPDATE && current != null) {
                    VersionWarning.of(current.getVersion(), v.version()).ifPresent(changes::add);
                    String name = v.name() == null || v.name().isBlank() ? "'" + v.code() + "'" : v.name();
                    changes.add("ask open editors of " + name + " to save, then update the " + name + " plugin "
                            + current.getVersion() + " to " + v.version() + " and refresh only that plugin");
                } else {
                    changes.add("install " + v.name() + " (" + v.code() + ") " + v.version() + " from " + v.file()
                            + " and start it");
                }
                changes.add("record the change in the installation state and history; dossier files are not touched");
            }
            case UNINSTALL -> {
                PluginInfo p = listing.find(target);
                if (p == null || p.state() == State.AVAILABLE || p.symbolicName() == null) {
                    refusal = "plugin '" + target + "' is not installed";
                } else {
                    changes.add("ask open editors of " + named(p) + " to save, then stop and uninstall the " + p.name()
                            + " plugin " + p.version());
                    changes.add("refresh only the " + p.name() + " plugin; other plugins keep running");
                    changes.add(p.origin() == Origin.BUNDLED ? "it stays offered as a bundled plugin"
                            : p.origin() == Origin.WATCHED ? "delete its jar from the watched folder " + watchedDir
                            : "its stored copy is kept for the last known good set");
                    changes.add("dossier data for " + named(p) + " stays in the workspace, unchanged");
                }
            }
            case ENABLE, DISABLE -> {
                PluginInfo p = listing.find(target);
                if (p == null || p.state() == State.AVAILABLE || p.symbolicName() == null) {
                    refusal = "plugin '" + target + "' is not installed";
                } else {
                    changes.add((action == Plan.Action.ENABLE ? "start the " : "stop the ") + p.name() + " plugin "
                            + p.version() + " and remember it as " + (action == Plan.Action.ENABLE ? "enabled" : "disabled"));
                }
            }
            case RESTORE_LAST_GOOD -> {
                try {
                    PluginState good = admin.readGood();
                    refusal = admin.restoreRefusal(good);
                    List<String> set = admin.describe(good);
                    changes.add("return to: " + (set.isEmpty() ? "no plugins" : String.join(", ", set)));
                } catch (PluginException e) {
                    refusal = e.getMessage();
                }
            }
        }
        return new Plan(action, target, List.copyOf(changes), refusal, consent);
    }

    /** A plugin as a person reads it ("Norway"); its name alone unless it has none. */
    private static String named(PluginInfo p) {
        return p.name() == null || p.name().isBlank() ? "'" + p.code() + "'" : p.name();
    }
}
