package hta.workbench.views.internal;

import hta.confidentiality.Coincidences;
import hta.confidentiality.Taint;
import hta.workbench.api.Words;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.StructuralCheck;
import hta.confidentiality.StructuralProblem;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.Forecast;
import hta.timeline.TargetResult;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import hta.workbench.api.EditorPlace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the problems of one dossier: confidential figures written in unmarked narrative text (leak
 * scanner), the confidentiality structure that refuses a public export ({@link StructuralCheck}), recorded
 * coincidences (active for information, lapsed as warnings), invalid case references, deadlines
 * that are overdue or at risk (timeline assessment), and memos that cannot be exported yet ({@link MemoReadiness}). Pure and thread-safe; runs off the EDT on a copy.
 */
public final class ProblemScan {
    /** What a jurisdiction page reveals for a case-reference problem. */
    static final String CASE_REFERENCE = "caseReference";
    static final String STATUS = "status";
    /** The first reference a taint problem names, e.g. {@code figure:no-cost}; figure ids may hold letters, digits, . _ -. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(figure|cell|price):([A-Za-z0-9._-]+)");
    private static final Pattern LEAK_LOCATION = Pattern.compile("submission (\\S+), section (\\S+), paragraph (\\d+)");

    private ProblemScan() {
    }

    /**
     * How a jurisdiction whose plugin is missing is named — with why, from its code and the name the dossier
     * recorded ({@code WorkbenchSite.jurisdictionLabel}) — and what the writer can do ({@code missingRemedy}).
     */
    public record Missing(java.util.function.BiFunction<String, String, String> label,
                          java.util.function.Function<String, String> remedy) {
    }

    /** The problems of {@code d} on {@code today}; {@code missing} words a jurisdiction that is not installed. */
    public static List<Problem> scan(Dossier d, List<Jurisdiction> active, LocalDate today, Missing missing) {
        return scan(d, active, today, missing, (what, e) -> { });
    }

    /**
     * The problems of {@code d} on {@code today}; a check that fails is one error problem naming it and is handed to
     * {@code failed} with its exception (for the Error Log), the others still run ({@link DossierChecks}).
     */
    public static List<Problem> scan(Dossier d, List<Jurisdiction> active, LocalDate today, Missing missing,
                                     java.util.function.BiConsumer<String, Throwable> failed) {
        List<Problem> out = new ArrayList<>();
        String name = d.product.brandName != null ? d.product.brandName : d.id;
        DossierChecks checks = new DossierChecks(out, d, name, failed);
        List<ConfidentialityPolicy> policies = new ArrayList<>();
        for (Submission s : d.submissions) {
            Optional<Jurisdiction> j = active.stream().filter(x -> x.code().equals(s.jurisdiction)).findFirst();
            if (j.isEmpty()) {
                out.add(new Problem(Problem.Severity.INFO, missing.label().apply(s.jurisdiction, s.jurisdictionName)
                        + "; the submission's data is kept as it is", d.id, name, s.jurisdiction, "the whole submission",
                        null, "To edit, check or export this submission, " + missing.remedy().apply(s.jurisdiction)));
                continue;
            }
            Jurisdiction jur = j.get();
            checks.run(s.jurisdiction, "the " + jurisdictionName(jur, s.jurisdiction) + " submission",
                    () -> submission(out, d, name, s, jur, policies, today, active));
        }
        // the structural check that refuses a public export (ids, classifications, formulas, references)
        List<ConfidentialityPolicy> checked = policies.isEmpty() ? List.of(ConfidentialityPolicy.storedOnly()) : policies;
        checks.run(null, "the confidentiality structure", () -> structure(out, d, name, checked));
        checks.run(null, "the recorded coincidences", () -> coincidences(out, d, name));
        checks.run(null, "the texts for confidential values", () -> leaks(out, d, name, policies));
        return out;
    }

    /** A jurisdiction's name for a failed check's words; its code when even that fails (it is a plugin's code). */
    private static String jurisdictionName(Jurisdiction j, String code) {
        try {
            return j.displayName();
        } catch (RuntimeException e) {
            return code;
        }
    }

    /** The checks of one submission under its installed jurisdiction. */
    private static void submission(List<Problem> out, Dossier d, String name, Submission s, Jurisdiction jur,
                                   List<ConfidentialityPolicy> policies, LocalDate today, List<Jurisdiction> active) {
        policies.add(jur.confidentiality());
        for (String p : Taint.analyse(d, jur.confidentiality()).problems()) {
            // the formula's own words, navigating to the figure (the structural error below names the page only);
            // most are about the dossier's formulas, the same under every policy: list each once
            if (out.stream().anyMatch(x -> x.message().equals(p))) continue;
            out.add(new Problem(Problem.Severity.WARNING, p, d.id, name, s.jurisdiction, "confidentiality",
                    taintPlace(p)));
        }
        if (s.caseReference != null) {
            jur.validateCaseReference(s.caseReference).ifPresent(m -> out.add(new Problem(Problem.Severity.ERROR,
                    "Case reference '" + s.caseReference + "': " + m, d.id, name, s.jurisdiction, "case reference",
                    EditorPlace.jurisdiction(s.jurisdiction, CASE_REFERENCE))));
        }
        unknownStatus(s, jur).ifPresent(m -> out.add(new Problem(Problem.Severity.WARNING, m, d.id, name,
                s.jurisdiction, "status", EditorPlace.jurisdiction(s.jurisdiction, STATUS))));
        deadlines(out, d, name, s, jur, today);
        MemoReadiness.check(out, d, name, jur, active);
    }

    private static void structure(List<Problem> out, Dossier d, String name, List<ConfidentialityPolicy> checked) {
        for (StructuralProblem p : StructuralCheck.check(d, checked)) {
            out.add(new Problem(Problem.Severity.ERROR, p.message() + " (blocks the public export)", d.id, name, null,
                    p.field(), p.page() == null ? null : EditorPlace.page(p.page())));
        }
        // what to record although nothing leaks by it (a PUBLIC agreed price without a declassification stays confidential)
        for (StructuralProblem p : StructuralCheck.advice(d, checked)) {
            out.add(new Problem(Problem.Severity.WARNING, p.message(), d.id, name, null, p.field(),
                    p.page() == null ? null : EditorPlace.page(p.page())));
        }
    }

    /** Recorded coincidences: active ones for information, lapsed ones to review. */
    private static void coincidences(List<Problem> out, Dossier d, String name) {
        for (Coincidences.Status a : Coincidences.statuses(d)) {
            String text = a.toString().substring(a.field().length() + 2);
            out.add(new Problem(a.state() == Coincidences.State.ACTIVE ? Problem.Severity.INFO : Problem.Severity.WARNING,
                    Character.toUpperCase(text.charAt(0)) + text.substring(1), d.id, name, null, a.field(), null));
        }
    }

    private static void leaks(List<Problem> out, Dossier d, String name, List<ConfidentialityPolicy> policies) {
        for (LeakFinding f : LeakScanner.scanNarratives(d, policies)) {
            Matcher m = LEAK_LOCATION.matcher(f.location());
            EditorPlace place = null;
            String jurisdiction = null;
            if (m.find()) {
                jurisdiction = m.group(1);
                place = EditorPlace.narrative(m.group(1), m.group(2), offset(d, m.group(1), m.group(2),
                        Integer.parseInt(m.group(3)) - 1, f.offset()));
            }
            String how = f.kind() == LeakFinding.Kind.DERIVED ? "' can be back-calculated from text not marked confidential ("
                    + f.form() + ")" : "' is written in text not marked confidential";
            out.add(new Problem(Problem.Severity.ERROR, "Confidential value '" + f.valueId() + how, d.id, name,
                    jurisdiction, f.location(), place));
        }
    }

    /**
     * A status the jurisdiction's list does not have (a file written by hand, or by an older plugin), which the
     * portfolio cannot count; empty when the jurisdiction keeps no list.
     */
    static Optional<String> unknownStatus(Submission s, Jurisdiction j) {
        if (s.status == null || j.statusVocabulary().isEmpty()
                || j.statusVocabulary().stream().anyMatch(t -> t.code().equals(s.status))) return Optional.empty();
        return Optional.of("Status '" + s.status + "' is not in " + j.displayName() + "'s status list; choose one of "
                + j.statusVocabulary().stream().map(t -> t.gloss()).collect(java.util.stream.Collectors.joining(", ")));
    }

    private static void deadlines(List<Problem> out, Dossier d, String name, Submission s, Jurisdiction j, LocalDate today) {
        TimelineAssessment a;
        try {
            a = Timelines.assess(s, j.processRules(), today);
        } catch (RuntimeException e) {
            out.add(new Problem(Problem.Severity.WARNING, "The timeline could not be assessed: " + e.getMessage(),
                    d.id, name, s.jurisdiction, "Timeline", EditorPlace.jurisdiction(s.jurisdiction, null)));
            return;
        }
        for (TargetResult t : a.targets()) {
            Problem p = targetProblem(t, d, name, s.jurisdiction, j.displayName());
            if (p != null) out.add(p);
        }
        for (Forecast f : a.forecasts()) {
            if (f.late()) {
                out.add(new Problem(Problem.Severity.WARNING, "Milestone " + Words.code(f.kind()) + " was expected by "
                        + Words.date(f.expected()) + " (after " + Words.code(f.fromKind()) + ") and is not recorded", d.id, name,
                        s.jurisdiction, "Timeline › " + TimelineLane.milestoneName(f.kind()),
                        EditorPlace.jurisdiction(s.jurisdiction, f.kind()),
                        "If it has taken place, record its date on the " + j.displayName() + " page (double-click"
                        + " opens it); if it has not, the dossier is right and the warning stays until it does"));
            }
        }
    }

    /**
     * A target overdue, past due with its milestone not recorded ({@link TargetWords#pastDueUnrecorded}), at risk or
     * missed, as a problem located at the milestone that meets it (in words, where the writer records it); null for
     * a target on track, met or not started.
     */
    static Problem targetProblem(TargetResult t, Dossier d, String name, String code, String jurisdiction) {
        String label = TargetWords.name(t);
        String milestone = TargetWords.milestone(t);
        EditorPlace at = EditorPlace.jurisdiction(code, t.target().endKind());
        String where = "Timeline › " + milestone;
        String record = "When " + milestone + " has taken place, record its date on the " + jurisdiction
                + " page (double-click opens it)";
        String counted = TargetWords.days(t) + " since " + TimelineLane.milestoneName(t.target().startKind())
                + " (due " + Words.date(t.dueDate()) + ")";
        if (TargetWords.pastDueUnrecorded(t)) {
            return new Problem(Problem.Severity.WARNING, label + ": overdue — " + milestone + " is not recorded; "
                    + counted, d.id, name, code, where, at, "If " + milestone + " has taken place, record its date on the "
                    + jurisdiction + " page (double-click opens it); if it has not, the deadline has passed without it");
        }
        return switch (t.state()) {
            case OVERDUE -> new Problem(Problem.Severity.ERROR, label + ": overdue by " + t.daysOver() + " days; "
                    + counted, d.id, name, code, where, at,
                    record + "; until then the dossier says the deadline has passed without it");
            case AT_RISK -> new Problem(Problem.Severity.WARNING, label + ": at risk, " + t.marginDays()
                    + " days left; " + counted, d.id, name, code, where, at,
                    record + "; until then, prepare for it: the deadline is near");
            case MISSED -> new Problem(Problem.Severity.INFO, label + ": missed by " + t.daysOver() + " days",
                    d.id, name, code, where, at, "Nothing to do: the milestone is recorded, later than the target");
            default -> null;
        };
    }

    /**
     * Where a problem of the taint analysis is fixed: the figure it names on the Economics page, a budget impact
     * cell on the Budget Impact page, a price on the Prices page.
     */
    static EditorPlace taintPlace(String problem) {
        Matcher m = REFERENCE.matcher(problem);
        if (!m.find()) return EditorPlace.page(EditorPlace.ECONOMICS);
        return switch (m.group(1)) {
            case "figure" -> EditorPlace.item(EditorPlace.ECONOMICS, m.group(2).replaceAll("\\.+$", ""));
            case "price" -> EditorPlace.item(EditorPlace.PRICES, m.group(2).replaceAll("\\.+$", ""));
            default -> EditorPlace.page(EditorPlace.BUDGET);
        };
    }

    /** The document offset of a paragraph-relative offset, as the narrative page lays paragraphs out. */
    static int offset(Dossier d, String jurisdiction, String section, int paragraph, int inParagraph) {
        Narrative n = d.submission(jurisdiction).map(s -> s.sections.get(section)).orElse(null);
        if (n == null) return 0;
        int pos = 0;
        for (int i = 0; i < paragraph && i < n.paragraphs.size(); i++) {
            for (TextRun r : n.paragraphs.get(i)) pos += r.text == null ? 0 : r.text.length();
            pos++;
        }
        return pos + inParagraph;
    }

    static Map<Problem.Severity, Long> count(List<Problem> list) {
        Map<Problem.Severity, Long> m = new java.util.EnumMap<>(Problem.Severity.class);
        list.forEach(p -> m.merge(p.severity(), 1L, Long::sum));
        return m;
    }
}
