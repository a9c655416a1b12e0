package hta.workbench.editor.internal;

import hta.dossier.Agreement;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.TextRun;
import hta.dossier.repository.WorkspaceAccess;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPageSite;
import java.util.Set;

/**
 * Where a team workspace's server withheld a confidential value from this user: in the part of a jurisdiction the
 * user holds no role for, a place that is confidential (by its classification, by the jurisdiction's policy for
 * its price kind, or as a value derived by a formula) and arrived empty. The editor shows a redaction mark there
 * instead of an empty cell, so that a missing value and a withheld one are told apart; the mark never depends on
 * the value (which this workbench never received). In a folder workspace nothing is withheld.
 */
public final class Withheld {
    /** What the editor shows at a withheld place. */
    public static final String MARK = "\u2588\u2588\u2588\u2588 confidential";
    /** The shipped jurisdictions' confidential price kinds, for a jurisdiction whose plugin is not installed here. */
    private static final Set<PriceKind> DEFAULT_KINDS = Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);

    private Withheld() {
    }

    /** Why the mark is there, for its tooltip. */
    public static String reason(String code) {
        return "Confidential: the team workspace sends the confidential values of " + part(code)
                + " only to those who hold a role for it";
    }

    private static String part(String code) {
        return WorkspaceAccess.GLOBAL.equals(code) ? "the dossier-wide part (economics)" : code;
    }

    /** The part a value of this jurisdiction (null: none) is in. */
    public static String code(String jurisdiction) {
        return jurisdiction == null || jurisdiction.isBlank() ? WorkspaceAccess.GLOBAL : jurisdiction;
    }

    private static boolean hidden(EditorPageSite site, String jurisdiction) {
        return !site.workbench().workspace().access().seesConfidential(code(jurisdiction));
    }

    /** Whether the amount of {@code p} was withheld. */
    public static boolean amount(EditorPageSite site, PricePoint p) {
        if (p.amount != null || !hidden(site, p.jurisdiction)) return false;
        Set<PriceKind> kinds = p.jurisdiction == null ? DEFAULT_KINDS : site.workbench().jurisdiction(p.jurisdiction)
                .map(Jurisdiction::confidentiality).map(c -> c.confidentialPriceKinds()).orElse(DEFAULT_KINDS);
        return p.isConfidential() || p.kind != null && kinds.contains(p.kind);
    }

    /** Whether the value of figure {@code f} (economics: jurisdiction null) was withheld. */
    public static boolean value(EditorPageSite site, String jurisdiction, Figure f) {
        return f.value == null && hidden(site, jurisdiction)
                && (f.classification != null && !f.classification.isPublic() || f.formula != null && !f.formula.isBlank());
    }

    /** Whether the text of a narrative run was withheld. */
    public static boolean run(EditorPageSite site, String jurisdiction, TextRun r) {
        return (r.text == null || r.text.isEmpty()) && r.classification != null && !r.classification.isPublic()
                && hidden(site, jurisdiction);
    }

    /** Whether an agreement's terms (description, reference) were withheld. */
    public static boolean terms(EditorPageSite site, String jurisdiction, Agreement a) {
        return a.description == null && a.reference == null && a.classification != null && !a.classification.isPublic()
                && hidden(site, jurisdiction);
    }
}
