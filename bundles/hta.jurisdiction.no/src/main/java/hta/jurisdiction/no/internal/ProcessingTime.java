package hta.jurisdiction.no.internal;

import hta.dossier.view.SubmissionView;
import hta.jurisdiction.MemoText;
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
    private final MemoText text;

    ProcessingTime(ProcessDefinition process, MemoText text) {
        this.process = process;
        this.text = text;
    }

    String sentence(SubmissionView s) {
        TimelineReport r = Timelines.report(s, process);
        if (r.totalDays() == null) return text.get("time.open");
        Long waiting = r.phase(Norway.PHASE_WAITING).map(PhaseResult::days).orElse(null);
        Long negotiating = r.phase(Norway.PHASE_NEGOTIATING).map(PhaseResult::days).orElse(null);
        // worded as in the published memo (seed 001), with the parts the record has
        if (waiting != null && negotiating != null) {
            return text.format("time.waiting-and-negotiating", r.totalDays(), waiting, negotiating);
        }
        if (waiting != null) return text.format("time.waiting", r.totalDays(), waiting);
        if (negotiating != null) return text.format("time.negotiating", r.totalDays(), negotiating);
        return text.format("time.total", r.totalDays());
    }
}
