package hta.workbench.export.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.WorkspaceAccess;

/**
 * Whether the workspace gives the user what a confidential memo needs: in a team workspace the server sends the
 * confidential values only of the jurisdictions the user holds a role for (and of the dossier-wide part only with
 * a role for {@code global}), so a confidential memo of any other jurisdiction would have holes. Such a memo is not
 * offered: only public memos can be exported, and the reason is said in one line. The same rule as
 * {@code hta export --workspace}.
 */
final class ConfidentialAccess {
    private ConfidentialAccess() {
    }

    /**
     * Why a confidential memo of {@code jurisdiction} (null: of every jurisdiction, a workspace export) cannot be
     * made here; null when it can.
     */
    static String refusal(DossierRepository repo, String jurisdiction) {
        WorkspaceAccess a = repo.access();
        boolean sees = jurisdiction == null ? a.everything()
                : a.seesConfidential(jurisdiction) && a.seesConfidential(WorkspaceAccess.GLOBAL);
        if (sees) return null;
        return "Confidential memos: your role in " + repo.address() + " (" + a.describe() + ") does not give "
                + (jurisdiction == null ? "every jurisdiction's" : jurisdiction + "'s and the dossier-wide")
                + " confidential values, so only public memos can be exported";
    }
}
