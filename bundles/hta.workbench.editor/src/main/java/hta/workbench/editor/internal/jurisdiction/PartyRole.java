package hta.workbench.editor.internal.jurisdiction;

import hta.dossier.Party;
import hta.dossier.Submission;
import java.util.List;

/**
 * The lists of parties a memo names, as the submission keeps them: who it is addressed to, who gets a copy and
 * who signs it (the sender is a single party, edited apart). The order of each list is the order the memo
 * prints. Swing-free.
 */
enum PartyRole {
    RECIPIENTS("recipients", "Recipients (to)", "recipient"),
    COPY_TO("copyTo", "Copy to", "copy recipient"),
    SIGNATORIES("signatories", "Signatories", "signatory");

    /** The field's name in the dossier file, also the component name's suffix. */
    final String field;
    final String title;
    /** One party of the list, for edit labels: "Add signatory". */
    final String one;

    PartyRole(String field, String title, String one) {
        this.field = field;
        this.title = title;
        this.one = one;
    }

    List<Party> of(Submission s) {
        switch (this) {
            case RECIPIENTS:
                return s.recipients;
            case COPY_TO:
                return s.copyTo;
            default:
                return s.signatories;
        }
    }
}
