package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.workbench.api.EditorPlace;
import org.junit.jupiter.api.Test;

/** A required field a memo template says is missing opens the page where it is filled in. */
class MemoReadinessTest {

    @Test
    void eachFieldOpensThePageWhereItIsFilledIn() {
        assertEquals(EditorPlace.page(EditorPlace.PRICES), MemoReadiness.place("prices[smc]", "smc"));
        assertEquals(EditorPlace.page(EditorPlace.PRODUCT), MemoReadiness.place("product.marketingAuthorisationHolder", "no"));
        assertEquals(EditorPlace.page(EditorPlace.PRODUCT), MemoReadiness.place("indications", "nice"));
        assertEquals(EditorPlace.jurisdiction("smc", ProblemScan.CASE_REFERENCE),
                MemoReadiness.place("submissions[smc].caseReference", "smc"));
        assertEquals(EditorPlace.jurisdiction("no", "no.memo-completed"),
                MemoReadiness.place("submissions[no].milestones[no.memo-completed]", "no"));
        assertEquals(EditorPlace.jurisdiction("se", ProblemScan.STATUS), MemoReadiness.place("submissions[se].status", "se"));
        assertEquals(EditorPlace.jurisdiction("se", null), MemoReadiness.place("submissions[se].decision.outcome", "se"));
        // a field this version does not know: the jurisdiction's own page
        assertEquals(EditorPlace.jurisdiction("dk", null), MemoReadiness.place("", "dk"));
    }
}
