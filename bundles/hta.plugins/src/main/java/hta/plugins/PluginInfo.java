package hta.plugins;

import java.util.List;

/**
 * One jurisdiction plugin as an administrator sees it: installed, disabled, failed, or offered (bundled with
 * the app but removed by an administrator).
 *
 * @param code            the jurisdiction code it declares, e.g. {@code no}
 * @param name            its Bundle-Name
 * @param symbolicName    its bundle symbolic name
 * @param version         its bundle version
 * @param vendor          its Bundle-Vendor, or {@code null}
 * @param contractVersion the jurisdiction contract version it implements
 * @param origin          where it comes from
 * @param state           what it is doing now
 * @param reason          why it is not active (failure, disabled, safe mode …), or {@code null}
 * @param trust           the result of the signature check
 * @param signer          the signer in plain words (the certificate's common name), or {@code null} when unsigned
 * @param contributions   what it contributes while active, e.g. {@code Jurisdiction service}
 * @param source          the jar it was installed from
 */
public record PluginInfo(String code, String name, String symbolicName, String version, String vendor,
                         String contractVersion, Origin origin, State state, String reason, Trust trust,
                         String signer, List<String> contributions, String source) {

    public enum State {
        ACTIVE, STARTING, STOPPING, RESOLVED, INSTALLED,
        /** Installed but switched off by an administrator. */
        DISABLED,
        /** Threw on start, while rendering, or did not return in time; the reason says which. */
        FAILED,
        /** Bundled with the app and offered, but not installed (an administrator removed it). */
        AVAILABLE,
        /** Not loaded in this run (safe mode). */
        NOT_LOADED
    }

    public enum Origin {
        /** Shipped in the app's {@code plugins/} folder. */
        BUNDLED,
        /** Installed by an administrator from a file (command or Plugins view). */
        INSTALLED,
        /** Dropped into the watched {@code plugins/} folder of the data directory. */
        WATCHED
    }

    /** Whether the plugin is usable right now. */
    public boolean isActive() {
        return state == State.ACTIVE;
    }
}
