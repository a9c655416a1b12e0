package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.Forecast;
import hta.timeline.PhaseResult;
import hta.timeline.ProcessRules;
import hta.timeline.Scenario;
import hta.timeline.TargetComparison;
import hta.timeline.TargetResult;
import hta.timeline.TimelineAssessment;
import hta.timeline.TimelineReport;
import hta.timeline.Timelines;
import hta.timeline.WeeksAndDays;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta timeline}: the processing time of one submission and its parts, its targets judged on a day, and
 * forecasts; optionally under a scenario, compared with the current rules. Numbers only: the words of a memo
 * are the jurisdiction's.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show a submission's processing time and its parts in calendar days, its time targets"
                + " (on track, at risk, overdue; met or missed) and forecasts, optionally under a scenario.")
final class TimelineCommand implements Callable<Integer> {
    private final Services services;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "dossier id")
    String dossierId;

    @Option(names = "--jurisdiction", required = true, paramLabel = "CODE", description = "e.g. no, se, dk, nice, smc")
    String jurisdiction;

    @Option(names = "--scenario", paramLabel = "NAME", description = "judge the targets under this scenario too")
    String scenario;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "judge open targets on this day (default: today)")
    LocalDate today;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    TimelineCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Dossier dossier = DossierLoading.load(workspace.open(services.workspaces()), dossierId);
        Jurisdiction j = services.jurisdictions().find(jurisdiction).orElseThrow(() -> new CommandFailure(
                "no jurisdiction plugin '" + jurisdiction + "' is installed", 1));
        Submission submission = dossier.submission(jurisdiction).orElseThrow(() -> new CommandFailure(
                "dossier '" + dossierId + "' has no submission in '" + jurisdiction + "'", 1));
        ProcessRules rules = j.processRules();
        if (scenario != null && rules.scenario(scenario).isEmpty()) {
            throw new CommandFailure("'" + jurisdiction + "' declares no scenario '" + scenario + "'; known: "
                    + (rules.scenarios().isEmpty() ? "none" : String.join(", ",
                    rules.scenarios().stream().map(Scenario::id).toList())), 2);
        }
        LocalDate day = today != null ? today : LocalDate.now();
        TimelineAssessment current = Timelines.assess(submission, rules, day);
        TimelineAssessment under = scenario == null ? null : Timelines.assess(submission, rules, scenario, day);
        if (json) {
            services.out().println(DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    json(submission, current, under)));
        } else {
            text(dossier, submission, j, current, under);
        }
        return 0;
    }

    private ObjectNode json(Submission submission, TimelineAssessment current, TimelineAssessment under) {
        ObjectMapper m = DossierJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("dossier", dossierId);
        root.put("jurisdiction", jurisdiction);
        root.put("today", current.today().toString());
        TimelineReport r = current.report();
        ObjectNode total = root.putObject("processingTime");
        date(total, "start", r.start());
        date(total, "end", r.end());
        if (r.totalDays() == null) total.putNull("totalDays"); else total.put("totalDays", r.totalDays());
        total.put("clockStoppedDays", r.clockStoppedDays());
        if (r.activeDays() == null) total.putNull("activeDays"); else total.put("activeDays", r.activeDays());
        if (r.totalDays() != null) {
            WeeksAndDays w = WeeksAndDays.of(r.totalDays());
            total.putObject("weeksAndDays").put("weeks", w.weeks()).put("days", w.days());
        }
        if (r.unassignedDays() == null) total.putNull("unassignedDays"); else total.put("unassignedDays", r.unassignedDays());
        ArrayNode parts = root.putArray("parts");
        for (PhaseResult p : r.phases()) {
            ObjectNode n = parts.addObject();
            n.put("id", p.phase().id());
            n.put("label", p.phase().label());
            date(n, "start", p.start());
            date(n, "end", p.end());
            if (p.days() == null) n.putNull("days"); else n.put("days", p.days());
            n.put("clockStopped", p.phase().clockStopped());
            n.put("fictional", madeUp(submission, p) != null);
        }
        root.set("targets", targets(m, current.targets()));
        ArrayNode forecasts = root.putArray("forecasts");
        for (Forecast f : current.forecasts()) {
            forecasts.addObject().put("kind", f.kind()).put("expected", f.expected().toString())
                    .put("from", f.fromKind()).put("late", f.late());
        }
        if (under != null) {
            ObjectNode s = root.putObject("scenario");
            s.put("id", under.scenarioId());
            s.set("targets", targets(m, under.targets()));
            ArrayNode cmp = s.putArray("comparison");
            for (TargetComparison c : Timelines.compare(current, under)) {
                ObjectNode n = cmp.addObject().put("target", c.targetId()).put("changed", c.changed());
                n.put("current", c.current() == null ? null : c.current().state().name());
                n.put("scenario", c.scenario() == null ? null : c.scenario().state().name());
            }
        }
        return root;
    }

    private static ArrayNode targets(ObjectMapper m, List<TargetResult> results) {
        ArrayNode a = m.createArrayNode();
        for (TargetResult t : results) {
            ObjectNode n = a.addObject();
            n.put("id", t.target().id());
            n.put("label", t.target().label());
            n.put("limitDays", t.limitDays());
            n.put("targetDays", t.target().days());
            n.put("extended", t.extended());
            n.put("statutory", t.target().statutory());
            if (t.target().source() == null) n.putNull("source"); else n.put("source", t.target().source());
            n.put("state", t.state().name());
            n.put("endState", t.endState().name());
            date(n, "start", t.start());
            date(n, "end", t.end());
            n.put("countedDays", t.countedDays());
            n.put("excludedDays", t.excludedDays());
            date(n, "dueDate", t.dueDate());
            n.put("marginDays", t.marginDays());
            n.put("daysOver", t.daysOver());
        }
        return a;
    }

    private static void date(ObjectNode n, String field, LocalDate d) {
        if (d == null) n.putNull(field); else n.put(field, d.toString());
    }

    /**
     * The kind of a made-up milestone (demo data) that bounds the part, or null: such a part did not happen as
     * shown, and the output says so rather than print it as fact.
     */
    static String madeUp(Submission s, PhaseResult p) {
        for (var m : s.milestones) {
            if (!m.isFictional() || m.date == null) continue;
            if ((m.kind.equals(p.phase().startKind()) && m.date.equals(p.start()))
                    || (m.kind.equals(p.phase().endKind()) && m.date.equals(p.end()))) return m.kind;
        }
        return null;
    }

    private void text(Dossier d, Submission s, Jurisdiction j, TimelineAssessment current, TimelineAssessment under) {
        var out = services.out();
        TimelineReport r = current.report();
        out.println((d.product.brandName == null ? d.id : d.product.brandName) + " — " + j.displayName()
                + " (judged on " + current.today() + ")");
        if (r.totalDays() == null) {
            out.println("Processing time: open" + (r.start() == null ? "" : " since " + r.start()));
        } else {
            WeeksAndDays w = WeeksAndDays.of(r.totalDays());
            out.printf("Processing time: %s (%s → %s; %s %s), of which %d clock-stopped%n", days(r.totalDays()),
                    r.start(), r.end(), w.weeks() == 1 ? "1 week" : w.weeks() + " weeks", days(w.days()),
                    r.clockStoppedDays());
        }
        for (PhaseResult p : r.phases()) {
            String fictional = madeUp(s, p);
            out.printf("  %-22s %-44s %s%s%n", p.phase().id(), p.phase().label(),
                    // a phase whose start is not recorded did not happen as far as the record says (no pause of the clock)
                    p.days() != null ? days(p.days()) + (p.phase().clockStopped() ? " (clock stopped)" : "")
                            : p.start() == null ? "not recorded" : "open since " + p.start(),
                    fictional == null ? "" : " — FICTIONAL (the dossier marks " + fictional + " as made up)");
        }
        printTargets("Targets (current rules)", current.targets());
        if (under != null) printTargets("Targets (scenario " + under.scenarioId() + ")", under.targets());
        if (!current.forecasts().isEmpty()) {
            out.println("Forecasts:");
            for (Forecast f : current.forecasts()) {
                out.printf("  %-30s expected %s (from %s)%s%n", f.kind(), f.expected(), f.fromKind(), f.late() ? " LATE" : "");
            }
        }
    }

    /** What the record does not say, in words: never "overdue" or "not started" without a record of it. */
    private static String unknown(TargetResult t) {
        if (t.start() == null) return "start not recorded";
        if (t.endState() == hta.timeline.MilestoneState.PASSED) return "ended, date not recorded (due " + t.dueDate() + ")";
        return "end not recorded (due " + t.dueDate() + ")";
    }

    private void printTargets(String title, List<TargetResult> targets) {
        var out = services.out();
        out.println(title + ":" + (targets.isEmpty() ? " none declared" : ""));
        for (TargetResult t : targets) {
            String detail;
            switch (t.state()) {
                case NOT_STARTED: detail = "not started"; break;
                case MET: detail = t.countedDays() + " of " + days(t.limitDays()); break;
                case MISSED: detail = "missed by " + days(t.daysOver()); break;
                case OVERDUE: detail = "overdue by " + days(t.daysOver()) + " (due " + t.dueDate() + ")"; break;
                case UNKNOWN: detail = unknown(t); break;
                default: detail = t.countedDays() + " of " + days(t.limitDays()) + ", due " + t.dueDate();
            }
            if (t.extended()) detail += " (extended by agreement from " + t.target().days() + ")";
            if (t.target().statutory()) detail += " [statutory]";
            out.printf("  %-24s %-11s %s%n", t.target().id(), t.state(), detail);
        }
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
