package hta.workbench.editor.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.WorkspaceAccess;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteGateTest {
    private static final String WS = "postgresql://dan@db:5432/hta";

    private static Dossier dossier() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        for (String code : new String[]{"no", "dk"}) {
            PricePoint p = new PricePoint();
            p.id = code + "-aup";
            p.jurisdiction = code;
            p.amount = BigDecimal.TEN;
            d.prices.add(p);
            Submission s = new Submission();
            s.jurisdiction = code;
            d.submissions.add(s);
        }
        Figure f = new Figure();
        f.id = "icer";
        f.value = BigDecimal.ONE;
        d.economics.figures.add(f);
        return d;
    }

    private static FieldEdit<BigDecimal> price(Dossier d, String id) {
        return FieldEdit.of("Change price", d, x -> x.price(id).orElseThrow().amount,
                (x, v) -> x.price(id).orElseThrow().amount = v, new BigDecimal("42"));
    }

    @Test
    void aDanishWriterChangesDenmarkAndTheSharedPartsButNotNorwayNorTheEconomics() {
        WriteGate gate = new WriteGate(new WorkspaceAccess("dan", true, Set.of("dk"), Set.of("dk"), false), WS);
        Dossier d = dossier();
        String before = new String(DossierJson.write(d));
        assertNull(gate.refusal(d, price(d, "dk-aup")));
        assertNull(gate.refusal(d, FieldEdit.of("Change INN", d, x -> x.product.inn, (x, v) -> x.product.inn = v, "x")));
        String no = gate.refusal(d, price(d, "no-aup"));
        assertTrue(no != null && no.contains("not a writer for no") && no.contains(WS), no);
        String economics = gate.refusal(d, FieldEdit.of("Change figure", d, x -> x.economics.figures.get(0).value,
                (x, v) -> x.economics.figures.get(0).value = v, BigDecimal.TEN));
        assertTrue(economics != null && economics.contains("writer for global"), economics);
        String case_ = gate.refusal(d, FieldEdit.of("Change case reference", d, x -> x.submission("no").orElseThrow().caseReference,
                (x, v) -> x.submission("no").orElseThrow().caseReference = v, "ID2022_001"));
        assertTrue(case_ != null && case_.contains("not a writer for no"), case_);
        assertEquals(before, new String(DossierJson.write(d)), "trying an edit leaves the dossier as it was");
    }

    @Test
    void aReviewerChangesNothingAndAFolderOfOnesOwnEverything() {
        Dossier d = dossier();
        String r = new WriteGate(new WorkspaceAccess("rita", false, Set.of("no"), Set.of(), false), WS)
                .refusal(d, price(d, "no-aup"));
        assertTrue(r != null && r.contains("read-only"), r);
        assertNull(new WriteGate(WorkspaceAccess.full("me"), "/home/me/workspace").refusal(d, price(d, "no-aup")));
        assertNull(new WriteGate(new WorkspaceAccess("ada", true, Set.of(), Set.of(), true), WS).refusal(d, price(d, "no-aup")));
    }
}
