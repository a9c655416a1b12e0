package hta.plugins.internal;

import java.util.Optional;
import org.osgi.framework.Version;

/** What a dry run says when an "update" is none: the version already installed, or an older one. */
final class VersionWarning {
    private VersionWarning() {
    }

    /**
     * A warning when an update installs the version already installed (a copy of it) or an older one (a
     * downgrade), which an administrator should not confirm by mistake; empty for a newer version.
     */
    static Optional<String> of(Version installed, String offered) {
        Version next;
        try {
            next = Version.parseVersion(offered);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the jar's verification refuses an invalid version before this counts
        }
        int c = next.compareTo(installed);
        if (c == 0) {
            return Optional.of("warning: version " + offered + " is already installed; this only replaces it with"
                    + " the file's copy of the same version");
        }
        if (c < 0) return Optional.of("warning: version " + offered + " is older than the installed " + installed
                + "; this is a downgrade");
        return Optional.empty();
    }
}
