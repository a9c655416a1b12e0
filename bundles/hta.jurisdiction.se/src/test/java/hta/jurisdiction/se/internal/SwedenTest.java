package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import hta.timeline.CaseStatus;
import hta.timeline.Portfolio;
import hta.timeline.PortfolioCase;
import hta.timeline.PortfolioStatistics;
import hta.timeline.Scenario;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimeTarget;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

class SwedenTest {
    private final Sweden sweden = new Sweden();
    private final MemoContext context = new MemoContext(new FixedRegistry(sweden));

    static Dossier zolgensma() throws Exception {
        return DossierJson.read(Files.readAllBytes(Path.of("src/test/resources/zolgensma.json")));
    }

    private MemoDocument render(String template, Variant variant) throws Exception {
        ProjectedView view = ProjectedView.of(zolgensma(), sweden.code(), sweden.confidentiality(), variant);
        var t = sweden.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context);
    }

    private static List<String> headings(MemoDocument memo) {
        return memo.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    @Test
    void everyPhaseAndTargetOfTheTimelineChartIsNamedInSwedishScenariosIncluded() {
        assertEquals(java.util.List.of(), sweden.timelineWords().unnamed(sweden.processRules()));
        assertEquals("dagar", sweden.timelineWords().days());
    }

    @Test
    void formatsAsSwedishDocumentsWrite() {
        Formats f = sweden.formats();
        assertEquals("2021-09-06", f.shortDate(LocalDate.of(2021, 9, 6)));
        assertEquals("22 oktober 2025", f.longDate(LocalDate.of(2025, 10, 22)));
        assertEquals("65\u00A0923,00", f.number(new BigDecimal("65923.00")));
        assertEquals("43\u00A0028\u00A0738\u00A0kr", f.money(new BigDecimal("43028738"), "SEK"));
        assertEquals("8 (22)", f.pageNumber(8, 22));
    }

    @Test
    void validatesTlvCaseNumbersAlsoZeroPadded() {
        assertEquals(Optional.empty(), sweden.validateCaseReference("3354/2024"));
        assertEquals(Optional.empty(), sweden.validateCaseReference("02344/2023"));
        assertEquals(Optional.empty(), sweden.validateCaseReference("141/2025"));
        assertTrue(sweden.validateCaseReference("3354-2024").isPresent());
        assertTrue(sweden.validateCaseReference("ID2022_075").isPresent());
        assertEquals(Sweden.normaliseDnr("2344/2023"), Sweden.normaliseDnr("02344/2023"));
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("bor", "kan", "bor-inte", "avvakta", "avsta"),
                sweden.decisionVocabulary().stream().map(t -> t.code()).toList());
        assertEquals("avstå från", sweden.decisionTerm("avsta").orElseThrow().wording());
    }

    @Test
    void zolgensmaStatementOf20210906WithAvvaktaAndItsHistory() throws Exception {
        MemoDocument memo = render(YttrandeTemplate.ID, Variant.PUBLIC);
        assertEquals(List.of("Zolgensma (onasemnogen-abeparvovek)", "Om läkemedlet", "Motivering",
                "NT-rådets rekommendation till regionerna är:", "Tidpunkter för revision av yttrandet",
                "Mer information"), headings(memo));
        String text = memo.plainText();
        assertTrue(text.contains("vid spinal muskelatrofi (SMA)"));
        assertTrue(text.contains("NT-rådets yttrande till regionerna 2021-09-06"));
        assertTrue(text.contains("Rekommendation i väntan på pågående utredning"));
        assertTrue(text.contains("att avvakta med behandling med Zolgensma"), text);
        // the history back to the decision on national collaboration
        assertTrue(text.contains("Den 2019-03-12 beslutade NT-rådet att Zolgensma ska ingå i nationell samverkan"));
        assertTrue(text.contains("i mars 2019 i uppdrag"));
        assertTrue(text.contains("den 2021-02-24"));
        assertTrue(text.contains("villkorat i maj 2020"));
        assertTrue(text.contains("publicerat 2020-06-23"));
        assertTrue(text.contains("bed210224_zolgensma.pdf"));
        assertEquals("8 (22)", memo.pageLabels().label(8, 22));
        // the negotiated rebate never appears
        assertFalse(text.contains("31,5"));
        assertEquals(1, memo.blocks().stream().filter(b -> b instanceof Block.Paragraph p
                && p.spans().stream().anyMatch(Span::isRedacted)).count());
    }

    @Test
    void recommendationWordingForEveryOutcome() {
        assertEquals("att avstå från användning av Blincyto vid akut lymfatisk leukemi",
                YttrandeTemplate.recommendation("avsta", "Blincyto", "akut lymfatisk leukemi"));
        assertTrue(YttrandeTemplate.recommendation("kan", "X", "y").startsWith("att X kan användas"));
        assertTrue(YttrandeTemplate.recommendation("bor-inte", "X", "y").startsWith("att inte använda X"));
        assertEquals("Rekommendation", YttrandeTemplate.statusLine("bor"));
    }

    @Test
    void tlvStatusSummaryHidesTheRebateAgreementInPublic() throws Exception {
        String pub = render(TlvStatusTemplate.ID, Variant.PUBLIC).plainText();
        assertTrue(pub.contains("Nationell förhandling pågår"));
        assertTrue(pub.contains("205 dagar (riktmärke 180 dagar, överskridet med 25 dagar)"), pub);
        assertTrue(pub.contains("Återbäringsavtal: [sekretess]"), pub);
        assertFalse(pub.contains("31,5"));
        String conf = render(TlvStatusTemplate.ID, Variant.CONFIDENTIAL).plainText();
        assertTrue(conf.contains("31,5"));
    }

    @Test
    void redactionMarkIsConfigurableBecauseTlvPracticeIsUnconfirmed() {
        assertEquals(new RedactionMark(RedactionMark.Style.TEXT, "[sekretess]"), sweden.confidentiality().redactionMark());
        Sweden blank = new Sweden(Map.of("redaction.style", "BLANK"));
        assertEquals(RedactionMark.Style.BLANK, blank.confidentiality().redactionMark().style());
    }

    @Test
    void milestoneKindsArePrefixedAndTheRulesUseThem() {
        List<String> kinds = sweden.process().milestoneKinds();
        kinds.forEach(k -> assertTrue(k.startsWith("se."), k));
        assertEquals(List.of(), sweden.processRules().inconsistencies());
        TimeTarget tlv = sweden.processRules().target("se.tlv-180").orElseThrow();
        assertEquals(180, tlv.days());
        assertFalse(tlv.statutory(), "TLV's 180 days for clinic drugs are a benchmark, not law");
        assertEquals(List.of("se.orphan-reform", "se.orphan-reform-strict"),
                sweden.processRules().scenarios().stream().map(Scenario::id).toList());
    }

    @Test
    void zolgensmaTotalIs909DaysAndTlvMissedItsBenchmark() throws Exception {
        Submission s = zolgensma().submission("se").orElseThrow();
        TimelineAssessment a = Timelines.assess(s, sweden.processRules(), LocalDate.of(2021, 9, 6));
        assertEquals(909L, a.report().totalDays());
        TargetResult tlv = a.target("se.tlv-180").orElseThrow();
        assertEquals(TargetState.MISSED, tlv.state());
        assertEquals(205, tlv.countedDays());
        assertEquals(25, tlv.daysOver());
        // the two-year review is forecast from the statement
        assertEquals(LocalDate.of(2023, 9, 6), a.forecast("se.revision").orElseThrow().expected());
    }

    @Test
    void orphanDrugReformScenarioOnZolgensma() throws Exception {
        Submission s = zolgensma().submission("se").orElseThrow();
        LocalDate day = LocalDate.of(2021, 9, 6);
        TimelineAssessment current = Timelines.assess(s, sweden.processRules(), day);
        TimelineAssessment reform = Timelines.assess(s, sweden.processRules(), "se.orphan-reform", day);
        assertEquals(55, reform.target("se.tlv-180").orElseThrow().daysOver());
        assertEquals(85, Timelines.assess(s, sweden.processRules(), "se.orphan-reform-strict", day)
                .target("se.tlv-180").orElseThrow().daysOver());
        // the negotiation long-stop exists only under the proposal: 175 days since 2021-03-15, 25 over
        assertTrue(current.target("se.negotiation-long-stop").isEmpty());
        TargetResult longStop = reform.target("se.negotiation-long-stop").orElseThrow();
        assertEquals(TargetState.OVERDUE, longStop.state());
        assertEquals(175, longStop.countedDays());
        assertEquals(25, longStop.daysOver());
        // extendable by agreement: both parties agreed to go on until the end of the year
        s.milestones.add(new Milestone("se.long-stop-extended", LocalDate.of(2021, 12, 31), null));
        TargetResult extended = Timelines.assess(s, sweden.processRules(), "se.orphan-reform", day)
                .target("se.negotiation-long-stop").orElseThrow();
        assertTrue(extended.extended());
        assertEquals(LocalDate.of(2021, 12, 31), extended.dueDate());
        assertEquals(291, extended.limitDays());
        assertEquals(TargetState.ON_TRACK, extended.state());
    }

    @Test
    void portfolioStatisticsInTlvsCategories() throws Exception {
        Submission s = zolgensma().submission("se").orElseThrow();
        PortfolioCase c = Portfolio.caseOf("zolgensma", s, sweden.processRules(), java.util.Set.of()).orElseThrow();
        // se.negotiation: TLV's part is done, so the case counts as dispatched, requested in 2019
        assertEquals(CaseStatus.DISPATCHED, c.status());
        assertEquals(2019, c.requestYear());
        // TLV's processing days run from the dossier to dispatch, as in its Tabell 2
        assertEquals(205L, c.processingDays());
        PortfolioStatistics stats = Portfolio.statistics(List.of(c));
        assertEquals(1, stats.count(2019, CaseStatus.DISPATCHED));
        assertEquals(205L, stats.roundedMeanDays(2021));
        // every status of the vocabulary has a category
        sweden.statusVocabulary().forEach(t -> assertTrue(sweden.processRules().statusCategories().containsKey(t.code()), t.code()));
    }

    static Dossier demo(String id) throws Exception {
        return DossierJson.read(Files.readAllBytes(Path.of("../../product/app/src/main/dist/demo-workspace/" + id + ".json")));
    }

    @Test
    void demoZolgensmaStatementWithAvvaktaAndItsHistoryBackTo20190312() throws Exception {
        Dossier d = demo("zolgensma");
        ProjectedView view = ProjectedView.of(d, sweden.code(), sweden.confidentiality(), Variant.PUBLIC);
        var t = sweden.memoTemplate(YttrandeTemplate.ID).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        String text = t.render(view, context).plainText();
        assertTrue(text.contains("NT-rådets yttrande till regionerna 2021-09-06"), text);
        assertTrue(text.contains("Rekommendation i väntan på pågående utredning"), text);
        assertTrue(text.contains("avvakta"), text);
        assertTrue(text.contains("Den 2019-03-12 beslutade NT-rådet att Zolgensma ska ingå i nationell samverkan"), text);
        assertTrue(text.contains("2020-06-23"), text);
        // 2019-03-12 → 2021-09-06
        Submission s = d.submission("se").orElseThrow();
        assertEquals(909L, Timelines.report(s, sweden.process()).totalDays());
        assertEquals("avvakta", sweden.decisionTerm(s.decision.outcome).orElseThrow().wording());
    }

    @Test
    void demoBlincytoRecommendationToRefrain() throws Exception {
        Dossier d = demo("blincyto");
        ProjectedView view = ProjectedView.of(d, sweden.code(), sweden.confidentiality(), Variant.PUBLIC);
        var t = sweden.memoTemplate(YttrandeTemplate.ID).orElseThrow();
        List<String> missing = t.missingFields(view, context);
        if (missing.isEmpty()) {
            String text = t.render(view, context).plainText();
            assertTrue(text.contains("avstå från"), text);
        } else {
            // the demo has no statement date: the refusal names the field
            assertTrue(missing.stream().allMatch(m -> m.startsWith("submissions[se]")), missing.toString());
        }
        assertEquals(Optional.empty(), sweden.validateCaseReference(d.submission("se").orElseThrow().caseReference));
    }

    /** A changed setting takes effect on the same object: the service stays registered while it changes. */
    @Test
    void aChangedRedactionMarkTakesEffectInPlace() {
        Sweden se = new Sweden(Map.of());
        assertEquals(Sweden.DEFAULT_MARK, se.confidentiality().redactionMark().text());
        se.modified(Map.of("redaction.text", "[hemligt]"));
        assertEquals("[hemligt]", se.confidentiality().redactionMark().text());
    }
}
