package hta.jurisdiction.dk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.Narrative;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

class DenmarkTest {
    private final Denmark denmark = new Denmark();
    private final MemoContext context = new MemoContext(new FixedRegistry(denmark));

    /** The demo Hemgenix dossier with Danish prices and dates added (FICTIONAL values). */
    static Dossier hemgenix(String saip) throws Exception {
        Dossier d = DossierJson.read(Files.readAllBytes(
                Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json")));
        // replaces the demo's SAIP: two prices under one id would both be treated as confidential (fail closed)
        d.prices.removeIf(p -> "dk-saip".equals(p.id));
        d.prices.add(price("dk-aip", PriceKind.PHARMACY_PURCHASE_PRICE, "28950000.00", Classification.PUBLIC));
        d.prices.add(price("dk-saip", PriceKind.AGREED_PRICE, saip, Classification.PUBLIC));
        var s = d.submission("dk").orElseThrow();
        s.milestones.add(new Milestone(Denmark.APPLICATION_RECEIVED, LocalDate.of(2024, 1, 15), null));
        s.milestones.add(new Milestone(Denmark.APPLICATION_VALIDATED, LocalDate.of(2024, 1, 29), null));
        s.milestones.add(new Milestone(Denmark.ASSESSMENT_SENT, LocalDate.of(2024, 5, 21), null));
        s.milestones.add(new Milestone(Denmark.NEGOTIATION_COMPLETED, LocalDate.of(2024, 6, 4), null));
        Narrative n = new Narrative();
        n.paragraphs.add(List.of(new TextRun("Den tilbudte rabat er ", Classification.PUBLIC),
                new TextRun(saip + " kr.", Classification.CONFIDENTIAL)));
        s.sections.put("sammenfatning", n);
        return d;
    }

    private static PricePoint price(String id, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "dk";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "DKK";
        p.pack = "Hætteglas, antal efter vægt";
        p.classification = c;
        return p;
    }

    private MemoDocument render(Dossier d, String template, Variant variant) {
        ProjectedView view = ProjectedView.of(d, denmark.code(), denmark.confidentiality(), variant);
        var t = denmark.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context);
    }

    @Test
    void everyPhaseAndTargetOfTheTimelineChartIsNamedInDanish() {
        assertEquals(java.util.List.of(), denmark.timelineWords().unnamed(denmark.processRules()));
        assertEquals("Tidslinje for sagsbehandlingen", denmark.timelineWords().heading());
    }

    @Test
    void formatsAsDanishDocumentsWrite() {
        Formats f = denmark.formats();
        assertEquals("43.028.738,50 kr.", f.money(new BigDecimal("43028738.50"), "DKK"));
        assertEquals("22. oktober 2025", f.longDate(LocalDate.of(2025, 10, 22)));
        assertEquals("22.10.2025", f.shortDate(LocalDate.of(2025, 10, 22)));
        assertEquals("Side 8 af 22", f.pageNumber(8, 22));
        assertEquals("20 uger og 2 dage", DanishText.weeksAndDays(142));
        assertEquals("16 uger", DanishText.weeksAndDays(112));
        assertEquals("1 uge og 1 dag", DanishText.weeksAndDays(8));
    }

    @Test
    void blindingUsesAFixedBlackBarWhateverTheHiddenValue() throws Exception {
        RedactionMark mark = denmark.confidentiality().redactionMark();
        assertEquals(RedactionMark.Style.BLACK_BAR, mark.style());
        assertEquals("XXXXXXXX", mark.text());
        // non-interference: the blinded version is the same whether the hidden price has 4 or 8 digits
        String small = render(hemgenix("1234"), AnsoegningTemplate.ID, Variant.PUBLIC).plainText();
        String large = render(hemgenix("98765432"), AnsoegningTemplate.ID, Variant.PUBLIC).plainText();
        assertEquals(small, large);
        assertFalse(large.contains("98765432") || large.contains("98.765.432"));
        assertTrue(large.contains("28.950.000,00 kr."), large);
        assertTrue(large.contains("BLÆNDET VERSION"));
    }

    @Test
    void theApplicationQuotesTheEvidenceInDanishWhereTheDossierHasIt() throws Exception {
        Dossier d = hemgenix("1234");
        String text = render(d, AnsoegningTemplate.ID, Variant.PUBLIC).plainText();
        assertTrue(text.contains("Komparator: Profylakse med rekombinant faktor IX med forlænget halveringstid."), text);
        assertTrue(text.contains("Vigtigste effektmål: Årlig blødningsrate; Faktor IX-aktivitet;"), text);
        assertFalse(text.contains("Prophylaxis") || text.contains("months"), text);
        // a field without Danish wording falls back to the working language rather than disappearing
        d.evidence.translations.get(Denmark.LANGUAGE).followUp = null;
        assertTrue(render(d, AnsoegningTemplate.ID, Variant.PUBLIC).plainText().contains("Opfølgningstid: 48 months"));
    }

    @Test
    void markedVersionShowsAndMarksTheConfidentialParts() throws Exception {
        MemoDocument memo = render(hemgenix("98765432"), AnsoegningTemplate.ID, Variant.CONFIDENTIAL);
        String text = memo.plainText();
        assertTrue(text.contains("98.765.432 kr. [fortroligt]"), text);
        assertTrue(text.contains("98765432 kr. [fortroligt]"), text);
        assertFalse(text.contains("28.950.000,00 kr. [fortroligt]"));
        assertEquals(0, memo.blocks().stream().filter(b -> b instanceof Block.Paragraph p
                && p.spans().stream().anyMatch(Span::isRedacted)).count());
    }

    @Test
    void recommendationSummaryInMedicinraadetsWords() throws Exception {
        String text = render(hemgenix("1234"), AnbefalingTemplate.ID, Variant.PUBLIC).plainText();
        // the published wording, verbatim, rather than a sentence made from the outcome code
        assertTrue(text.contains("\u00BBMedicinrådet anbefaler Hemgenix (etranacogene dezaparvovec) til voksne patienter"), text);
        assertTrue(text.contains("Betingelser: Virksomheden har tilbudt en alternativ prisaftale"), text);
        assertFalse(text.contains("Alternative price agreement"), text);
        assertTrue(text.contains("Dato for anbefaling: 19. juni 2024"));
        assertTrue(text.contains("20 uger og 2 dage (mål: 16 uger; overskredet med 4 uger og 2 dage)"), text);
        assertTrue(text.contains("(SAIP) er fortrolig"));
    }

    @Test
    void vocabularyProcessAndTargets() {
        assertEquals(List.of("anbefaler", "anbefaler-ikke"), denmark.decisionVocabulary().stream().map(t -> t.code()).toList());
        assertEquals("anbefaler ikke", denmark.decisionTerm("anbefaler-ikke").orElseThrow().wording());
        List<String> kinds = denmark.process().milestoneKinds();
        kinds.forEach(k -> assertTrue(k.startsWith("dk."), k));
        assertEquals(List.of(), denmark.processRules().inconsistencies());
        // no case number pattern is known for Medicinrådet: nothing is rejected
        assertEquals(Optional.empty(), denmark.validateCaseReference("whatever"));
    }

    @Test
    void theTrackDecidesTheTargetAndAPauseIsLeftOut() throws Exception {
        Submission s = hemgenix("1").submission("dk").orElseThrow();
        s.milestones.add(new Milestone(Denmark.RECOMMENDATION, LocalDate.of(2024, 6, 19), null));
        LocalDate day = LocalDate.of(2024, 6, 19);
        // 29.01 → 19.06.2024 = 142 days = 20 uger og 2 dage, the 2023 average quoted by Medicinrådet
        TimelineAssessment standard = Timelines.assess(s, denmark.processRules(), day);
        assertEquals(List.of("dk.16-weeks", "dk.amgros-14-days"), ids(standard));
        assertEquals(TargetState.MISSED, standard.target("dk.16-weeks").orElseThrow().state());
        assertEquals(30, standard.target("dk.16-weeks").orElseThrow().daysOver());
        assertEquals(TargetState.MET, standard.target("dk.amgros-14-days").orElseThrow().state());
        s.pathway = "Fast track";
        assertEquals(List.of("dk.14-weeks", "dk.amgros-14-days"), ids(Timelines.assess(s, denmark.processRules(), day)));
        s.pathway = "complex";
        assertEquals(List.of("dk.18-weeks", "dk.amgros-14-days"), ids(Timelines.assess(s, denmark.processRules(), day)));
        // a recorded pause of 4 weeks and 2 days brings the complex case within its 18 weeks
        s.milestones.add(new Milestone(Denmark.CLOCK_PAUSED, LocalDate.of(2024, 3, 1), null));
        s.milestones.add(new Milestone(Denmark.CLOCK_RESUMED, LocalDate.of(2024, 3, 31), null));
        TargetResult paused = Timelines.assess(s, denmark.processRules(), day).target("dk.18-weeks").orElseThrow();
        assertEquals(112, paused.countedDays());
        assertEquals(TargetState.MET, paused.state());
        // pause rules are unconfirmed: configurable
        TargetResult counted = Timelines.assess(s, new Denmark(java.util.Map.of("clock.pausesCount", "true"))
                .processRules(), day).target("dk.18-weeks").orElseThrow();
        assertEquals(142, counted.countedDays());
        assertEquals(TargetState.MISSED, counted.state());
    }

    @Test
    void recommendationIsForecastFromTheAverage() throws Exception {
        Submission s = hemgenix("1").submission("dk").orElseThrow();
        s.milestones.removeIf(m -> m.kind.equals(Denmark.ASSESSMENT_SENT) || m.kind.equals(Denmark.NEGOTIATION_COMPLETED)
                || m.kind.equals(Denmark.RECOMMENDATION));
        s.status = "dk.assessment"; // as the case stood on that day
        TimelineAssessment a = Timelines.assess(s, denmark.processRules(), LocalDate.of(2024, 3, 1));
        assertEquals(LocalDate.of(2024, 6, 19), a.forecast(Denmark.RECOMMENDATION).orElseThrow().expected());
        assertEquals(TargetState.ON_TRACK, a.target("dk.16-weeks").orElseThrow().state());
    }

    private static List<String> ids(TimelineAssessment a) {
        return a.targets().stream().map(t -> t.target().id()).toList();
    }

    /** A changed setting takes effect on the same object: the service stays registered while it changes. */
    @Test
    void aChangedPauseRuleTakesEffectInPlace() {
        Denmark dk = new Denmark(java.util.Map.of());
        assertTrue(dk.processRules().targets().get(0).excludedPhases().contains(Denmark.PHASE_PAUSED));
        dk.modified(java.util.Map.of(Denmark.PAUSES_COUNT, "true"));
        assertFalse(dk.processRules().targets().get(0).excludedPhases().contains(Denmark.PHASE_PAUSED));
        assertEquals(null, dk.processRules().targets().get(0).assumption(), "set: no longer an assumption");
    }
}
