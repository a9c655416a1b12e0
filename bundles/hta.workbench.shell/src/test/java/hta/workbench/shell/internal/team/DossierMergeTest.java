package hta.workbench.shell.internal.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.workbench.shell.internal.team.DossierMerge.Change;
import hta.workbench.shell.internal.team.DossierMerge.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DossierMergeTest {

    private static Dossier base() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        d.revision = 4;
        d.product.brandName = "Hemgenix";
        d.product.inn = "etranacogene dezaparvovec";
        d.prices.add(price("no-aup", "no", "43028738"));
        d.prices.add(price("dk-aup", "dk", "20000000"));
        Submission no = new Submission();
        no.jurisdiction = "no";
        no.caseReference = "ID2022_075";
        Submission dk = new Submission();
        dk.jurisdiction = "dk";
        dk.caseReference = "DK-1";
        d.submissions.add(no);
        d.submissions.add(dk);
        d.evidence.keyOutcomes.add("bleeding rate");
        return d;
    }

    private static PricePoint price(String id, String jurisdiction, String amount) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = jurisdiction;
        p.kind = PriceKind.LIST_PRICE;
        p.amount = new BigDecimal(amount);
        p.currency = "NOK";
        return p;
    }

    private static Map<String, Side> sides(DossierMerge m) {
        return m.changes().stream().collect(Collectors.toMap(Change::label, Change::side));
    }

    @Test
    void changesOnDifferentFieldsMergeAndTheResultCarriesTheirRevision() {
        Dossier base = base();
        Dossier mine = DossierJson.copy(base);
        mine.price("no-aup").orElseThrow().amount = new BigDecimal("43000000");
        Dossier theirs = DossierJson.copy(base);
        theirs.revision = 5;
        theirs.submission("dk").orElseThrow().caseReference = "DK-2";
        theirs.prices.add(0, price("dk-new", "dk", "1"));

        DossierMerge m = new DossierMerge(base, mine, theirs);
        assertEquals(Map.of("prices › no-aup › amount", Side.MINE, "submissions › dk › caseReference", Side.THEIRS,
                "prices › dk-new", Side.THEIRS), sides(m));
        assertFalse(m.hasConflicts());

        Dossier merged = m.merged(Set.of());
        assertEquals(5, merged.revision, "a save of the merge is checked against their revision");
        assertEquals(0, new BigDecimal("43000000").compareTo(merged.price("no-aup").orElseThrow().amount));
        assertEquals("DK-2", merged.submission("dk").orElseThrow().caseReference);
        assertEquals(List.of("dk-new", "no-aup", "dk-aup"), merged.prices.stream().map(p -> p.id).toList());
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictTheWriterDecides() {
        Dossier base = base();
        Dossier mine = DossierJson.copy(base);
        mine.submission("no").orElseThrow().caseReference = "ID2022_076";
        mine.evidence.keyOutcomes.add("factor IX activity");
        Dossier theirs = DossierJson.copy(base);
        theirs.revision = 5;
        theirs.submission("no").orElseThrow().caseReference = "ID2022_077";
        theirs.product.inn = "etranacogene";

        DossierMerge m = new DossierMerge(base, mine, theirs);
        assertTrue(m.hasConflicts());
        assertEquals(Side.CONFLICT, sides(m).get("submissions › no › caseReference"));
        assertEquals(Side.MINE, sides(m).get("evidence › keyOutcomes"), "a list of texts is one field");

        Dossier keepTheirs = m.merged(Set.of());
        assertEquals("ID2022_077", keepTheirs.submission("no").orElseThrow().caseReference);
        assertEquals(List.of("bleeding rate", "factor IX activity"), keepTheirs.evidence.keyOutcomes);
        assertEquals("etranacogene", keepTheirs.product.inn);

        Dossier keepMine = m.merged(Set.of("submissions › no › caseReference"));
        assertEquals("ID2022_076", keepMine.submission("no").orElseThrow().caseReference);
        assertEquals("etranacogene", keepMine.product.inn, "their other change is kept either way");
    }

    @Test
    void anItemRemovedOnOneSideIsOneChangeAndTheSameChangeOnBothIsNoConflict() {
        Dossier base = base();
        Dossier mine = DossierJson.copy(base);
        mine.prices.removeIf(p -> p.id.equals("dk-aup"));
        mine.product.brandName = "Hemgenix®";
        Dossier theirs = DossierJson.copy(base);
        theirs.product.brandName = "Hemgenix®";
        theirs.saved = new hta.dossier.SaveInfo(java.time.Instant.parse("2026-12-06T10:00:00Z"), "dan", "renamed");

        DossierMerge m = new DossierMerge(base, mine, theirs);
        assertEquals(Map.of("prices › dk-aup", Side.MINE, "product › brandName", Side.SAME), sides(m),
                "who saved when is no change of the dossier");
        Dossier merged = m.merged(Set.of());
        assertEquals(List.of("no-aup"), merged.prices.stream().map(p -> p.id).toList());
        assertEquals("dan", merged.saved.author);
    }

    @Test
    void withoutTheBaseEveryDifferenceIsAConflict() {
        Dossier mine = base();
        mine.product.inn = "mine";
        Dossier theirs = base();
        theirs.product.inn = "theirs";
        DossierMerge m = new DossierMerge(null, mine, theirs);
        assertEquals(Map.of("product › inn", Side.CONFLICT), sides(m));
        assertEquals("mine", m.merged(Set.of("product › inn")).product.inn);
    }

    @Test
    void narrativeParagraphsAreShownAsTheirText() throws Exception {
        var node = DossierJson.mapper().readTree("[[{\"text\":\"Prisen er \"},{\"text\":\"42 NOK\",\"classification\":\"CONFIDENTIAL\"}]]");
        assertEquals("Prisen er 42 NOK", DossierMerge.display(node));
        assertEquals("(none)", DossierMerge.display(null));
    }
}
