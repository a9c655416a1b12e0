package org.example.hta.jca;

import java.util.Map;

/** The names of the procedure's milestones in the report. Stateless. */
final class ProcedureWords {
    private static final Map<String, String> MILESTONES = Map.of(
            JointClinicalAssessment.SCOPING_STARTED, "Scoping started",
            JointClinicalAssessment.PICO_FINAL, "Assessment scope (PICOs) final",
            JointClinicalAssessment.DOSSIER_SUBMITTED, "Dossier submitted",
            JointClinicalAssessment.CHMP_OPINION, "CHMP opinion",
            JointClinicalAssessment.COMMISSION_DECISION, "Commission decision",
            JointClinicalAssessment.REPORT_ENDORSED, "Report endorsed by the HTA Coordination Group");

    private ProcedureWords() {
    }

    static String milestone(String kind) {
        return MILESTONES.getOrDefault(kind, kind);
    }
}
