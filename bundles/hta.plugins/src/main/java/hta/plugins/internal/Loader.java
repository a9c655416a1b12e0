package hta.plugins.internal;

import hta.plugins.Trust;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Status;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Loads plugin code into the framework the one way there is: the jar checked (a bundled jar taken into the store,
 * or an administrator's stored copy whose record vouches for it by digest), exactly those bytes installed, started
 * under the start limit; a plugin that throws or hangs on start is quarantined. Keeps what was checked for each
 * code, for the listing.
 */
final class Loader {
    /** A checked jar, ready to install. */
    record Checked(StoredJar jar, Verification verification) {
    }

    private final Installation inst;
    private final Frameworks fw;
    private final BundledPlugins bundled;
    private final Lifecycle life;
    private final Inspector inspector;
    private final JarIntake intake;
    private final RunLog log;
    private final Quarantine quarantine;
    private final StateStore store;
    private final Map<String, Verification> checked = new ConcurrentHashMap<>();
    /** Plugins whose start or stop never returned: their bundles stay locked until the process ends. */
    private final Set<String> stuck = ConcurrentHashMap.newKeySet();

    Loader(Installation inst, Frameworks fw, BundledPlugins bundled, Lifecycle life, Inspector inspector, JarIntake intake,
           RunLog log, Quarantine quarantine, StateStore store) {
        this.bundled = bundled;
        this.inst = inst;
        this.fw = fw;
        this.life = life;
        this.inspector = inspector;
        this.intake = intake;
        this.log = log;
        this.quarantine = quarantine;
        this.store = store;
    }

    /** What was checked when {@code code} was last loaded in this run, or {@code null}. */
    Verification checked(String code) {
        return checked.get(code);
    }

    void remember(String code, Verification v) {
        checked.put(code, v);
    }

    Set<String> stuck() {
        return stuck;
    }

    /**
     * A plugin whose start or stop never returned keeps its bundle locked, so the framework cannot stop completely:
     * the launcher reads this property (it shares no class with the bundles) and stops waiting for the framework.
     * Published by the {@link Shutdown} pass only once every plugin was stopped or given up and quarantined: a
     * process that ended at the first stuck plugin lost the quarantine of that plugin and the stop of the others.
     */
    void publishStuck() {
        if (!stuck.isEmpty()) System.setProperty("hta.plugins.stuck", String.join(",", new java.util.TreeSet<>(stuck)));
    }

    private void stuck(String code) {
        stuck.add(code);
    }

    /**
     * Checks, in parallel on the reading threads, the jars the state asks for that are not installed yet: the
     * signature checks of several plugins share the cores instead of taking turns at start-up.
     */
    Map<String, java.util.concurrent.Future<Checked>> precheck(PluginState s, Set<String> codes,
                                                                java.util.concurrent.ExecutorService io) {
        Map<String, java.util.concurrent.Future<Checked>> out = new java.util.HashMap<>();
        if (inst.safeMode()) return out;
        for (String code : codes) {
            Desired d = Desired.of(s, code, bundled, inst.store(), inst.stateFile());
            if (d == null || !d.loadable() || fw.bundleFor(code) != null) continue;
            out.put(code, io.submit(() -> check(d)));
        }
        return out;
    }

    /** Brings one code in line with what the state wants (start-up, restore). */
    void apply(String code, Desired d) {
        apply(code, d, null);
    }

    /** The same, with the jar checked already ({@code checking} may be {@code null}). */
    void apply(String code, Desired d, java.util.concurrent.Future<Checked> checking) {
        Bundle b = fw.bundleFor(code);
        if (d == null || inst.safeMode() || !d.loadable()) {
            if (b != null) remove(b, code);
            if (d != null && d.problem() != null && !inst.safeMode()) {
                log.fail(code, d.problem());
                log.event(code, true, "plugin '" + code + "' was not loaded: " + d.problem());
            }
            return;
        }
        if (b != null && !(b.getSymbolicName().equals(d.symbolicName()) && b.getVersion().toString().equals(d.version()))) {
            if (!remove(b, code)) return;
            b = null;
        }
        if (b == null) {
            try {
                Checked c = checking == null ? check(d) : checked(checking);
                b = life.install(c.jar(), code);
                checked.put(code, c.verification());
            } catch (JarProblem | BundleException e) {
                String why = e instanceof JarProblem ? e.getMessage() : "could not be installed: " + Problems.describe(e);
                log.fail(code, why);
                log.event(code, true, "plugin '" + code + "' was not loaded: " + why);
                return;
            }
        }
        if (d.status() == Status.ENABLED) start(b, code);
        else if (b.getState() == Bundle.ACTIVE) stop(b, code, true);
    }

    private static Checked checked(java.util.concurrent.Future<Checked> checking) throws JarProblem {
        try {
            return checking.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof JarProblem p) throw p;
            throw new JarProblem("it could not be checked: " + Problems.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JarProblem("checking it was interrupted");
        }
    }

    /** Checks the jar a state asks for; a bundled jar must be signed by a trusted signer. */
    Checked check(Desired d) throws JarProblem {
        if (d.bundled()) {
            StoredJar s = intake.take(d.jar());
            store.pin(s.sha256());
            Verification v = inspector.inspect(s, d.jar());
            if (!v.installable()) throw new JarProblem(v.summary());
            if (v.trust() != Trust.TRUSTED) {
                throw new JarProblem(v.trustDetail() + "; a bundled plugin must be signed by a trusted signer");
            }
            return new Checked(s, v);
        }
        StoredJar s = new StoredJar(d.jar(), d.sha256(), d.jar().getFileName().toString());
        Verification v = inspector.inspect(s, d.jar());
        if (!v.installable()) throw new JarProblem(v.summary());
        if (!d.code().equals(v.code())) {
            throw new JarProblem("its stored copy declares the code '" + v.code() + "', not '" + d.code() + "'");
        }
        return new Checked(s, v);
    }

    /**
     * Starts under the start limit; a plugin that throws or hangs is quarantined, one that cannot resolve is marked
     * failed. Returns how the start ended.
     */
    Lifecycle.Outcome start(Bundle b, String code) {
        log.clear(code); // before: what the plugin does wrong while starting (an offence) must stay recorded
        Lifecycle.Outcome o = life.start(b, code);
        switch (o.kind()) {
            case DONE -> {
                return o;
            }
            case UNRESOLVED -> log.fail(code, o.reason());
            case TIMED_OUT -> {
                stuck(code);
                quarantine.put(code, o.reason(), true);
            }
            case THREW -> quarantine.put(code, o.reason(), true);
        }
        log.event(code, true, "plugin '" + code + "' " + log.failure(code));
        return o;
    }

    /**
     * Stops under the stop limit; a plugin that hangs or throws is quarantined ({@code toldNow}: the caller reports
     * it itself, otherwise the user is told at the next start).
     */
    boolean stop(Bundle b, String code, boolean toldNow) {
        Lifecycle.Outcome o = life.stop(b, code);
        if (o.done()) return true;
        if (o.kind() == Lifecycle.Kind.TIMED_OUT) stuck(code);
        quarantine.put(code, o.reason(), toldNow);
        return false;
    }

    /** Stops and uninstalls within the limits; {@code false} when the plugin did not let go (it is quarantined). */
    boolean remove(Bundle b, String code) {
        Lifecycle.Outcome o = life.uninstall(b, code);
        checked.remove(code);
        if (o.done()) {
            life.refresh(java.util.List.of(b));
            return true;
        }
        if (o.kind() == Lifecycle.Kind.TIMED_OUT) stuck(code);
        log.fail(code, o.reason());
        return false;
    }
}
