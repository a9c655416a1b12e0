package hta.plugins.internal;

import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * The two ways a run ends. When the framework stops, the plugins are stopped here first, each within the stop limit
 * (a plugin that hangs in {@code stop()} is quarantined and told at the next start, instead of holding up the end
 * of every command), and the recovery marker is cleared: the launcher then ends the process with a halt, running
 * no shutdown hook (a plugin's could hang every command's end). When the process ends with plugin code on the stack ({@code System.exit} in an activator or a
 * template), that plugin is named on standard error and left in the {@link Recovery} marker, so the next start
 * quarantines it.
 */
final class Shutdown implements SynchronousBundleListener {
    /** The exit status of a process a plugin ended: a failure, as every command's own failures are. */
    static final int EXIT_PLUGIN_ENDED = 1;
    private final Parts p;
    private final Startup startup;
    private final Thread hook = new Thread(this::processEnding, "hta-plugins-process-end");

    Shutdown(Parts p, Startup startup) {
        this.p = p;
        this.startup = startup;
    }

    void install(BundleContext context) {
        context.addBundleListener(this);
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException ending) {
            // the process is ending already
        }
    }

    void uninstall(BundleContext context) {
        try {
            context.removeBundleListener(this);
        } catch (IllegalStateException gone) {
            // the bundle is stopping with the framework
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ending) {
            // the hook is running or has run
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getBundle().getBundleId() != 0 || event.getType() != BundleEvent.STOPPING) return;
        startup.await(); // plugins still being loaded are stopped once they are
        try {
            for (Bundle b : event.getBundle().getBundleContext().getBundles()) {
                Map<String, Object> cap = Frameworks.capability(b);
                if (cap == null || b.getState() != Bundle.ACTIVE
                        || p.loader.stuck().contains(String.valueOf(cap.get("code")))) {
                    continue;
                }
                p.loader.stop(b, String.valueOf(cap.get("code")), false);
            }
        } finally {
            // a normal end: no plugin is to blame (one stuck in stop is quarantined already). The launcher ends the
            // process with a halt, so this is where the marker goes, not in the shutdown hook
            p.recovery.atExit();
            p.loader.publishStuck(); // the launcher may end the process from here on: every quarantine is saved
        }
    }

    /** The JVM is ending: blame the plugin whose thread ends it, clear the marker otherwise. */
    private void processEnding() {
        Optional<Recovery.Operation> culprit = p.recovery.atExit();
        culprit.ifPresent(o -> {
            System.err.println("hta: plugin '" + o.code() + "' ended the process while " + o.activity()
                    + "; it will be quarantined at the next start");
            System.err.flush();
            // whatever status the plugin asked for, the command did not do its work: it fails (a plugin's
            // System.exit(0) during an install had made the install look successful)
            Runtime.getRuntime().halt(EXIT_PLUGIN_ENDED);
        });
    }
}
