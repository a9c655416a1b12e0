package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Milestone;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.testkit.FixedRegistry;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Norwegian price memo of 22 October 2025 (seed 001) states only what is true on its date, in Norwegian: no
 * event after it, made-up demo values marked in Norwegian, footnotes with the published sources and without English
 * pathway names, one computed year-1 budget impact at the agreed price.
 */
class TruthfulPrisnotatTest {
    private static final String NBSP = "\u00A0";
    private final Norway norway = new Norway();
    private final MemoContext onlyNorway = new MemoContext(new FixedRegistry(norway));

    private MemoDocument render(Dossier d, Variant variant) {
        ProjectedView view = ProjectedView.of(d, norway.code(), norway.confidentiality(), variant);
        return norway.memoTemplates().get(0).render(view, onlyNorway);
    }

    @Test
    void theMemoIsAsOfItsDate() throws Exception {
        MemoDocument memo = render(Fixtures.hemgenix(), Variant.PUBLIC);
        // the chart is read as of 22.10.2025, so Beslutningsforum (17.11.2025) and the delivery agreement that runs
        // from it are not drawn as having happened
        assertEquals(LocalDate.of(2025, 10, 22), memo.timeline().asOf());
        // a foreign decision dated after the memo is not reported as taken
        Dossier later = Fixtures.hemgenix();
        later.submission("se").orElseThrow().decision.date = LocalDate.of(2025, 11, 3);
        String text = render(later, Variant.PUBLIC).plainText();
        assertFalse(text.contains("Sverige"), text);
        assertTrue(text.contains("Danmark"), text);
    }

    @Test
    void footnotesCarryTheSourcesAndNoEnglishPathways() throws Exception {
        MemoDocument memo = render(Fixtures.hemgenix(), Variant.PUBLIC);
        List<String> notes = memo.blocks().stream().filter(b -> b instanceof Block.Notes)
                .flatMap(b -> ((Block.Notes) b).notes().stream()).toList();
        String all = String.join("\n", notes);
        assertFalse(all.contains("Full submission") || all.contains("Single technology appraisal"), all);
        assertTrue(all.contains("England (NICE/NHS): TA989, https://www.nice.org.uk/guidance/ta989/chapter/1-Recommendation"), all);
        assertTrue(all.contains("Skottland (SMC): SMC2649, https://scottishmedicines.org.uk/"), all);
        assertTrue(all.contains("Sverige: https://samverkanlakemedel.se/"), all);
        assertTrue(all.contains("Danmark: https://medicinraadet.dk/"), all);
    }

    @Test
    void theAuthorisationIsCitedWhereTheDossierRecordsItsPublicationAndOnlyThen() throws Exception {
        Dossier d = Fixtures.hemgenix();
        d.product.authorisationPublished = "https://www.ema.europa.eu/en/documents/assessment-report/hemgenix-epar-public-assessment-report_en.pdf";
        MemoDocument memo = render(d, Variant.PUBLIC);
        List<String> notes = memo.blocks().stream().filter(b -> b instanceof Block.Notes)
                .flatMap(b -> ((Block.Notes) b).notes().stream()).toList();
        int n = notes.indexOf("Offentlig vurderingsrapport for markedsføringstillatelsen for Hemgenix: "
                + d.product.authorisationPublished) + 1;
        assertTrue(n > 0, String.join("\n", notes));
        // the approved indication carries the note's number
        assertTrue(memo.plainText().matches("(?s).*Godkjent indikasjon: behandling av [^\n]*\\[" + n + "\\].*"), memo.plainText());
        // not recorded: nothing is cited, and no number is left without its note
        d.product.authorisationPublished = null;
        MemoDocument without = render(d, Variant.PUBLIC);
        assertFalse(without.plainText().contains("vurderingsrapport for markedsføringstillatelsen"), without.plainText());
        assertFalse(without.plainText().matches("(?s).*Godkjent indikasjon: [^\n]*\\[\\d+\\].*"), without.plainText());
    }

    @Test
    void madeUpValuesAreMarkedInNorwegian() throws Exception {
        String conf = render(Fixtures.hemgenix(), Variant.CONFIDENTIAL).plainText().replace(NBSP, " ");
        assertTrue(conf.contains("29 950 000 NOK (fiktivt)"), conf);
        assertTrue(conf.contains("9,6 år (fiktivt)"), conf);
        assertFalse(conf.contains("FICTIONAL") || conf.contains("Demo"), conf);
        // the public memo shows no made-up value, so no mark either
        String pub = render(Fixtures.hemgenix(), Variant.PUBLIC).plainText();
        assertFalse(pub.contains("fiktivt"), pub);
    }

    @Test
    void oneYearOneBudgetImpactAtTheAgreedPriceComputedFromItsInputs() throws Exception {
        // the demo as it was: a stale stored 181 240 000 NOK beside a table whose year 1 computes to 201 225 000 NOK
        Dossier d = Fixtures.hemgenix();
        Figure year1 = d.budgetImpact("no").orElseThrow().figures.stream()
                .filter(f -> f.id.equals(Norway.BUDGET_YEAR1_AGREED)).findFirst().orElseThrow();
        year1.value = new BigDecimal("181240000");
        String conf = render(d, Variant.CONFIDENTIAL).plainText().replace(NBSP, " ");
        assertFalse(conf.contains("181 240 000"), conf);
        assertEquals(2, conf.split("201 225 000", -1).length - 1, conf);
        // a figure whose formula is words is not printed at all
        year1.formula = "derived from price:no-rhf-aup and patients year 1";
        String words = render(d, Variant.CONFIDENTIAL).plainText().replace(NBSP, " ");
        assertFalse(words.contains("181 240 000"), words);
        assertEquals(1, words.split("201 225 000", -1).length - 1, words);
    }

    @Test
    void anUnrecordedDateIsNotStatedNotInvented() throws Exception {
        Dossier d = Fixtures.hemgenix();
        d.submission("no").orElseThrow().milestones.removeIf(m -> m.kind.equals(Norway.AGREEMENT_COMPLETED));
        String text = render(d, Variant.PUBLIC).plainText();
        assertTrue(text.contains("Forhandlinger om rammeavtale for gen- og celleterapi fullført\tikke oppgitt"), text);
        // the published memo's "n.a.": no price request, the prices came without one
        assertTrue(text.contains("Henvendelse til leverandør om prisopplysninger\tn.a."), text);
        d.submission("no").orElseThrow().milestones.removeIf(m -> m.kind.equals(Norway.PRICES_RECEIVED));
        d.submission("no").orElseThrow().milestones.add(new Milestone(Norway.PRICES_RECEIVED, LocalDate.of(2025, 11, 1), null));
        String early = render(d, Variant.PUBLIC).plainText();
        assertTrue(early.contains("Henvendelse til leverandør om prisopplysninger\tikke oppgitt"), early);
    }
}
