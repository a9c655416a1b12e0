package hta.jurisdiction;

import hta.confidentiality.FormulaEvaluation;
import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.dossier.validation.Finding;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules a dossier must meet in each jurisdiction it has a submission in, beyond the core rules of
 * {@code hta.dossier.validation.DossierRules}: the case reference as the jurisdiction writes it, statuses, decision
 * outcomes and milestone kinds from the jurisdiction's own vocabulary, milestones in the order of its process (no
 * phase ends before it starts), what the jurisdiction itself requires ({@link Jurisdiction#validate}), and derived
 * figures that can be computed from their formulas ({@link FormulaEvaluation}). What {@code hta validate} and the
 * workbench's problem list both report. A submission whose jurisdiction has no installed plugin is not checked
 * against rules nobody declared. Stateless and thread-safe.
 *
 * @since 1.4
 */
public final class SubmissionChecks {
    private SubmissionChecks() {
    }

    /** Every finding of the dossier under the installed jurisdictions, in file order. */
    public static List<Finding> check(Dossier d, JurisdictionRegistry registry) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < d.submissions.size(); i++) {
            Submission s = d.submissions.get(i);
            Optional<Jurisdiction> j = s.jurisdiction == null ? Optional.empty() : registry.find(s.jurisdiction);
            if (j.isPresent()) {
                String at = "$.submissions[" + i + "]";
                Jurisdiction jj = j.get();
                // its names, vocabularies and process are the plugin's code too: within the same limit as its own
                // checks (a plugin whose process never came back hung every 'hta validate'; outside trust test)
                findings.addAll(withinLimit(jj, "its vocabulary and process", () -> {
                    List<Finding> out = new ArrayList<>();
                    submission(out, jj, s, at);
                    return out;
                }));
            }
        }
        for (Jurisdiction j : registry.jurisdictions()) {
            if (d.submission(j.code()).isPresent()) findings.addAll(ownRules(d, j));
        }
        findings.addAll(FormulaEvaluation.of(d).findings());
        return List.copyOf(findings);
    }

    /**
     * What the jurisdiction itself requires, checked on a copy of the dossier that holds only what it may know: its
     * own values and the public projection of the rest (the same view its confidential memo gets). A plugin's
     * {@link Jurisdiction#validate} had received the dossier itself: it read every country's confidential prices, and
     * could change them (outside trust test). A dossier that cannot be projected is not offered to it.
     */
    private static List<Finding> ownRules(Dossier d, Jurisdiction j) {
        return withinLimit(j, "its own checks", () -> {
            try {
                Dossier copy = ProjectedDossier.copyOf(ProjectedView.of(d, j.code(), j.confidentiality(), Variant.CONFIDENTIAL))
                        .dossier();
                return List.copyOf(j.validate(copy));
            } catch (RuntimeException | LinkageError e) {
                return List.of(); // a dossier that cannot be projected is not offered to it
            }
        });
    }

    /**
     * What {@code work} finds, run on a thread of its own within a limit: a plugin whose checks never returned hung
     * every 'hta validate' (outside trust test). Past the limit, a finding names the plugin and {@code what} was
     * left out; a plugin that fails finds nothing here (its own commands report it).
     */
    private static List<Finding> withinLimit(Jurisdiction j, String what,
                                             java.util.function.Supplier<List<Finding>> work) {
        java.util.concurrent.CompletableFuture<List<Finding>> result = new java.util.concurrent.CompletableFuture<>();
        CHECKS.execute(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | LinkageError e) {
                result.complete(List.of());
            }
        });
        try {
            return result.get(OWN_RULES_LIMIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return List.of(new Finding("plugin", "$.submissions", "the jurisdiction plugin '" + j.code()
                    + "' did not finish " + what + " within " + OWN_RULES_LIMIT_MS / 1000 + " s; they were left out"));
        } catch (java.util.concurrent.ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The threads the jurisdictions' own checks run on (daemons: one that never returns does not keep the JVM). */
    private static final java.util.concurrent.ExecutorService CHECKS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hta-jurisdiction-checks");
        t.setDaemon(true);
        return t;
    });

    /** How long a jurisdiction's own checks of one dossier may take. */
    private static final long OWN_RULES_LIMIT_MS = 10_000;

    /**
     * A finding when the dossier's submission to {@code code} has no case reference, for jurisdictions whose
     * process always gives one (e.g. Nye metoder's ID, NICE's TA or ID number); {@code what} names it.
     */
    public static List<Finding> caseReferenceRequired(Dossier d, String code, String what) {
        for (int i = 0; i < d.submissions.size(); i++) {
            Submission s = d.submissions.get(i);
            if (code.equals(s.jurisdiction) && (s.caseReference == null || s.caseReference.isBlank())) {
                return List.of(new Finding("required", "$.submissions[" + i + "].caseReference", what + " is missing"));
            }
        }
        return List.of();
    }

    private static void submission(List<Finding> out, Jurisdiction j, Submission s, String at) {
        String name = j.displayName();
        if (s.caseReference != null && !s.caseReference.isBlank()) {
            j.validateCaseReference(s.caseReference).ifPresent(m ->
                    out.add(new Finding("case-reference", at + ".caseReference", name + ": " + m)));
        }
        List<StatusTerm> statuses = j.statusVocabulary();
        if (s.status != null && !statuses.isEmpty() && statuses.stream().noneMatch(t -> t.code().equals(s.status))) {
            out.add(new Finding("known-status", at + ".status", name + ": '" + s.status + "' is not a status of this"
                    + " jurisdiction; use one of " + statuses.stream().map(StatusTerm::code).collect(Collectors.joining(", "))));
        }
        List<DecisionTerm> outcomes = j.decisionVocabulary();
        if (s.decision != null && s.decision.outcome != null && !outcomes.isEmpty()
                && outcomes.stream().noneMatch(t -> t.code().equals(s.decision.outcome))) {
            out.add(new Finding("known-outcome", at + ".decision.outcome", name + ": '" + s.decision.outcome
                    + "' is not a decision of this jurisdiction; use one of "
                    + outcomes.stream().map(DecisionTerm::code).collect(Collectors.joining(", "))));
        }
        ProcessDefinition process = j.processRules().process();
        for (int m = 0; m < s.milestones.size(); m++) {
            Milestone ms = s.milestones.get(m);
            if (ms.kind != null && !process.milestoneKinds().contains(ms.kind)) {
                out.add(new Finding("known-milestone", at + ".milestones[" + m + "].kind", name + ": '" + ms.kind
                        + "' is not a milestone of this jurisdiction's process; use one of "
                        + String.join(", ", process.milestoneKinds())));
            }
        }
        for (PhaseDefinition p : process.phases()) {
            order(out, s, at, name, p.startKind(), p.endKind(), "the phase '" + p.label() + "'");
        }
        order(out, s, at, name, process.totalStartKind(), process.totalEndKind(), "the processing time");
    }

    /** The end of a span may not be dated before its start. */
    private static void order(List<Finding> out, Submission s, String at, String name, String startKind, String endKind,
                              String what) {
        LocalDate start = s.milestone(startKind).map(m -> m.date).orElse(null);
        int endIndex = index(s, endKind);
        if (start == null || endIndex < 0) return;
        LocalDate end = s.milestones.get(endIndex).date;
        if (end != null && end.isBefore(start)) {
            String path = at + ".milestones[" + endIndex + "].date";
            if (out.stream().anyMatch(f -> f.jsonPath().equals(path) && f.rule().equals("process-order"))) return;
            out.add(new Finding("process-order", path, name + ": '" + endKind + "' (" + end + ") is dated before '"
                    + startKind + "' (" + start + "), which starts " + what));
        }
    }

    private static int index(Submission s, String kind) {
        for (int i = 0; i < s.milestones.size(); i++) {
            if (kind.equals(s.milestones.get(i).kind)) return i;
        }
        return -1;
    }
}
