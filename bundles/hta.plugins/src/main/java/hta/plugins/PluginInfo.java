package hta.plugins;

/**
 * One installed jurisdiction plugin as an administrator sees it.
 *
 * @param code            the jurisdiction code it declares, e.g. {@code no}
 * @param name            its Bundle-Name
 * @param symbolicName    its bundle symbolic name
 * @param version         its bundle version
 * @param contractVersion the jurisdiction contract version it implements
 * @param state           active, resolved, installed, failed …
 * @param reason          why it is not active, or {@code null}
 */
public record PluginInfo(String code, String name, String symbolicName, String version, String contractVersion,
                         State state, String reason) {
    public enum State { ACTIVE, STARTING, STOPPING, RESOLVED, INSTALLED, FAILED }
}
