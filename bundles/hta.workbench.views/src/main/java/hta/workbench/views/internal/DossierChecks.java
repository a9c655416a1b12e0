package hta.workbench.views.internal;

import hta.dossier.Dossier;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs the checks of one dossier each on its own, so that one that fails — a plugin's check that throws, a core check
 * meeting data it did not expect — costs its own findings only: it becomes one error naming the dossier and the check,
 * the other checks still run, and the failure itself goes to {@code failed} (the Error Log). Before, one failing check
 * ended the whole Problems job and the view stayed empty, as if there were nothing to fix. Not thread-safe; one per
 * scan.
 */
final class DossierChecks {
    private final List<Problem> out;
    private final Dossier dossier;
    private final String name;
    private final BiConsumer<String, Throwable> failed;

    DossierChecks(List<Problem> out, Dossier dossier, String name, BiConsumer<String, Throwable> failed) {
        this.out = out;
        this.dossier = dossier;
        this.name = name;
        this.failed = failed;
    }

    /** Runs {@code check} (of {@code jurisdiction}, or null for the whole dossier), called {@code what} in words. */
    void run(String jurisdiction, String what, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | LinkageError e) {
            out.add(failure(dossier.id, name, jurisdiction, what));
            failed.accept("The check of " + what + " failed for the dossier " + name, e);
        }
    }

    /**
     * The problem shown for a check that could not run. Its words carry no exception message: one may quote the
     * dossier's data, confidential values included, and the Error Log has the whole failure anyway.
     */
    static Problem failure(String dossierId, String name, String jurisdiction, String what) {
        return new Problem(Problem.Severity.ERROR, "Could not check " + what + ": the check failed, so its problems are"
                + " not listed", dossierId, name, jurisdiction, what, null,
                "The other checks ran. The Error Log has the failure; report it with the dossier's name. Nothing in the"
                        + " dossier was changed");
    }
}
