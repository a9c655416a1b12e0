package hta.jurisdiction.no.internal;

import hta.dossier.view.SubmissionView;
import hta.timeline.PhaseResult;
import hta.timeline.ProcessDefinition;
import hta.timeline.TimelineReport;
import hta.timeline.Timelines;

/**
 * The price memo's processing-time sentence, computed from the milestones: total days at Sykehusinnkjøp,
 * of which waiting for the company's prices and negotiating. Calendar days, end minus start (seed 001:
 * 05.05→22.10.2025 = 170, 58 waiting, 105 negotiating). Waiting counts from the receipt of DMP's basis, as in
 * the published memo where no separate price request was sent ("n.a."). Stateless.
 */
final class ProcessingTime {
    private final ProcessDefinition process;

    ProcessingTime(ProcessDefinition process) {
        this.process = process;
    }

    String sentence(SubmissionView s) {
        TimelineReport r = Timelines.report(s, process);
        if (r.totalDays() == null) return "Ikke avsluttet";
        StringBuilder sb = new StringBuilder().append(r.totalDays()).append(" dager");
        Long waiting = r.phase(Norway.PHASE_WAITING).map(PhaseResult::days).orElse(null);
        Long negotiating = r.phase(Norway.PHASE_NEGOTIATING).map(PhaseResult::days).orElse(null);
        // Wording as in the published memo (seed 001): "170 dager hvorav 58 dager i påvente av prisopplysninger
        // fra legemiddelfirma, og ytterligere 105 dager til forhandling om rammeavtale." (the memo spells
        // "ytterlige"; we write the standard form).
        if (waiting != null && negotiating != null) {
            sb.append(" hvorav ").append(waiting).append(" dager i påvente av prisopplysninger fra legemiddelfirma,")
                    .append(" og ytterligere ").append(negotiating).append(" dager til forhandling om rammeavtale");
        } else if (waiting != null) {
            sb.append(" hvorav ").append(waiting).append(" dager i påvente av prisopplysninger fra legemiddelfirma");
        } else if (negotiating != null) {
            sb.append(" hvorav ").append(negotiating).append(" dager til forhandling om rammeavtale");
        }
        return sb.append('.').toString();
    }
}
