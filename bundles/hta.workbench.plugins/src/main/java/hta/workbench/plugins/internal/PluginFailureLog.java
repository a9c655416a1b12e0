package hta.workbench.plugins.internal;

import hta.plugins.PluginEvent;
import hta.plugins.PluginManager;
import java.util.function.BiConsumer;

/**
 * Sends the plugin manager's failure events (a plugin that threw on start, threw or hung while rendering, could
 * not be loaded) to the workbench's Error Log, including those of this run that happened before the window
 * opened. Close it when the window goes away.
 */
public final class PluginFailureLog implements AutoCloseable {
    /** The Error Log's source for plugin failures. */
    public static final String SOURCE = "hta.plugins";
    private final AutoCloseable subscription;

    /** @param log called with the source and a one-sentence message naming the plugin */
    public PluginFailureLog(PluginManager manager, BiConsumer<String, String> log) {
        java.util.Set<PluginEvent> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.Consumer<PluginEvent> forward = e -> {
            if (e.failure() && seen.add(e)) log.accept(SOURCE, e.message());
        };
        this.subscription = manager.subscribe(forward);
        manager.events().forEach(forward);
        seen.clear(); // only needed while the earlier events and the first new ones may overlap
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // the manager went away with its bundle
        }
    }
}
