package org.example.hta.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.testkit.FixedRegistry;
import hta.timeline.TargetState;
import hta.timeline.Timelines;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JointClinicalAssessmentTest {
    private final JointClinicalAssessment jca = new JointClinicalAssessment();

    private TargetState endorsement(LocalDate endorsed) throws Exception {
        Submission s = JointClinicalAssessmentConformanceTest.sample().submission("jca").orElseThrow();
        s.milestones.removeIf(m -> m.kind.equals(JointClinicalAssessment.REPORT_ENDORSED));
        s.milestones.add(new Milestone(JointClinicalAssessment.REPORT_ENDORSED, endorsed, null));
        return Timelines.assess(s, jca.processRules(), LocalDate.of(2026, 6, 1))
                .target(JointClinicalAssessment.ENDORSEMENT_TARGET).orElseThrow().state();
    }

    @Test
    void theReportIsEndorsedNoLaterThan30DaysAfterTheCommissionDecision() throws Exception {
        // Commission decision 26.03.2026: the 30th day after is 25.04.2026
        assertEquals(TargetState.MET, endorsement(LocalDate.of(2026, 4, 25)));
        assertEquals(TargetState.MISSED, endorsement(LocalDate.of(2026, 4, 26)));
        assertTrue(jca.processRules().target(JointClinicalAssessment.ENDORSEMENT_TARGET).orElseThrow().statutory());
    }

    @Test
    void phaseDurationsFromSecondarySourcesAreOnlyRulesWhenConfigured() {
        assertTrue(jca.processRules().target("jca.scoping").isEmpty());
        assertTrue(jca.processRules().target("jca.dossier").isEmpty());
        JointClinicalAssessment configured = new JointClinicalAssessment(Map.of("scoping.days", "87", "dossier.days", "100"));
        assertEquals(87, configured.processRules().target("jca.scoping").orElseThrow().days());
        assertEquals(100, configured.processRules().target("jca.dossier").orElseThrow().days());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JointClinicalAssessment(Map.of("dossier.days", "three months")));
        assertTrue(e.getMessage().contains("dossier.days"), e.getMessage());
    }

    @Test
    void theReportShowsNoPriceAndRemovesWhatTheCompanyMarkedConfidential() throws Exception {
        Dossier d = JointClinicalAssessmentConformanceTest.sample();
        MemoContext context = new MemoContext(new FixedRegistry(jca));
        String pub = jca.memoTemplates().get(0).render(ProjectedView.of(d, "jca", jca.confidentiality(), Variant.PUBLIC), context).plainText();
        String conf = jca.memoTemplates().get(0).render(ProjectedView.of(d, "jca", jca.confidentiality(), Variant.CONFIDENTIAL), context).plainText();
        for (String price : List.of("81,234", "81.234", "81234", "81\u00A0234", "81 234")) {
            assertFalse(pub.contains(price) || conf.contains(price), "a price in a clinical report: " + price);
        }
        assertFalse(pub.contains("0.47"), pub);
        assertTrue(pub.contains("[confidential information removed]"), pub);
        assertTrue(conf.contains("0.47 (95 % CI 0.31 to 0.71)"), conf);
        assertTrue(pub.contains("Adults with relapsed low-grade glioma"), pub);
    }

    @Test
    void theReportCitesTheHtaRegulationItsImplementingActAndTheEndorsementLimitInBothVariants() throws Exception {
        Dossier d = JointClinicalAssessmentConformanceTest.sample();
        MemoContext context = new MemoContext(new FixedRegistry(jca));
        for (Variant variant : Variant.values()) {
            String text = jca.memoTemplates().get(0).render(ProjectedView.of(d, "jca", jca.confidentiality(), variant), context)
                    .plainText();
            assertTrue(text.contains("carried out under the EU HTA Regulation [1]"), text);
            assertTrue(text.contains("1 Regulation (EU) 2021/2282 of the European Parliament and of the Council of 15 December 2021"), text);
            assertTrue(text.contains("2 Commission Implementing Regulation (EU) 2024/1381"), text);
            // Commission decision 26.03.2026 in the sample: endorsement due 30 days later
            assertTrue(text.contains("no later than 25 April 2026, 30 days after the Commission decision [3]."), text);
        }
    }
}
