package hta.plugins.internal;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugins that took the process down, hung, threw on start or registered what they may not are quarantined: kept
 * in the state as they are, but not loaded until an administrator enables them again. The user is told once, in
 * one line, with how to re-enable the plugin.
 */
final class Quarantine {
    private final StateStore store;
    private final BundledPlugins bundled;
    private final RunLog log;

    Quarantine(StateStore store, BundledPlugins bundled, RunLog log) {
        this.store = store;
        this.bundled = bundled;
        this.log = log;
    }

    /**
     * Quarantines {@code code} for {@code why} (e.g. "did not start within 5 s"); {@code toldNow}: the user learns
     * it from the operation's own outcome, so it is not repeated at the next start.
     */
    void put(String code, String why, boolean toldNow) {
        log.fail(code, "quarantined: " + why + "; re-enable it with 'hta plugins enable " + code + "'");
        store.change(s -> {
            Entry e = s.get(code);
            if (e == null) {
                if (!bundled.has(code)) return s; // never recorded: nothing to load next time anyway
                PluginManifest m = bundled.get(code).manifest();
                e = new Entry(code, Origin.BUNDLED, Status.ENABLED, null, "bundled", m.symbolicName(), m.version(),
                        null, null, null, false);
            }
            if (e.status() == Status.REMOVED) return s;
            Entry q = e.quarantined(why);
            return s.with(toldNow ? q.toldAbout() : q);
        });
        log.audit("quarantine", code, null, "-", null, "done", why);
        if (!toldNow) log.event(code, true, line(code, why));
    }

    /** The one line telling the user. */
    static String line(String code, String why) {
        return "plugin '" + code + "' " + why + "; it is quarantined and not loaded until you re-enable it with"
                + " 'hta plugins enable " + code + "'";
    }

    /** The quarantines the user has not been told about yet, one line each; from now on they count as told. */
    List<String> untold() {
        List<String> lines = new ArrayList<>();
        PluginState now = store.current();
        boolean any = now.entries().values().stream().anyMatch(e -> e.status() == Status.QUARANTINED && !e.told());
        if (!any) return lines;
        store.change(s -> {
            PluginState next = s;
            for (Entry e : s.entries().values()) {
                if (e.status() == Status.QUARANTINED && !e.told()) {
                    lines.add(line(e.code(), e.note() == null ? "misbehaved" : e.note()));
                    next = next.with(e.toldAbout());
                }
            }
            return next;
        });
        return lines;
    }

    /** Culprits left by a process that is gone: each is quarantined, to be told at once. */
    void recover(List<Recovery.Culprit> culprits) {
        for (Recovery.Culprit c : culprits) {
            String why = switch (c.activity()) {
                case "starting" -> "ended the process while starting";
                case "stopping" -> "ended the process while stopping";
                case "ending" -> "ended the process";
                default -> "ended the process while " + c.activity();
            };
            put(c.code(), why, false);
        }
    }
}
