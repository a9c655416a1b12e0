package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Records beside each submission's code the jurisdiction's name, as its installed plugin gives it, when a dossier is
 * saved ({@code Submission.jurisdictionName}): a workbench without that plugin can then say "EU joint clinical
 * assessment (jca) — plugin not installed" rather than "jca". A submission whose plugin is not installed keeps the
 * name it has, and so does one the user may not write in a team workspace (the server refuses a change to another
 * writer's part, a name included). Not an edit of the writer's (no Undo): bookkeeping, like the revision. Pure.
 */
final class JurisdictionNames {
    private JurisdictionNames() {
    }

    /**
     * Sets the name of every submission whose jurisdiction {@code installed} knows and {@code mayWrite} allows;
     * true when one changed.
     */
    static boolean record(Dossier d, Function<String, Optional<Jurisdiction>> installed, Predicate<String> mayWrite) {
        boolean changed = false;
        for (Submission s : d.submissions) {
            if (s.jurisdiction == null || !mayWrite.test(s.jurisdiction)) continue;
            Optional<String> name = installed.apply(s.jurisdiction).map(Jurisdiction::displayName).filter(n -> !n.isBlank());
            if (name.isPresent() && !Objects.equals(name.get(), s.jurisdictionName)) {
                s.jurisdictionName = name.get();
                changed = true;
            }
        }
        return changed;
    }
}
