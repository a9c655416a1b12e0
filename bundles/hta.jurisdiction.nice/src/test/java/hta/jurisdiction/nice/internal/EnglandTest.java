package hta.jurisdiction.nice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialValues;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimeTarget;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

class EnglandTest {
    private final England england = new England();
    private final MemoContext context = new MemoContext(new FixedRegistry(england));

    /** The demo Hemgenix dossier with NICE prices, figures and a confidential narrative span (FICTIONAL values). */
    static Dossier hemgenix() throws Exception {
        Dossier d = DossierJson.read(Files.readAllBytes(
                Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json")));
        d.prices.removeIf(p -> "nice".equals(p.jurisdiction)); // this test's own English prices replace the demo's
        d.prices.add(price("nice-list", PriceKind.LIST_PRICE, "2600000", "GBP", Classification.PUBLIC));
        d.prices.add(price("nice-pas", PriceKind.DISCOUNT, "37.5", null, Classification.CONFIDENTIAL));
        d.economics.figures.add(figure("nice-icer", "ICER with the PAS discount (per QALY)", "18763", "GBP",
                Classification.CONFIDENTIAL));
        d.economics.figures.add(figure("nice-abr", "Annualised bleeding rate, unpublished 5-year data", "1.52", null,
                Classification.ACADEMIC_IN_CONFIDENCE));
        Narrative n = new Narrative();
        n.paragraphs.add(List.of(new TextRun("At the discounted price the technology is cost saving after ", Classification.PUBLIC),
                new TextRun("7.25 years", Classification.CONFIDENTIAL), new TextRun(".", Classification.PUBLIC)));
        d.submission("nice").orElseThrow().sections.put(EvidenceSubmissionTemplate.COST, n);
        return d;
    }

    private static PricePoint price(String id, PriceKind kind, String amount, String currency, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "nice";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = currency;
        p.classification = c;
        return p;
    }

    private static Figure figure(String id, String label, String value, String unit, Classification c) {
        Figure f = new Figure();
        f.id = id;
        f.label = label;
        f.value = new BigDecimal(value);
        f.unit = unit;
        f.classification = c;
        return f;
    }

    private MemoDocument render(Dossier d, String template, Variant variant) {
        ProjectedView view = ProjectedView.of(d, england.code(), england.confidentiality(), variant);
        var t = england.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context);
    }

    @Test
    void formatsAsEnglishDocumentsWrite() {
        Formats f = england.formats();
        assertEquals("\u00A343,028,738", f.money(new BigDecimal("43028738"), "GBP"));
        assertEquals("\u00A343,028,738.50", f.money(new BigDecimal("43028738.50"), "GBP"));
        assertEquals("24 July 2024", f.longDate(LocalDate.of(2024, 7, 24)));
        assertEquals("Page 8 of 22", f.pageNumber(8, 22));
    }

    @Test
    void validatesNiceReferences() {
        assertEquals(Optional.empty(), england.validateCaseReference("TA989"));
        assertEquals(Optional.empty(), england.validateCaseReference("HST15"));
        assertEquals(Optional.empty(), england.validateCaseReference("gid-ta11234"));
        assertTrue(england.validateCaseReference("TA-989").isPresent());
        assertTrue(england.validateCaseReference("SMC2649").isPresent());
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("recommended", "optimised", "only-in-research", "not-recommended", "recommended-managed-access",
                        "can-be-used", "can-be-used-managed-access", "more-research-needed", "should-not-be-used"),
                england.decisionVocabulary().stream().map(t -> t.code()).toList());
        // every term has an English gloss for the UI
        england.decisionVocabulary().forEach(t -> assertFalse(t.gloss().isBlank(), t.code()));
        assertEquals("should not be used", england.decisionTerm("should-not-be-used").orElseThrow().wording());
    }

    @Test
    void checklistListsEveryConfidentialItemWithoutValuesInPublic() throws Exception {
        Dossier source = hemgenix();
        MemoDocument pub = render(source, ConfidentialChecklistTemplate.ID, Variant.PUBLIC);
        Block.Table table = (Block.Table) pub.blocks().stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
        assertEquals(5, table.rows().size(), pub.plainText());
        assertEquals(4, table.rows().get(0).size());
        String text = pub.plainText();
        assertTrue(text.contains("B.3 Cost effectiveness, prices\tPatient access scheme discount\tCiC"), text);
        assertTrue(text.contains("B.3 Cost effectiveness, results\tICER with the PAS discount (per QALY)\tCiC"));
        assertTrue(text.contains("B.3 Cost effectiveness, results\tAnnualised bleeding rate, unpublished 5-year data\tAiC"));
        assertTrue(text.contains("B.3 Cost effectiveness, paragraph 1\tText\tCiC"));
        for (String value : List.of("37.5", "18,763", "18763", "1.52", "7.25")) assertFalse(text.contains(value), value);
        // the Norwegian figures of the same dossier are not NICE's business
        assertFalse(text.contains("Comparator's yearly cost"));

        String conf = render(source, ConfidentialChecklistTemplate.ID, Variant.CONFIDENTIAL).plainText();
        assertTrue(conf.contains("\u00A318,763"), conf);
        assertTrue(conf.contains("37.5%"));
        assertTrue(conf.contains("7.25 years"));
    }

    @Test
    void submissionSummaryUsesFixedDescriptiveWordingInPublic() throws Exception {
        Dossier source = hemgenix();
        MemoDocument pub = render(source, EvidenceSubmissionTemplate.ID, Variant.PUBLIC);
        String text = pub.plainText();
        assertTrue(text.startsWith("Company evidence submission: Hemgenix"));
        assertTrue(text.contains("Etranacogene dezaparvovec (Hemgenix) for treating severe and moderately severe haemophilia B"));
        assertTrue(text.contains("[TA989]"));
        assertTrue(text.contains(EvidenceSubmissionTemplate.B1));
        assertTrue(text.contains(EvidenceSubmissionTemplate.B2));
        assertTrue(text.contains(EvidenceSubmissionTemplate.B3));
        assertTrue(text.contains("\u00A32,600,000"));
        assertTrue(text.contains("[confidential discount removed]"));
        assertTrue(text.contains("[academic in confidence data removed]"));
        assertTrue(text.contains("cost saving after [confidential information removed]."), text);
        assertTrue(text.contains("contains 4 confidential items"));
        assertEquals(List.of(), LeakScanner.scan("memo", text, ConfidentialValues.of(source, england.confidentiality())));
        assertFalse(text.contains("37.5") || text.contains("1.52") || text.contains("7.25"));

        String conf = render(source, EvidenceSubmissionTemplate.ID, Variant.CONFIDENTIAL).plainText();
        assertTrue(conf.contains("1.52 [AiC]"), conf);
        assertTrue(conf.contains("7.25 years [CiC]"));
    }

    @Test
    void fundingRequirementIsTheOnlyStatutoryTargetAndNiceMayVaryIt() {
        assertEquals(List.of(), england.processRules().inconsistencies());
        assertEquals(List.of("nice.funding-90d", "nice.funding-30d"), england.processRules().targets().stream()
                .filter(TimeTarget::statutory).map(TimeTarget::id).toList());
        Submission s = new Submission();
        s.milestones.add(new Milestone(England.PUBLICATION, LocalDate.of(2024, 7, 24), null));
        // TA989 published 24 July 2024: funding due 22 October 2024
        TargetResult open = Timelines.assess(s, england.processRules(), LocalDate.of(2024, 10, 22)).target("nice.funding-90d").orElseThrow();
        assertEquals(LocalDate.of(2024, 10, 22), open.dueDate());
        assertEquals(TargetState.AT_RISK, open.state());
        // a day later the dossier does not say whether the NHS funded it: unknown, not "OVERDUE [statutory]"
        assertEquals(TargetState.UNKNOWN, Timelines.assess(s, england.processRules(), LocalDate.of(2024, 10, 23))
                .target("nice.funding-90d").orElseThrow().state());
        // NICE varied the requirement (net budget impact above £20m a year)
        s.milestones.add(new Milestone(England.FUNDING_VARIED, LocalDate.of(2025, 1, 24), null));
        assertEquals(TargetState.ON_TRACK, Timelines.assess(s, england.processRules(), LocalDate.of(2024, 10, 23))
                .target("nice.funding-90d").orElseThrow().state());
        s.milestones.add(new Milestone(England.FUNDING, LocalDate.of(2025, 1, 20), null));
        assertEquals(TargetState.MET, Timelines.assess(s, england.processRules(), LocalDate.of(2025, 2, 1))
                .target("nice.funding-90d").orElseThrow().state());
        // the cost-comparison pathway has 30 days instead
        s.pathway = "Cost comparison";
        assertEquals(List.of("nice.funding-30d"), Timelines.assess(s, england.processRules(), LocalDate.of(2025, 2, 1))
                .targets().stream().filter(t -> t.start() != null).map(t -> t.target().id()).toList());
    }

    @Test
    void stepsAreForecastFromTheInvitation() {
        Submission s = new Submission();
        s.milestones.add(new Milestone(England.INVITATION, LocalDate.of(2024, 1, 1), null));
        TimelineAssessment a = Timelines.assess(s, england.processRules(), LocalDate.of(2024, 2, 1));
        // about 2, 4, 7, 8 and 9.5 months after the invitation
        assertEquals(LocalDate.of(2024, 3, 2), a.forecast(England.SUBMISSION).orElseThrow().expected());
        assertEquals(LocalDate.of(2024, 5, 2), a.forecast(England.EAR).orElseThrow().expected());
        assertEquals(LocalDate.of(2024, 8, 1), a.forecast(England.COMMITTEE).orElseThrow().expected());
        assertEquals(LocalDate.of(2024, 8, 31), a.forecast(England.FINAL_DRAFT_GUIDANCE).orElseThrow().expected());
        assertEquals(LocalDate.of(2024, 10, 16), a.forecast(England.PUBLICATION).orElseThrow().expected());
        // a late submission moves every later forecast
        s.milestones.add(new Milestone(England.SUBMISSION, LocalDate.of(2024, 4, 1), null));
        assertEquals(LocalDate.of(2024, 6, 1), Timelines.assess(s, england.processRules(), LocalDate.of(2024, 4, 2))
                .forecast(England.EAR).orElseThrow().expected());
        assertEquals(TargetState.MISSED, Timelines.assess(s, england.processRules(), LocalDate.of(2024, 4, 2))
                .target("nice.submission-8w").orElseThrow().state());
    }
}
