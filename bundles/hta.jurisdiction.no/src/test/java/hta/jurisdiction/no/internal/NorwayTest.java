package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Formats;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NorwayTest {
    private final Norway norway = new Norway();
    private final Formats f = norway.formats();

    @Test
    void everyPhaseAndTargetOfTheTimelineChartIsNamedInNorwegian() {
        assertEquals(List.of(), norway.timelineWords().unnamed(norway.processRules()));
        Norway configured = new Norway(java.util.Map.of("prisnotat.target.days", "90"));
        assertEquals(List.of(), configured.timelineWords().unnamed(configured.processRules()));
        assertEquals("Prisnotat innen 90 dager", configured.timelineWords().name(Norway.PRISNOTAT_TARGET, "?"));
        assertEquals("Tidslinje for saksbehandlingen", norway.timelineWords().heading());
    }

    @Test
    void formatsAsThePriceMemoWrites() {
        assertEquals("43\u00A0028\u00A0738\u00A0NOK", f.money(new BigDecimal("43028738"), "NOK"));
        assertEquals("7,5", f.number(new BigDecimal("7.5")));
        assertEquals("22. oktober 2025", f.longDate(LocalDate.of(2025, 10, 22)));
        assertEquals("05.05.2025", f.shortDate(LocalDate.of(2025, 5, 5)));
        assertEquals("Side 2 av 5", f.pageNumber(2, 5));
    }

    @Test
    void validatesNyeMetoderCaseIds() {
        assertEquals(Optional.empty(), norway.validateCaseReference("ID2022_075"));
        assertTrue(norway.validateCaseReference("ID2022-075").isPresent());
        assertTrue(norway.validateCaseReference("2022_075").isPresent());
        assertTrue(norway.validateCaseReference("").isPresent());
    }

    @Test
    void agreedPricesAreConfidentialAndLeftBlank() {
        assertTrue(norway.confidentiality().confidentialPriceKinds().contains(PriceKind.AGREED_PRICE));
        assertEquals(RedactionMark.Style.BLANK, norway.confidentiality().redactionMark().style());
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("innfores", "innfores-ikke"),
                norway.decisionVocabulary().stream().map(t -> t.code()).toList());
        assertEquals("innføres ikke", norway.decisionTerm("innfores-ikke").orElseThrow().wording());
    }

    @Test
    void everyMilestoneKindIsPrefixedAndEveryTargetUsesDeclaredKinds() {
        List<String> kinds = norway.process().milestoneKinds();
        kinds.forEach(k -> assertTrue(k.startsWith("no."), k));
        norway.processRules().targets().forEach(t -> {
            assertTrue(kinds.contains(t.startKind()), t.id());
            assertTrue(kinds.contains(t.endKind()), t.id());
        });
        norway.process().phases().forEach(p -> {
            assertTrue(kinds.contains(p.startKind()), p.id());
            assertTrue(kinds.contains(p.endKind()), p.id());
        });
    }

    @Test
    void hemgenixProcessingTimeUnderNorwaysRules() throws Exception {
        Submission s = Fixtures.hemgenix().submission("no").orElseThrow();
        TimelineAssessment a = Timelines.assess(s, norway.processRules(), LocalDate.of(2025, 11, 17));
        // seed 001: 05.05 → 22.10.2025 = 170 days, 58 waiting for prices, 105 negotiating, 7 writing
        assertEquals(170L, a.report().totalDays());
        assertEquals(58L, a.report().phase(Norway.PHASE_WAITING).orElseThrow().days());
        assertEquals(105L, a.report().phase(Norway.PHASE_NEGOTIATING).orElseThrow().days());
        assertEquals(7L, a.report().phase("writing").orElseThrow().days());
        assertEquals(58, a.report().clockStoppedDays());
        // the stretch from the memo to Beslutningsforum (26 days) lies outside the memo's processing time
        assertEquals(26L, a.report().phase("to-decision").orElseThrow().days());
        assertEquals(0L, a.report().unassignedDays());
        assertEquals(List.of(), norway.processRules().inconsistencies());
    }

    @Test
    void deliveryAgreementTargetAtItsBoundaries() throws Exception {
        Submission s = Fixtures.hemgenix().submission("no").orElseThrow();
        s.milestones.removeIf(m -> m.kind.equals(Norway.DELIVERY_AGREEMENT));
        // Beslutningsforum 17.11.2025; three months written as 92 days: due 17.02.2026
        TargetResult onTrack = target(s, LocalDate.of(2026, 1, 1));
        assertEquals(TargetState.ON_TRACK, onTrack.state());
        assertEquals(LocalDate.of(2026, 2, 17), onTrack.dueDate());
        assertEquals(TargetState.ON_TRACK, target(s, LocalDate.of(2026, 1, 29)).state()); // 73 days, < 80 %
        assertEquals(TargetState.AT_RISK, target(s, LocalDate.of(2026, 1, 30)).state()); // 74 days, 80 %
        assertEquals(TargetState.AT_RISK, target(s, LocalDate.of(2026, 2, 17)).state()); // the last day allowed
        // past the limit with no delivery agreement recorded: whether one was made is not known, which is not "no"
        TargetResult unknown = target(s, LocalDate.of(2026, 2, 18));
        assertEquals(TargetState.UNKNOWN, unknown.state());
        assertEquals(1, unknown.daysOver());
        // recorded as made on 01.03.2026: on 18.02.2026 it had not been, so the target was overdue that day
        s.milestones.add(new Milestone(Norway.DELIVERY_AGREEMENT, LocalDate.of(2026, 3, 1), null));
        TargetResult overdue = target(s, LocalDate.of(2026, 2, 18));
        assertEquals(TargetState.OVERDUE, overdue.state());
        assertEquals(1, overdue.daysOver());
        assertEquals(TargetState.MISSED, target(s, LocalDate.of(2026, 3, 1)).state());
        s.milestones.removeIf(m -> m.kind.equals(Norway.DELIVERY_AGREEMENT));
        s.milestones.add(new Milestone(Norway.DELIVERY_AGREEMENT, LocalDate.of(2026, 2, 17), null));
        assertEquals(TargetState.MET, target(s, LocalDate.of(2026, 6, 1)).state());
        s.milestones.removeIf(m -> m.kind.equals(Norway.DELIVERY_AGREEMENT));
        s.milestones.add(new Milestone(Norway.DELIVERY_AGREEMENT, LocalDate.of(2026, 3, 3), null));
        TargetResult missed = target(s, LocalDate.of(2026, 6, 1));
        assertEquals(TargetState.MISSED, missed.state());
        assertEquals(14, missed.daysOver());
    }

    @Test
    void priceMemoTargetOnlyWhenConfiguredBecauseItIsUnconfirmed() throws Exception {
        assertTrue(norway.processRules().target(Norway.PRISNOTAT_TARGET).isEmpty());
        Norway configured = new Norway(java.util.Map.of("prisnotat.target.days", "100"));
        Submission s = Fixtures.hemgenix().submission("no").orElseThrow();
        TargetResult r = Timelines.assess(s, configured.processRules(), LocalDate.of(2025, 11, 17))
                .target(Norway.PRISNOTAT_TARGET).orElseThrow();
        // 170 days less the 58 waiting for the company's prices
        assertEquals(112, r.countedDays());
        assertEquals(TargetState.MISSED, r.state());
        assertEquals(12, r.daysOver());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Norway(java.util.Map.of("prisnotat.target.days", "three months")));
        assertTrue(e.getMessage().contains("prisnotat.target.days"), e.getMessage());
    }

    @Test
    void dmpReportIsForecastFromTheAverage() {
        Submission s = new Submission();
        s.milestones.add(new Milestone(Norway.DOCUMENTATION_RECEIVED, LocalDate.of(2025, 1, 2), null));
        TimelineAssessment a = Timelines.assess(s, norway.processRules(), LocalDate.of(2025, 3, 1));
        assertEquals(LocalDate.of(2025, 5, 23), a.forecast(Norway.DMP_REPORT).orElseThrow().expected());
        assertEquals(LocalDate.of(2025, 7, 1), a.target("no.dmp-180").orElseThrow().dueDate());
    }

    private TargetResult target(Submission s, LocalDate day) {
        return Timelines.assess(s, norway.processRules(), day).target("no.delivery-agreement-3m").orElseThrow();
    }

    /** A changed setting takes effect on the same object: the service stays registered while it changes. */
    @Test
    void aChangedPriceMemoTargetTakesEffectInPlace() {
        Norway norway = new Norway(java.util.Map.of());
        assertTrue(norway.processRules().targets().stream().noneMatch(t -> t.id().equals(Norway.PRISNOTAT_TARGET)));
        norway.modified(java.util.Map.of("prisnotat.target.days", 150));
        assertEquals(List.of(150L), norway.processRules().targets().stream()
                .filter(t -> t.id().equals(Norway.PRISNOTAT_TARGET)).map(t -> t.days()).toList());
        assertEquals(1, norway.memoTemplates().size());
        norway.modified(java.util.Map.of());
        assertTrue(norway.processRules().targets().stream().noneMatch(t -> t.id().equals(Norway.PRISNOTAT_TARGET)));
    }
}
