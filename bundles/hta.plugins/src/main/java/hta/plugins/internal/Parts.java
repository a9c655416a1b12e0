package hta.plugins.internal;

import hta.plugins.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;

/**
 * The parts of the plugin manager, made once and wired together; the {@link FrameworkPluginManager} is the façade
 * over them. Threads: one pool reads jars (within the read limit), one runs plugin code (within the start, stop
 * and call limits), one does the housekeeping that must not run on a plugin's thread (quarantining an offender).
 */
final class Parts {
    final Installation inst;
    final RunLog log;
    final TrustAnchors anchors;
    final Frameworks fw;
    final StateStore store;
    final BundledPlugins bundled;
    final Recovery recovery;
    final Lifecycle life;
    final ContractCheck contract;
    final Inspector inspector;
    final JarIntake intake;
    final JarIntake checks;
    final Quarantine quarantine;
    final Loader loader;
    final WatchedRefusals refused;
    final Listing listing;
    final Participants participants;
    final Changes changes;
    final Administration admin;
    final Planner planner;
    final WatchedFolder watched;
    final Catalogue catalogue;
    final PluginBundles pluginBundles = new PluginBundles();
    final ExecutorService io = pool("hta-plugin-io");
    final ExecutorService workers = pool("hta-plugin-call");
    final ExecutorService housekeeping = pool("hta-plugin-housekeeping");
    private final Map<Path, Verification> lazyChecks = new ConcurrentHashMap<>();

    Parts(BundleContext context) {
        inst = Installation.of(context);
        log = new RunLog(new AuditLog(inst.historyFile()));
        anchors = TrustAnchors.load(inst.trustStore(), Installation.TRUST_STORE_PASSWORD);
        if (anchors.problem() != null) log.notice("-", anchors.problem());
        fw = new Frameworks(context);
        store = new StateStore(inst, new AdminLock(inst.lockFile(), inst.limits().lockTimeout()), log);
        bundled = BundledPlugins.scan(inst.bundledDir(), inst.limits(), log);
        recovery = new Recovery(inst.markers());
        life = new Lifecycle(context, new CallGuard(recovery, workers), inst.limits());
        contract = new ContractCheck(fw::contracts);
        inspector = new Inspector(inst.limits(), contract, new Signatures(anchors, inst.limits()));
        intake = new JarIntake(inst.store(), inst.limits(), io);
        checks = new JarIntake(inst.checks(), inst.limits(), io);
        quarantine = new Quarantine(store, bundled, log);
        loader = new Loader(inst, fw, bundled, life, inspector, intake, log, quarantine, store);
        refused = new WatchedRefusals(inst.refusedFile());
        listing = new Listing(inst, fw, store, bundled, loader, log, refused, this::lazyCheck);
        participants = new Participants(context);
        changes = new Changes(inst, fw, store, bundled, loader, life, log, participants, listing);
        admin = new Administration(inst, fw, store, bundled, loader, log, participants, listing, changes);
        planner = new Planner(fw, store, bundled, listing, admin, this::check, inst.watchedDir());
        watched = new WatchedFolder(inst, store, refused, inspector, intake, changes, admin, log);
        catalogue = new Catalogue(inst.repositoryDir(), contract, listing::plugins);
    }

    /** Checks a jar on a copy that is deleted afterwards (verify, dry runs). */
    Verification check(Path jar) {
        Inspector.Inspected in = inspector.take(checks, jar);
        if (in.stored() != null) {
            try {
                Files.deleteIfExists(in.stored().file());
            } catch (IOException e) {
                // a leftover check copy is harmless and overwritten by the next check of the same jar
            }
        }
        return in.verification();
    }

    /** Checks a jar this run did not load (for the listing), once per jar and run. */
    private Verification lazyCheck(Path jar) {
        Verification v = lazyChecks.get(jar);
        if (v == null) {
            v = check(jar);
            lazyChecks.put(jar, v);
        }
        return v;
    }

    void shutdown() {
        io.shutdownNow();
        workers.shutdownNow();
        housekeeping.shutdownNow();
    }

    private static ExecutorService pool(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true); // a plugin (or a pipe) that never returns must not keep the process alive
            return t;
        });
    }
}
