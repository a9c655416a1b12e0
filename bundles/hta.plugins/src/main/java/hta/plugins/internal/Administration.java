package hta.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginInfo.State;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;

/**
 * Uninstalling, enabling, disabling, and returning to the last known good set: the removal participants asked
 * first, the state changed under the {@link AdminLock} as it is now, the framework brought in line within the time
 * limits. A plugin that does not stop in time is still removed from the state; it stays loaded only until the
 * process ends.
 */
final class Administration {
    private final Installation inst;
    private final Frameworks fw;
    private final StateStore store;
    private final BundledPlugins bundled;
    private final Loader loader;
    private final RunLog log;
    private final Participants participants;
    private final Listing listing;
    private final Changes changes;

    Administration(Installation inst, Frameworks fw, StateStore store, BundledPlugins bundled, Loader loader, RunLog log,
                   Participants participants, Listing listing, Changes changes) {
        this.inst = inst;
        this.fw = fw;
        this.store = store;
        this.bundled = bundled;
        this.loader = loader;
        this.log = log;
        this.participants = participants;
        this.listing = listing;
        this.changes = changes;
    }

    private PluginInfo installed(String code) {
        PluginInfo p = listing.find(code);
        if (p == null || p.state() == State.AVAILABLE || p.origin() == Origin.WATCHED && p.symbolicName() == null) {
            throw new PluginException("plugin '" + code + "' is not installed");
        }
        return p;
    }

    void uninstall(String code) {
        PluginInfo p = installed(code);
        participants.veto("uninstall", code).ifPresent(why -> refuse("uninstall", p, why));
        store.lock().hold(() -> {
            PluginState s = store.reread();
            changes.snapshotIfHealthy(s);
            Entry e = s.get(code);
            String extra = "";
            Bundle b = fw.bundleFor(code);
            if (b != null && !loader.remove(b, code)) {
                extra = "; it " + log.failure(code) + ", so it stays loaded until this process ends";
            } else {
                log.clear(code);
            }
            if (p.origin() == Origin.BUNDLED || bundled.has(code) && (e == null || e.origin() == Origin.BUNDLED)) {
                store.save(s.with(new Entry(code, Origin.BUNDLED, Status.REMOVED, null, "bundled", p.symbolicName(),
                        p.version(), p.signer(), null, null, false)));
                extra += "; it stays offered as a bundled plugin";
            } else {
                store.save(s.without(code));
                if (e != null && e.origin() == Origin.WATCHED && e.source() != null) extra += deleteWatched(e.source());
            }
            String detail = "uninstalled" + extra + "; dossier files were not touched";
            log.audit("uninstall", code, p.version(), p.source(), p.signer(), "done", detail);
            log.event(code, false, p.name() + " (" + code + ") " + detail);
            if (!extra.isEmpty() && extra.contains("stays loaded")) log.notice(code, "plugin '" + code + "' " + detail);
        });
    }

    private static String deleteWatched(String source) {
        try {
            Files.deleteIfExists(Path.of(source));
            return "; its jar was deleted from the watched folder";
        } catch (IOException ex) {
            return "; its jar could not be deleted from the watched folder: " + Problems.describe(ex);
        }
    }

    PluginInfo toggle(String code, boolean on) {
        PluginInfo p = installed(code);
        if (!on) participants.veto("disable", code).ifPresent(why -> refuse("disable", p, why));
        return store.lock().hold(() -> {
            PluginState s = store.reread();
            changes.snapshotIfHealthy(s);
            Entry e = s.get(code);
            if (e == null) {
                e = new Entry(code, Origin.BUNDLED, Status.ENABLED, null, "bundled", p.symbolicName(), p.version(),
                        p.signer(), null, null, false);
            }
            store.save(s.with(e.withStatus(on ? Status.ENABLED : Status.DISABLED)));
            log.clear(code);
            Bundle b = fw.bundleFor(code);
            if (!inst.safeMode()) {
                if (on) {
                    if (b == null) loader.apply(code, Desired.of(store.current(), code, bundled, inst.store(), inst.stateFile()));
                    else loader.start(b, code);
                } else if (b != null && b.getState() == Bundle.ACTIVE) {
                    loader.stop(b, code, true);
                }
            }
            String action = on ? "enable" : "disable";
            String failure = log.failure(code);
            String detail = failure != null ? failure : (on ? "enabled" : "disabled") + (inst.safeMode() ? " (safe mode)" : "");
            log.audit(action, code, p.version(), p.source(), p.signer(), failure != null ? "failed" : "done", detail);
            log.event(code, failure != null, p.name() + " (" + code + ") " + detail);
            return listing.find(code);
        });
    }

    /** Returns to the last known good set; refused, changing nothing, when a plugin of that set could not load. */
    List<PluginInfo> restoreLastGood() {
        PluginState good = readGood();
        String refusal = restoreRefusal(good);
        if (refusal != null) throw new PluginException(refusal);
        PluginState now = store.current();
        for (String code : Desired.codes(now, bundled, Set.of())) {
            Desired d = Desired.of(now, code, bundled, inst.store(), inst.stateFile());
            Desired then = Desired.of(good, code, bundled, inst.store(), inst.lastGoodFile());
            if (d != null && (then == null || !then.version().equals(d.version()))) {
                participants.veto("restore", code).ifPresent(why -> {
                    throw new PluginException(why);
                });
            }
        }
        return store.lock().hold(() -> {
            log.clearAll();
            store.save(good);
            for (String code : Desired.codes(good, bundled, fw.codes())) {
                loader.apply(code, Desired.of(good, code, bundled, inst.store(), inst.lastGoodFile()));
            }
            String detail = "returned to the last known good set: " + String.join(", ", describe(good));
            log.audit("restore-last-good", "-", "-", inst.lastGoodFile().toString(), "-",
                    log.anyFailure() ? "failed" : "done", detail);
            log.event("-", log.anyFailure(), detail);
            return listing.plugins();
        });
    }

    PluginState readGood() {
        if (!store.hasLastGood()) throw new PluginException("no last known good set of plugins is kept yet");
        try {
            return store.lastGood();
        } catch (IOException e) {
            throw new PluginException("the last known good set cannot be read: " + Problems.describe(e), e);
        }
    }

    /** Why returning to {@code good} would not work: a plugin of it that could not be loaded; or {@code null}. */
    String restoreRefusal(PluginState good) {
        for (String code : Desired.codes(good, bundled, Set.of())) {
            Desired d = Desired.of(good, code, bundled, inst.store(), inst.lastGoodFile());
            if (d != null && d.problem() != null) {
                return "the last known good set cannot be restored: plugin '" + code + "': " + d.problem();
            }
        }
        return null;
    }

    /** The set as codes with versions, e.g. {@code no 0.1.0.v2026… (disabled)}. */
    List<String> describe(PluginState good) {
        List<String> out = new ArrayList<>();
        for (String code : Desired.codes(good, bundled, Set.of())) {
            Desired d = Desired.of(good, code, bundled, inst.store(), inst.lastGoodFile());
            if (d != null) out.add(code + " " + d.version() + (d.status() == Status.DISABLED ? " (disabled)" : ""));
        }
        return out;
    }

    private void refuse(String action, PluginInfo p, String why) {
        log.audit(action, p.code(), p.version(), "-", "-", "refused", why);
        throw new PluginException(why);
    }
}
