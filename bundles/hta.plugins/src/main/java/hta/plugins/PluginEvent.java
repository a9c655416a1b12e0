package hta.plugins;

import java.time.Instant;

/**
 * Something that happened to a plugin in this run: a change by an administrator, or a failure (thrown on
 * start, while rendering, or a timeout). The workbench shows failures in its Error Log.
 *
 * @param time    when
 * @param code    the plugin's jurisdiction code
 * @param failure whether it is a failure
 * @param message one sentence naming the plugin
 */
public record PluginEvent(Instant time, String code, boolean failure, String message) {
}
