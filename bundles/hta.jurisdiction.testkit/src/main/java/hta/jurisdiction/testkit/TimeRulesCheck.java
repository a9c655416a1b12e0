package hta.jurisdiction.testkit;

import hta.jurisdiction.Jurisdiction;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.Scenario;
import hta.timeline.TimeTarget;
import hta.timeline.TypicalDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time-rule sanity: the rules refer only to what the process declares ({@link ProcessRules#inconsistencies()});
 * milestone kinds are unique and carry the jurisdiction's code as prefix; every phase, target and typical duration
 * runs forward in process order; targets and durations are positive; clock stops lie wholly
 * inside or wholly outside the reported processing time; ids are unique; and, for a jurisdiction whose memos are not in English, every phase and target is
 * named in its {@code TimelineWords}. Stateless.
 */
public final class TimeRulesCheck {
    private TimeRulesCheck() {
    }

    public static List<String> check(Jurisdiction j) {
        ProcessRules rules = j.processRules();
        List<String> problems = new ArrayList<>(rules.inconsistencies());
        ProcessDefinition process = rules.process();
        List<String> kinds = process.milestoneKinds();
        if (kinds.isEmpty()) problems.add("the process declares no milestone kinds");
        if (new HashSet<>(kinds).size() != kinds.size()) problems.add("a milestone kind is declared twice: " + kinds);
        for (String k : kinds) {
            if (!k.startsWith(j.code() + ".")) problems.add("milestone kind " + k + " does not start with '" + j.code() + ".'");
        }
        int start = kinds.indexOf(process.totalStartKind());
        int end = kinds.indexOf(process.totalEndKind());
        forward(problems, kinds, "the reported processing time", process.totalStartKind(), process.totalEndKind());
        Set<String> ids = new HashSet<>();
        for (PhaseDefinition p : process.phases()) {
            if (!ids.add(p.id())) problems.add("phase id " + p.id() + " is used twice");
            forward(problems, kinds, "phase " + p.id(), p.startKind(), p.endKind());
            int from = kinds.indexOf(p.startKind());
            int to = kinds.indexOf(p.endKind());
            // a clock stop lies wholly inside the reported processing time or wholly outside it; one across its
            // start or end would stop a clock that is not running for part of its length
            if (p.clockStopped() && from >= 0 && to >= 0 && ((from < start && to > start) || (from < end && to > end))) {
                problems.add("clock stop " + p.id() + " runs across the start or end of the reported processing time ("
                        + process.totalStartKind() + " to " + process.totalEndKind() + ")");
            }
        }
        List<TimeTarget> targets = new ArrayList<>(rules.targets());
        rules.scenarios().forEach(s -> targets.addAll(s.targets()));
        Set<String> targetIds = new HashSet<>();
        for (TimeTarget t : rules.targets()) {
            if (!targetIds.add(t.id())) problems.add("target id " + t.id() + " is used twice");
        }
        for (TimeTarget t : targets) {
            if (t.days() <= 0) problems.add("target " + t.id() + " allows " + t.days() + " days");
            forward(problems, kinds, "target " + t.id(), t.startKind(), t.endKind());
        }
        for (TypicalDuration d : rules.typicalDurations()) {
            if (d.days() <= 0) problems.add("typical duration " + d.fromKind() + " to " + d.toKind() + " is " + d.days() + " days");
            forward(problems, kinds, "typical duration " + d.fromKind() + " to " + d.toKind(), d.fromKind(), d.toKind());
        }
        Set<String> scenarioIds = new HashSet<>();
        for (Scenario s : rules.scenarios()) {
            if (!scenarioIds.add(s.id())) problems.add("scenario id " + s.id() + " is used twice");
        }
        if (!"en".equals(j.locale().getLanguage())) {
            List<String> unnamed = j.timelineWords().unnamed(rules);
            if (!unnamed.isEmpty()) {
                problems.add("the memo's timeline would show English labels in a " + j.locale().getDisplayLanguage(Locale.ENGLISH)
                        + " memo: name " + unnamed + " in timelineWords()");
            }
            if (j.timelineWords().heading().equals(hta.jurisdiction.TimelineWords.ENGLISH.heading())) {
                problems.add("the timeline chart's heading is English in a " + j.locale().getDisplayLanguage(Locale.ENGLISH) + " memo");
            }
        }
        return problems;
    }

    /** {@code from} must come before {@code to} in process order (both declared: inconsistencies reports the rest). */
    private static void forward(List<String> problems, List<String> kinds, String what, String from, String to) {
        int a = kinds.indexOf(from);
        int b = kinds.indexOf(to);
        if (a >= 0 && b >= 0 && a >= b) problems.add(what + " runs from " + from + " back to " + to + " in process order");
    }
}
