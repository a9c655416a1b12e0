package hta.plugins;

import java.util.List;

/** Administers jurisdiction plugins in the running framework. Thread-safe. */
public interface PluginManager {
    /** Every installed jurisdiction plugin, sorted by code. */
    List<PluginInfo> plugins();
}
