package hta.plugins.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * Brings the framework in line with the installation state when the plugin manager activates: whatever a gone
 * process left in the middle of plugin code is quarantined at once; then the plugins are loaded on a thread of
 * their own (bundled plugins unless removed, administrators' stored copies, the watched folder), so the rest of the
 * application starts meanwhile on the other core — the window opens while they load, a command's parser is ready
 * when they are. Every operation of the plugin manager waits until the loading is done.
 */
final class Startup {
    private final Parts p;
    private final CountDownLatch done = new CountDownLatch(1);

    Startup(Parts p) {
        this.p = p;
    }

    void begin() {
        p.store.lock().hold(() -> {
            p.store.reread();
            p.quarantine.recover(p.recovery.leftOver());
        });
        Thread t = new Thread(this::load, "hta-plugin-start");
        t.setDaemon(true); // a start that hangs past its limits must not keep the process alive
        t.start();
    }

    private void load() {
        try {
            PluginState s = p.store.current();
            Set<String> codes = Desired.codes(s, p.bundled, p.fw.codes());
            Map<String, Future<Loader.Checked>> checking = p.loader.precheck(s, codes, p.io);
            for (String code : codes) {
                p.loader.apply(code, Desired.of(s, code, p.bundled, p.inst.store(), p.inst.stateFile()), checking.get(code));
            }
            p.watched.sync();
            if (!p.store.hasLastGood() && !p.log.anyFailure()) p.store.saveLastGood(p.store.current());
        } catch (IllegalStateException stopping) {
            // the framework stopped while the plugins were loading (a short command, an early close)
        } finally {
            done.countDown();
        }
    }

    /** Waits until the plugins are loaded. */
    void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
