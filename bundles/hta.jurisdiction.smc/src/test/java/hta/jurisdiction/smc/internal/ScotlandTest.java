package hta.jurisdiction.smc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.MemoDocument;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.Map;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

class ScotlandTest {
    private final Scotland scotland = new Scotland();
    private final MemoContext context = new MemoContext(new FixedRegistry(scotland));

    /** The demo Hemgenix dossier with SMC prices (FICTIONAL values), including a comparator with a PAS. */
    static Dossier hemgenix() throws Exception {
        Dossier d = DossierJson.read(Files.readAllBytes(
                Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json")));
        d.prices.add(price("smc-list", null, PriceKind.LIST_PRICE, "2600000", Classification.PUBLIC));
        d.prices.add(price("smc-pas", null, PriceKind.AGREED_PRICE, "1712345", Classification.PUBLIC));
        d.prices.add(price("smc-cmp-list", "Recombinant factor IX, extended half-life", PriceKind.LIST_PRICE, "361400",
                Classification.PUBLIC));
        d.prices.add(price("smc-cmp-pas", "Recombinant factor IX, extended half-life", PriceKind.AGREED_PRICE, "287654",
                Classification.CONFIDENTIAL));
        return d;
    }

    private static PricePoint price(String id, String product, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "smc";
        p.product = product;
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "GBP";
        p.classification = c;
        return p;
    }

    private MemoDocument render(Dossier d, String template, Variant variant) {
        ProjectedView view = ProjectedView.of(d, scotland.code(), scotland.confidentiality(), variant);
        var t = scotland.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context);
    }

    @Test
    void formatsAndReferences() {
        assertEquals("12 August 2024", scotland.formats().longDate(LocalDate.of(2024, 8, 12)));
        assertEquals("\u00A343,028,738", scotland.formats().money(new BigDecimal("43028738"), "GBP"));
        assertEquals(Optional.empty(), scotland.validateCaseReference("SMC2649"));
        assertEquals(Optional.empty(), scotland.validateCaseReference("SMC No. (793/12)"));
        assertTrue(scotland.validateCaseReference("TA989").isPresent());
        assertTrue(scotland.validateCaseReference("SMC-2649").isPresent());
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("accepted", "accepted-restricted", "interim-acceptance", "not-recommended"),
                scotland.decisionVocabulary().stream().map(t -> t.code()).toList());
    }

    @Test
    void adviceStatesTheInterimAcceptanceAndShowsComparatorsAtListPriceOnly() throws Exception {
        for (Variant v : Variant.values()) {
            String text = render(hemgenix(), AdviceTemplate.ID, v).plainText();
            // SMC's published words, not a sentence made from the outcome code ("pending further evidence")
            assertFalse(text.contains("pending further evidence"), text);
            assertTrue(text.contains("SMC2649"));
            assertTrue(text.contains("Advice issued 12 August 2024"));
            assertTrue(text.contains("\u201Caccepted for use within NHSScotland on an interim basis subject to ongoing"));
            assertTrue(text.contains("Patient Access Scheme (PAS)"));
            assertTrue(text.contains("\u00A3361,400"), text);
            // neither the product's nor the comparator's PAS price appears, not even in the confidential variant
            assertFalse(text.contains("287,654") || text.contains("1,712,345"), text);
        }
    }

    @Test
    void submissionSummaryHidesThePasPriceInPublic() throws Exception {
        String pub = render(hemgenix(), SubmissionSummaryTemplate.ID, Variant.PUBLIC).plainText();
        assertTrue(pub.contains("List price\t\u00A32,600,000"), pub);
        assertTrue(pub.contains("Price with PAS\t[commercial in confidence]"), pub);
        assertFalse(pub.contains("1,712,345") || pub.contains("287,654"));
        String conf = render(hemgenix(), SubmissionSummaryTemplate.ID, Variant.CONFIDENTIAL).plainText();
        assertTrue(conf.contains("\u00A31,712,345"));
        assertFalse(conf.contains("287,654"));
    }

    @Test
    void targetsDependOnThePathwayAndTheLongLimitIsConfigurable() {
        assertEquals(List.of(), scotland.processRules().inconsistencies());
        Submission s = new Submission();
        s.milestones.add(new Milestone(Scotland.SCHEDULED, LocalDate.of(2024, 3, 1), null));
        s.milestones.add(new Milestone(Scotland.ADVICE_PUBLISHED, LocalDate.of(2024, 8, 12), null));
        // 164 days: missed 18 weeks by 38 days, within 26 weeks with PACE
        TargetResult standard = Timelines.assess(s, scotland.processRules(), LocalDate.of(2024, 8, 12)).targets().get(0);
        assertEquals("smc.18-weeks", standard.target().id());
        assertEquals(TargetState.MISSED, standard.state());
        assertEquals(38, standard.daysOver());
        s.pathway = "PACE";
        TargetResult pace = Timelines.assess(s, scotland.processRules(), LocalDate.of(2024, 8, 12)).targets().get(0);
        assertEquals("smc.long-weeks", pace.target().id());
        assertEquals(TargetState.MET, pace.state());
        assertEquals(182, pace.limitDays());
        // SMC gives 22 to 26 weeks; where a case falls is unconfirmed, so the limit is configurable
        TargetResult strict = Timelines.assess(s, new Scotland(Map.of("pace.weeks", "22")).processRules(),
                LocalDate.of(2024, 8, 12)).targets().get(0);
        assertEquals(TargetState.MISSED, strict.state());
        assertEquals(10, strict.daysOver());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scotland(Map.of("pace.weeks", "30")));
        assertTrue(e.getMessage().contains("pace.weeks"), e.getMessage());
    }

    /** A changed setting takes effect on the same object: the service stays registered while it changes. */
    @Test
    void aChangedPaceLimitTakesEffectInPlace() {
        Scotland smc = new Scotland(Map.of());
        assertEquals(26 * 7L, longTarget(smc).days());
        smc.modified(Map.of("pace.weeks", 22));
        assertEquals(22 * 7L, longTarget(smc).days());
        assertEquals(null, longTarget(smc).assumption(), "set by an administrator: no longer an assumption");
        assertThrows(IllegalArgumentException.class, () -> smc.modified(Map.of("pace.weeks", 30)));
        assertEquals(22 * 7L, longTarget(smc).days(), "a refused value leaves the setting as it was");
    }

    private static hta.timeline.TimeTarget longTarget(Scotland smc) {
        return smc.processRules().targets().stream().filter(t -> t.id().equals("smc.long-weeks")).findFirst().orElseThrow();
    }
}
