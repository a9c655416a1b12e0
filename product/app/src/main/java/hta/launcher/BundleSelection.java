package hta.launcher;

import java.util.List;

/**
 * Which of the app's bundles a run installs. The window installs all. A headless command leaves out the team
 * workspace's stack (the PostgreSQL store and its drivers, pool and migrations: five bundles the framework would
 * otherwise install, resolve and activate at every command) unless its command line names a workspace by address
 * ({@code postgresql://…}, anywhere: {@code --workspace}, {@code workspace copy --from/--to}). Plugins cannot miss
 * them: a plugin imports only the platform's API packages (docs/plugin-guide.md), and none of these export any.
 * A command that needs one of them without naming an address would fail to open its store, which the team workspace's
 * integration tests (real {@code bin/hta} processes) would show.
 */
final class BundleSelection {
    /** Symbolic names (prefixes) of the team workspace's bundles; file names in {@code bundles/} start with them. */
    static final List<String> TEAM_WORKSPACE = List.of("hta.dossier.pg_", "org.flywaydb.", "org.postgresql.",
            "com.zaxxer.HikariCP_");

    private final boolean all;

    private BundleSelection(boolean all) {
        this.all = all;
    }

    static BundleSelection of(String mode, List<String> applicationArgs) {
        return new BundleSelection("workbench".equals(mode) || namesAnAddress(applicationArgs));
    }

    /** Whether the bundle in the file of that name is installed in this run. */
    boolean installs(String fileName) {
        if (all) return true;
        for (String prefix : TEAM_WORKSPACE) {
            if (fileName.startsWith(prefix)) return false;
        }
        return true;
    }

    /** An argument that is, or ends in, an address {@code scheme://…} (as {@code --to=postgresql://…}). */
    static boolean namesAnAddress(List<String> args) {
        for (String a : args) {
            if (a.matches("(?s)(.*=)?[A-Za-z][A-Za-z0-9+.-]*://.*")) return true;
        }
        return false;
    }
}
