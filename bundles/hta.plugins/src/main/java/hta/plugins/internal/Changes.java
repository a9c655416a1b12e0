package hta.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.TrustPolicy;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Installing and updating plugins: the jar copied once and checked ({@link Inspector}), the trust policy applied,
 * the preconditions checked again under the {@link AdminLock} on the state as it is now, the verified copy
 * installed, recorded in the state before it starts, started under the time limit, recorded in the history.
 */
final class Changes {
    private final Installation inst;
    private final Frameworks fw;
    private final StateStore store;
    private final BundledPlugins bundled;
    private final Loader loader;
    private final Lifecycle life;
    private final RunLog log;
    private final Participants participants;
    private final Listing listing;
    private final Rules rules;

    Changes(Installation inst, Frameworks fw, StateStore store, BundledPlugins bundled, Loader loader, Lifecycle life,
            RunLog log, Participants participants, Listing listing) {
        this.inst = inst;
        this.fw = fw;
        this.store = store;
        this.bundled = bundled;
        this.loader = loader;
        this.life = life;
        this.log = log;
        this.participants = participants;
        this.listing = listing;
        this.rules = new Rules(fw, bundled);
    }

    /** Refuses (and records) a jar the checks or the policy do not accept; {@code ask} decides under ASK. */
    Verification accepted(Inspector.Inspected in, TrustPolicy policy, Predicate<Verification> ask, String action,
                          String source) {
        Verification v = in.verification();
        String refusal = Rules.trustRefusal(v, policy, ask);
        if (refusal != null) throw log.refuse(action, v, source, refusal);
        return v;
    }

    /** Installs a checked jar as a new plugin from {@code origin}. */
    PluginInfo install(Inspector.Inspected in, Origin origin, String source) {
        Verification v = in.verification();
        return store.lock().hold(() -> {
            PluginState s = store.reread();
            String present = rules.presentRefusal(s, v.code());
            if (present != null) throw log.refuse("install", v, source, present);
            return load(in, origin, source, "install", Status.ENABLED, s);
        });
    }

    /** Installs a bundled plugin an administrator removed earlier. */
    PluginInfo installBundled(String code) {
        if (!bundled.has(code)) {
            throw new PluginException("no bundled plugin has the code '" + code + "'; bundled plugins: "
                    + String.join(", ", bundled.all().keySet()));
        }
        if (fw.bundleFor(code) != null) throw new PluginException("plugin '" + code + "' is already installed");
        Loader.Checked c;
        Desired d = new Desired(code, bundled.jar(code), null, null, null, Status.ENABLED, null, true, null);
        try {
            c = loader.check(d);
        } catch (JarProblem p) {
            throw new PluginException(p.getMessage());
        }
        return store.lock().hold(() -> load(new Inspector.Inspected(c.jar(), c.verification()), Origin.BUNDLED,
                "bundled: " + bundled.jar(code).getFileName(), "install", Status.ENABLED, store.reread()));
    }

    /** Replaces an installed plugin by a checked jar; refused when it goes back or is another bundle, unless asked. */
    PluginInfo update(Inspector.Inspected in, Set<UpdateOption> options, Origin origin, String source) {
        Verification v = in.verification();
        String refusal = rules.updateRefusal(store.current(), v, options);
        if (refusal == null) refusal = Rules.signerRefusal(v, signerNow(store.current(), v.code()), options);
        if (refusal != null) throw log.refuse("update", v, source, refusal);
        participants.veto("update", v.code()).ifPresent(why -> {
            log.audit("update", v.code(), v.version(), source, v.signer(), "refused", why);
            throw new PluginException(why);
        });
        return store.lock().hold(() -> {
            PluginState s = store.reread();
            String again = rules.updateRefusal(s, v, options);
            if (again == null) again = Rules.signerRefusal(v, signerNow(s, v.code()), options);
            if (again != null) throw log.refuse("update", v, source, again);
            Entry old = s.get(v.code());
            Status status = old != null && old.status() == Status.DISABLED ? Status.DISABLED : Status.ENABLED;
            Bundle current = fw.bundleFor(v.code());
            if (current == null || inst.safeMode()) return load(in, origin, source, "update", status, s);
            snapshotIfHealthy(s);
            try {
                life.update(current, in.stored(), v.code());
            } catch (JarProblem | BundleException ex) {
                String why = "the update of '" + v.code() + "' failed: " + (ex instanceof JarProblem ? ex.getMessage()
                        : Problems.describe(ex));
                log.record("update", v, source, "failed", why);
                throw new PluginException(why, ex);
            }
            loader.remember(v.code(), v);
            life.refresh(List.of(current));
            log.clear(v.code());
            store.save(s.with(entry(in, origin, source, status)));
            if (status == Status.ENABLED) loader.start(current, v.code());
            return finish("update", v, source, "updated to " + v.version());
        });
    }

    /** Who signed the plugin installed as {@code code}: as checked when it was loaded, or as recorded; or {@code null}. */
    private String signerNow(PluginState s, String code) {
        Verification running = loader.checked(code);
        if (running != null) return running.signer();
        Entry e = s.get(code);
        if (e != null) return e.status() == Status.REMOVED ? null : e.signer();
        if (!bundled.has(code)) return null;
        // a bundled plugin not loaded (safe mode) and never recorded: its signer is the bundled jar's, checked now
        // (outside trust test, round 17: in --safe-mode another trusted signer replaced the build's Norway)
        try {
            return loader.check(new Desired(code, bundled.jar(code), null, null, null, Status.ENABLED, null, true, null))
                    .verification().signer();
        } catch (JarProblem p) {
            return null;
        }
    }

    /** Installs, records and starts a checked jar (the caller holds the lock); rolls back what cannot resolve. */
    private PluginInfo load(Inspector.Inspected in, Origin origin, String source, String action, Status status,
                            PluginState s) {
        Verification v = in.verification();
        snapshotIfHealthy(s);
        Entry entry = entry(in, origin, source, status);
        if (inst.safeMode()) {
            store.save(s.with(entry));
            log.record(action, v, source, "done", "recorded; loaded at the next start without --safe-mode");
            return listing.find(v.code());
        }
        Bundle b;
        try {
            b = life.install(in.stored(), v.code());
        } catch (JarProblem p) {
            throw log.refuse(action, v, source, p.getMessage());
        } catch (BundleException e) {
            throw log.refuse(action, v, source, v.name() + " (" + v.code() + ") " + v.version() + " could not be installed: "
                    + Problems.describe(e));
        }
        loader.remember(v.code(), v);
        store.save(s.with(entry)); // recorded before it starts, so a crash in its start is blamed on it
        if (status == Status.ENABLED) {
            Lifecycle.Outcome o = loader.start(b, v.code());
            if (o.kind() == Lifecycle.Kind.UNRESOLVED) {
                loader.remove(b, v.code());
                log.clear(v.code());
                PluginState now = store.reread();
                Entry before = s.get(v.code());
                store.save(before == null ? now.without(v.code()) : now.with(before));
                throw log.refuse(action, v, source, v.name() + " (" + v.code() + ") " + v.version() + " cannot run here: "
                        + o.reason().replaceFirst("^cannot resolve: ", ""));
            }
        }
        return finish(action, v, source, "installed and started");
    }

    private PluginInfo finish(String action, Verification v, String source, String ok) {
        String failure = log.failure(v.code());
        String detail = failure == null ? ok + (inst.safeMode() ? " (loaded at the next normal start)" : "")
                : (action.equals("update") ? "updated, but " : "installed, but it ") + failure;
        log.record(action, v, source, failure == null ? "done" : "failed", detail);
        log.event(v.code(), failure != null, v.name() + " (" + v.code() + ") " + v.version() + ": " + detail);
        return listing.find(v.code());
    }

    private Entry entry(Inspector.Inspected in, Origin origin, String source, Status status) {
        Verification v = in.verification();
        return new Entry(v.code(), origin, status, origin == Origin.BUNDLED ? null : in.stored().file().toString(),
                origin == Origin.BUNDLED ? "bundled" : source, v.symbolicName(), v.version(), v.signer(),
                origin == Origin.BUNDLED ? null : in.stored().sha256(), null, false);
    }

    /** Before a change made while every plugin works, the state is kept as the last known good set. */
    void snapshotIfHealthy(PluginState s) {
        if (!log.anyFailure()) store.saveLastGood(s);
    }
}
