package hta.confidentiality;

import static hta.confidentiality.FailClosedProjectionTest.STORED_ONLY;
import static hta.confidentiality.FailClosedProjectionTest.figure;
import static hta.confidentiality.FailClosedProjectionTest.price;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each structural rule fires where it should, names the field, the page and the item, and never a value. */
class StructuralCheckTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");
    static final ConfidentialityPolicy AGREED_SECRET = TaintTest.AGREED_SECRET;

    private static Dossier dossier() {
        return FailClosedProjectionTest.dossier();
    }

    private static StructuralProblem only(List<StructuralProblem> problems, String rule) {
        List<StructuralProblem> of = problems.stream().filter(p -> p.rule().equals(rule)).toList();
        assertEquals(1, of.size(), problems.toString());
        return of.get(0);
    }

    @Test
    void soundDossiersHaveNoProblem() throws Exception {
        assertEquals(List.of(), StructuralCheck.check(dossier(), AGREED_SECRET));
        for (String name : List.of("hemgenix.json", "zolgensma.json", "blincyto.json")) {
            Dossier d = DossierJson.read(Files.readAllBytes(DEMO.resolve(name)));
            assertEquals(List.of(), StructuralCheck.check(d, AGREED_SECRET), name);
        }
    }

    @Test
    void aConfidentialPriceWithoutIdIsNamed() {
        Dossier d = dossier();
        d.prices.get(1).id = null;
        StructuralProblem p = only(StructuralCheck.check(d, STORED_ONLY), "id-missing");
        assertEquals("$.prices[1].id", p.field());
        assertEquals(EditorPages.PRICES, p.page());
        // a public list price needs none; a price the policy makes confidential does
        d.prices.get(1).id = "agreed";
        d.prices.get(0).id = null;
        assertEquals(List.of(), StructuralCheck.check(d, STORED_ONLY));
        d.prices.get(0).id = "list";
        d.prices.get(1).classification = Classification.PUBLIC;
        d.prices.get(1).id = null;
        assertEquals("$.prices[1].id", only(StructuralCheck.check(d, AGREED_SECRET), "id-missing").field());
    }

    @Test
    void aPublicPriceOfAConfidentialKindWithoutADeclassificationIsNamedWithWhatToAdd() {
        Dossier d = dossier();
        d.prices.get(1).classification = Classification.PUBLIC;
        // advice, not a refusal: the price stays confidential, so nothing can leak by it
        assertEquals(List.of(), StructuralCheck.check(d, AGREED_SECRET));
        StructuralProblem p = only(StructuralCheck.advice(d, List.of(AGREED_SECRET)), "declassification-needed");
        assertEquals("$.prices[1].declassification", p.field());
        assertEquals(EditorPages.PRICES, p.page());
        assertEquals("agreed", p.itemId());
        assertTrue(p.message().contains("'agreed'") && p.message().contains("AGREED_PRICE")
                && p.message().contains("reason") && p.message().contains("author") && p.message().contains("date"), p.message());
        assertFalse(p.message().contains("31234567") || p.message().contains("31 234 567"), p.message());
        // a declassification without a reason does not count either
        d.prices.get(1).declassification = new Declassification(null, "Kari Nordmann", LocalDate.of(2025, 3, 1));
        assertTrue(only(StructuralCheck.advice(d, List.of(AGREED_SECRET)), "declassification-needed").message().contains("does not count"));
        // a recorded decision makes it public; a kind the policy does not keep confidential needs none; nor does a
        // policy that keeps nothing confidential by kind
        d.prices.get(1).declassification = new Declassification("published by the agency", "Kari Nordmann",
                LocalDate.of(2025, 3, 1));
        assertEquals(List.of(), StructuralCheck.advice(d, List.of(AGREED_SECRET)));
        d.prices.get(1).declassification = null;
        assertEquals(List.of(), StructuralCheck.advice(d, List.of(STORED_ONLY)));
        d.prices.get(1).kind = PriceKind.LIST_PRICE;
        assertEquals(List.of(), StructuralCheck.advice(d, List.of(AGREED_SECRET)));
    }

    @Test
    void anIdUsedTwiceIsNamedAlsoAcrossKinds() {
        Dossier d = dossier();
        d.prices.get(1).id = "list";
        StructuralProblem p = only(StructuralCheck.check(d, STORED_ONLY), "unique-id");
        assertEquals("$.prices[1].id", p.field());
        assertTrue(p.message().contains("$.prices[0]"), p.message());
        assertEquals("list", p.itemId());

        d = dossier();
        d.economics.figures.add(figure("agreed", "3", Classification.PUBLIC, null));
        p = only(StructuralCheck.check(d, STORED_ONLY), "unique-id");
        assertEquals("$.economics.figures[0].id", p.field());
        assertEquals(EditorPages.ECONOMICS, p.page());
    }

    @Test
    void formulasThatCannotBeReadOrNameUnknownInputsOrThemselves() {
        Dossier d = dossier();
        d.economics.figures.add(figure("words", "62469134", Classification.PUBLIC, "twice the agreed price"));
        d.economics.figures.add(figure("misspelt", "62469134", Classification.PUBLIC, "prise:agreed * 2"));
        d.economics.figures.add(figure("unknown", "62469134", Classification.PUBLIC, "price:agred * 2"));
        d.economics.figures.add(figure("a", "1", null, "figure:b + 1"));
        d.economics.figures.add(figure("b", "1", null, "figure:a + 1"));
        List<StructuralProblem> problems = StructuralCheck.check(d, STORED_ONLY);
        List<String> formula = problems.stream().filter(p -> p.rule().equals("formula")).map(StructuralProblem::field).toList();
        assertEquals(List.of("$.economics.figures[0].formula", "$.economics.figures[1].formula"), formula, problems.toString());
        assertEquals("$.economics.figures[2].formula", only(problems, "formula-input").field());
        assertTrue(only(problems, "formula-input").message().contains("price:agred"));
        assertEquals(2, problems.stream().filter(p -> p.rule().equals("formula-cycle")).count(), problems.toString());
        for (StructuralProblem p : problems) {
            assertFalse(p.message().contains("twice the agreed"), "the formula's text is not quoted: " + p);
        }
    }

    @Test
    void unclassifiedValuesPublicCellsWithoutFormulaAndAnonymousDeclassifications() {
        Dossier d = dossier();
        d.prices.add(price("unsure", PriceKind.LIST_PRICE, "888456", null));
        BudgetImpact b = new BudgetImpact();
        b.jurisdiction = "no";
        b.patientsPerYear.add(BigDecimal.ONE);
        BudgetImpact.BudgetRow row = new BudgetImpact.BudgetRow();
        row.id = "intervention";
        row.label = "Intervention";
        row.cells.add(figure(null, "31234567", Classification.PUBLIC, null));
        b.rows.add(row);
        d.budgetImpacts.add(b);
        d.prices.get(1).declassification = new Declassification("published by the agency", null, LocalDate.of(2025, 11, 17));
        List<StructuralProblem> problems = StructuralCheck.check(d, STORED_ONLY);
        assertEquals("$.prices[2].classification", only(problems, "classified").field());
        StructuralProblem derived = only(problems, "derived");
        assertEquals("$.budgetImpacts[0].rows[0].cells[0].formula", derived.field());
        assertEquals(EditorPages.BUDGET, derived.page());
        assertEquals("$.prices[1].declassification.author", only(problems, "declassification").field());
    }

    @Test
    void confidentialAgreementsNeedIdsAndReferencesMustNameAValue() {
        Dossier d = dossier();
        Submission s = new Submission();
        s.jurisdiction = "se";
        Agreement a = new Agreement();
        a.kind = "REBATE_AGREEMENT";
        a.classification = Classification.CONFIDENTIAL;
        s.agreements.add(a);
        Narrative n = new Narrative();
        n.paragraphs.add(List.of(new TextRun("Nettopriset är ", Classification.PUBLIC), TextRun.reference("agreed"),
                new TextRun(" och listpriset ", Classification.PUBLIC), TextRun.reference("lsit")));
        s.sections.put("motivering", n);
        d.submissions.add(s);
        List<StructuralProblem> problems = StructuralCheck.check(d, STORED_ONLY);
        StructuralProblem id = only(problems, "id-missing");
        assertEquals("$.submissions[0].agreements[0].id", id.field());
        assertEquals(EditorPages.jurisdiction("se"), id.page());
        StructuralProblem ref = only(problems, "reference");
        assertEquals("$.submissions[0].sections.motivering.paragraphs[0][3].ref", ref.field());
        assertEquals(EditorPages.NARRATIVES, ref.page());
        assertEquals("lsit", ref.itemId());
    }

    @Test
    void noMessageQuotesAValue() {
        Dossier d = dossier();
        d.prices.get(1).id = "list";
        d.prices.add(price(null, PriceKind.AGREED_PRICE, "29950000", Classification.CONFIDENTIAL));
        d.economics.figures.add(figure("x", "62469134", Classification.PUBLIC, "price:agreed * 2.0123"));
        d.economics.figures.add(figure("y", "124938268", Classification.PUBLIC, "2.0123 times price:list"));
        List<StructuralProblem> problems = StructuralCheck.check(d, STORED_ONLY);
        assertTrue(problems.size() >= 3, problems.toString());
        for (StructuralProblem p : problems) {
            for (String v : List.of("43028738", "31234567", "29950000", "62469134", "124938268", "2.0123", "2,0123")) {
                assertFalse(p.toString().contains(v), p.toString());
            }
        }
    }
}
