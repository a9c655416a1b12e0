package hta.dossier.repository;

import java.util.Set;

/**
 * What the user who opened a workspace may do in it. A folder on the user's own disk gives full access; a team
 * workspace on a server gives what the server grants the user's roles there: confidential values only of the
 * jurisdictions the user holds a role for (the server sends everything else as the public projection), saving only
 * with a writer's role.
 *
 * @param user              who the store knows the user as (the database role of a server workspace)
 * @param maySave           whether saves are allowed at all (false for reviewers and public-only readers)
 * @param readable          jurisdiction codes whose confidential values loaded dossiers contain
 * @param writable          jurisdiction codes whose parts (prices, budgets, submission) the user may change
 * @param everything        whether every jurisdiction's confidential values are readable (and writable when
 *                          {@code maySave}), including ones with no role yet; then the two sets are not consulted
 * @since 0.3
 */
public record WorkspaceAccess(String user, boolean maySave, Set<String> readable, Set<String> writable,
                             boolean everything) {
    /** The code of the part of a dossier tied to no one jurisdiction: economics, and prices or budgets without one. */
    public static final String GLOBAL = "global";

    public WorkspaceAccess {
        readable = Set.copyOf(readable);
        writable = Set.copyOf(writable);
    }

    /** Full access: a workspace folder of the user's own. */
    public static WorkspaceAccess full(String user) {
        return new WorkspaceAccess(user, true, Set.of(), Set.of(), true);
    }

    /** Whether loaded dossiers contain the confidential values of this jurisdiction ({@link #GLOBAL} for economics). */
    public boolean seesConfidential(String jurisdiction) {
        return everything || readable.contains(jurisdiction);
    }

    /** Whether a save may change this jurisdiction's part of a dossier. */
    public boolean mayWrite(String jurisdiction) {
        return maySave && (everything || writable.contains(jurisdiction));
    }

    /** e.g. "writer for dk, no; reads confidential values of dk, no" — never any value. */
    public String describe() {
        if (everything) return maySave ? "reads and writes every jurisdiction" : "reads every jurisdiction";
        String reads = readable.isEmpty() ? "public values only" : "confidential values of " + String.join(", ", new java.util.TreeSet<>(readable));
        if (!maySave) return "read-only, " + reads;
        return "writer for " + (writable.isEmpty() ? "the shared parts only" : String.join(", ", new java.util.TreeSet<>(writable)))
                + "; " + reads;
    }
}
