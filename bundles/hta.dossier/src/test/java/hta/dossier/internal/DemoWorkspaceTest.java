package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import hta.dossier.validation.FileValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace the app ships: every file loads, meets the core rules and is in canonical form. */
class DemoWorkspaceTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @TempDir
    Path copy;

    /** A copy of the demo folder: listing writes its index into the folder, and the source must stay clean. */
    private JsonFolderRepository demo() throws Exception {
        try (var files = Files.list(DEMO)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".json")) Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return new JsonFolderRepository(copy);
    }

    @Test
    void everyDemoDossierIsListedValidAndCanonical() throws Exception {
        JsonFolderRepository repo = demo();
        List<DossierSummary> list = repo.list();
        assertEquals(List.of(), repo.problems());
        assertEquals(List.of("blincyto", "fictivimab", "hemgenix", "zolgensma"), list.stream().map(DossierSummary::id).toList());
        for (FileValidation.Report r : FileValidation.workspace(DEMO)) {
            assertTrue(r.isClean(), r.toString());
            byte[] bytes = Files.readAllBytes(r.file());
            assertArrayEquals(bytes, DossierJson.write(DossierJson.read(bytes)), r.file() + " is not in canonical form");
        }
    }

    @Test
    void swedishDemoCasesCarryThePublishedFacts() throws Exception {
        JsonFolderRepository repo = demo();
        Dossier z = repo.load("zolgensma");
        var se = z.submission("se").orElseThrow();
        assertEquals("avvakta", se.decision.outcome);
        assertEquals("2021-09-06", se.decision.date.toString());
        assertEquals("2019-03-12", se.milestone("se.national-collaboration").orElseThrow().date.toString());
        assertEquals("onasemnogen-abeparvovek", z.product.innIn("sv"));
        Dossier b = repo.load("blincyto");
        var bse = b.submission("se").orElseThrow();
        assertEquals("141/2025", bse.caseReference);
        assertEquals("avsta", bse.decision.outcome);
        assertTrue(bse.decision.conditions.contains("bryggbehandling"));
        // every fictional value is confidential, so none can reach a public memo
        for (Dossier d : List.of(z, b)) {
            d.prices.forEach(p -> assertEquals(Classification.CONFIDENTIAL, p.classification, p.id));
            d.economics.figures.forEach(f -> assertEquals(Classification.CONFIDENTIAL, f.classification, f.id));
        }
    }

    /** Hemgenix in all five jurisdictions, as published (JURISDICTIONS.md, seed 001). */
    @Test
    void hemgenixCarriesThePublishedFactsOfAllFiveJurisdictions() throws Exception {
        Dossier h = demo().load("hemgenix");
        assertEquals("etranacogene dezaparvovec", h.product.inn);
        assertEquals("etranakogendezaparvovek", h.product.innIn("nb"));
        assertEquals("GENE_THERAPY", h.product.therapyKind);
        assertEquals("CONDITIONAL", h.product.authorisationType);
        assertEquals(List.of("no", "se", "dk", "smc", "nice"), h.submissions.stream().map(s -> s.jurisdiction).toList());

        var no = h.submission("no").orElseThrow();
        assertEquals("ID2022_075", no.caseReference);
        var maks = h.price("no-maks-aup").orElseThrow();
        assertEquals(0, new java.math.BigDecimal("43028738").compareTo(maks.amount));
        assertEquals("557865", maks.articleNumber);
        assertEquals(Boolean.TRUE, maks.vatIncluded);
        assertEquals(Classification.PUBLIC, maks.classification);
        assertEquals(Classification.CONFIDENTIAL, h.price("no-rhf-aup").orElseThrow().classification);
        var year1 = h.budgetImpact("no").orElseThrow().figures.stream().filter(f -> f.id.equals("no-budget-year1-max"))
                .findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("265593782").compareTo(year1.value));
        assertEquals(Classification.PUBLIC, year1.classification);
        // the process table: 170 days from the basis to the memo, 58 waiting for prices, 105 negotiating
        java.time.LocalDate basis = no.milestone("no.basis-received").orElseThrow().date;
        java.time.LocalDate prices = no.milestone("no.prices-received").orElseThrow().date;
        java.time.LocalDate agreed = no.milestone("no.agreement-completed").orElseThrow().date;
        java.time.LocalDate memo = no.milestone("no.memo-completed").orElseThrow().date;
        assertEquals("2025-05-05", basis.toString());
        assertEquals(170, java.time.temporal.ChronoUnit.DAYS.between(basis, memo));
        assertEquals(58, java.time.temporal.ChronoUnit.DAYS.between(basis, prices));
        assertEquals(105, java.time.temporal.ChronoUnit.DAYS.between(prices, agreed));
        assertEquals("2025-11-17", no.milestone("no.beslutningsforum").orElseThrow().date.toString());
        assertEquals(List.of("Helse Nord RHF", "Helse Vest RHF", "Helse Sør-Øst RHF", "Helse Midt-Norge RHF"),
                no.recipients.stream().map(r -> r.organisation).toList());
        assertEquals(List.of("Fagsjef", "Fagrådgiver"), no.signatories.stream().map(r -> r.role).toList());
        assertEquals(List.of("bakgrunn", "pristilbud", "kostnadseffektivitet", "budsjettkonsekvenser", "avtaleverk",
                "fremtidig-anskaffelse", "oppsummering"), List.copyOf(no.sections.keySet()));

        var se = h.submission("se").orElseThrow().decision;
        assertEquals("2025-04-25", se.date.toString());
        assertTrue(se.publishedWording.contains("inte använda Hemgenix"), se.publishedWording);
        var dk = h.submission("dk").orElseThrow();
        assertEquals("2024-06-19", dk.decision.date.toString());
        assertEquals("anbefaler", dk.decision.outcome);
        assertEquals(List.of("PAYMENT_BY_RESULT"), dk.agreements.stream().map(a -> a.kind).toList());
        var smc = h.submission("smc").orElseThrow();
        assertEquals("SMC2649", smc.caseReference);
        assertEquals("2024-08-12", smc.decision.date.toString());
        assertEquals("interim-acceptance", smc.decision.outcome);
        var nice = h.submission("nice").orElseThrow();
        assertEquals("TA989", nice.caseReference);
        assertEquals("2024-07-24", nice.decision.date.toString());
        assertEquals(List.of("MANAGED_ACCESS"), nice.agreements.stream().map(a -> a.kind).toList());
        // every value that is not public is made up, marked as such in the data (or derived from made-up inputs),
        // and no label carries the marking as English text a memo could print
        h.economics.figures.forEach(f -> assertTrue(f.classification.isPublic() || f.isFictional() || f.formula != null, f.id));
        h.budgetImpacts.forEach(b -> b.rows.forEach(r -> r.cells.forEach(c ->
                assertTrue(c.classification.isPublic() || c.isFictional() || c.formula != null, c.id))));
        h.budgetImpacts.forEach(b -> b.figures.forEach(f ->
                assertTrue(f.classification.isPublic() || f.isFictional() || f.formula != null, f.id)));
        h.prices.forEach(p -> assertTrue(p.classification.isPublic() || p.isFictional(), p.id));
        h.economics.figures.forEach(f -> assertFalse(f.label.contains("FICTIONAL"), f.id));
        h.budgetImpacts.forEach(b -> b.rows.forEach(r -> r.cells.forEach(c -> assertFalse(c.label.contains("FICTIONAL"), c.id))));
        h.submissions.forEach(s -> s.sections.values().forEach(n -> n.paragraphs.forEach(par -> par.forEach(run -> {
            assertFalse(run.text.contains("FICTIONAL") || run.text.startsWith("Demo"), run.text);
            assertTrue(run.classification.isPublic() || run.isFictional(), run.text);
        }))));
        // the Norwegian decision and its meeting are illustrative
        assertTrue(no.decision.isFictional());
        assertTrue(no.milestone("no.beslutningsforum").orElseThrow().isFictional());
    }

    @Test
    void norwegianBudgetTableCellsAreDerivedWithFormulas() throws Exception {
        Dossier h = demo().load("hemgenix");
        var rows = h.budgetImpact("no").orElseThrow().rows;
        assertEquals(3, rows.size());
        for (var row : rows) {
            assertEquals(5, row.cells.size());
            row.cells.forEach(c -> assertTrue(c.formula != null && c.formula.contains(":"), c.id));
        }
        // intervention − comparator = net impact, cell by cell
        for (int y = 0; y < 5; y++) {
            assertEquals(0, rows.get(0).cells.get(y).value.subtract(rows.get(1).cells.get(y).value)
                    .compareTo(rows.get(2).cells.get(y).value));
        }
    }
}
