package hta.workbench.views.internal;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Formats;
import hta.timeline.PhaseResult;
import hta.timeline.TargetResult;
import hta.timeline.TimelineAssessment;
import java.awt.FontMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * One lane of the Timeline view: a jurisdiction's submission judged under its current rules, or under a scenario
 * (e.g. a reform proposal) for comparison; how its milestones' names are placed in rows above its bar so that none
 * overlaps another, how tall it is, and the words of its tooltips (dates in the jurisdiction's own format).
 * Immutable; the layout methods are pure.
 *
 * @param name       the jurisdiction's name, e.g. {@code Norway}
 * @param scenario   the scenario's label when the lane shows one, else null
 * @param submission the submission
 * @param assessment the timeline engine's judgement of it
 * @param formats    the jurisdiction's way of writing dates
 */
record TimelineLane(String name, String scenario, Submission submission, TimelineAssessment assessment, Formats formats) {
    static final int PAD = 6;
    static final int BAR = 14;
    private static final int GAP = 8;
    /** How far right of the line to its diamond a milestone's name starts. */
    static final int FLAG = 3;

    /** A milestone and where its name goes: the row above the bar (0 the highest) and its left edge. */
    record Placed(Milestone milestone, String name, int row, int left) {
    }

    /** How the lane is named beside the plot and in tests: the jurisdiction, and the scenario it is judged under. */
    String title() {
        return scenario == null ? name : name + " — " + scenario;
    }

    /** Every date the lane draws. */
    List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (Milestone m : submission.milestones) if (m.date != null) dates.add(m.date);
        for (PhaseResult p : assessment.report().phases()) {
            if (p.start() != null) dates.add(p.start());
            if (p.end() != null) dates.add(p.end());
        }
        for (TargetResult t : datedTargets()) dates.add(t.dueDate());
        return dates;
    }

    List<TargetResult> datedTargets() {
        return assessment.targets().stream().filter(t -> t.dueDate() != null).toList();
    }

    /**
     * The dated milestones in date order, each name as a flag beside the line that ties it to its diamond (the name
     * starts just right of the line), on rows above the bar laid out so that no two names overlap and no line runs
     * through another name: from the latest milestone back, each name goes on the row nearest the bar where it
     * keeps a gap to the names on that row, its line crosses no name nearer the bar, and no line of a name further
     * up crosses it. A row further up always qualifies (the names nearer the bar belong to later milestones, so they
     * start right of this line), so every name is placed.
     */
    List<Placed> placedMilestones(FontMetrics fm, ToIntFunction<LocalDate> x) {
        List<Milestone> dated = submission.milestones.stream().filter(m -> m.date != null)
                .sorted(Comparator.comparing((Milestone m) -> m.date)).toList();
        List<int[]> spans = new ArrayList<>(); // level (0 nearest the bar), left, right, line x; latest first
        for (int i = dated.size() - 1; i >= 0; i--) {
            int line = x.applyAsInt(dated.get(i).date);
            int left = line + FLAG;
            int right = left + fm.stringWidth(milestoneName(dated.get(i).kind));
            int level = 0;
            while (!fits(spans, level, left, right, line)) level++;
            spans.add(new int[]{level, left, right, line});
        }
        int top = spans.stream().mapToInt(sp -> sp[0]).max().orElse(0);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            int[] sp = spans.get(dated.size() - 1 - i);
            placed.add(new Placed(dated.get(i), milestoneName(dated.get(i).kind), top - sp[0], sp[1]));
        }
        return placed;
    }

    /** Whether a name from {@code left} to {@code right}, tied by a line at {@code line}, fits on {@code level}. */
    private static boolean fits(List<int[]> spans, int level, int left, int right, int line) {
        for (int[] p : spans) {
            if (p[0] == level && left < p[2] + GAP && p[1] < right + GAP) return false; // the names would overlap
            if (p[0] < level && p[1] - 2 <= line && line <= p[2] + 2) return false;     // this line would cross it
            if (p[0] > level && left - 2 <= p[3] && p[3] <= right + 2) return false;     // its line would cross this
        }
        return true;
    }

    private int rows(FontMetrics fm, ToIntFunction<LocalDate> x) {
        return placedMilestones(fm, x).stream().mapToInt(p -> p.row() + 1).max().orElse(0);
    }

    /** The bar's top, from the lane's top. */
    int barTop(FontMetrics fm, ToIntFunction<LocalDate> x) {
        return PAD + rows(fm, x) * fm.getHeight() + 4;
    }

    /** The lane's height: names, bar, one line per target, padding. */
    int height(FontMetrics fm, ToIntFunction<LocalDate> x) {
        return Math.max(barTop(fm, x) + BAR + 4 + datedTargets().size() * fm.getHeight() + PAD, 3 * fm.getHeight() + 2 * PAD);
    }

    /**
     * A milestone kind as a person reads it, for the workbench (the contract gives milestone kinds no names): the
     * jurisdiction's prefix dropped, words separated, the first capitalised, short words without vowels in
     * capitals — {@code no.dmp-report} reads "DMP report".
     */
    static String milestoneName(String kind) {
        if (kind == null || kind.isBlank()) return "(no kind)";
        String k = kind.strip();
        int dot = k.indexOf('.');
        if (dot > 0 && dot <= 4 && dot < k.length() - 1) k = k.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (String w : k.split("[-_.\\s]+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            boolean acronym = w.length() <= 4 && w.chars().noneMatch(c -> "aeiouyæøåäö".indexOf(Character.toLowerCase(c)) >= 0);
            if (acronym) sb.append(w.toUpperCase(Locale.ROOT));
            else if (sb.length() == 0) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            else sb.append(w);
        }
        return sb.toString();
    }

    private String date(LocalDate d) {
        return d == null ? "not recorded" : formats.longDate(d);
    }

    String describe(Milestone m) {
        return milestoneName(m.kind) + " — " + date(m.date) + " (" + name + ")" + (m.note == null || m.note.isBlank() ? "" : ": " + m.note);
    }

    String describe(PhaseResult p) {
        String label = p.phase().label() != null ? p.phase().label() : milestoneName(p.phase().id());
        return label + ": " + date(p.start()) + " – " + (p.end() == null ? "ongoing" : date(p.end()))
                + (p.days() == null ? "" : ", " + p.days() + " days") + (p.phase().clockStopped() ? " (clock stopped)" : "");
    }

    /**
     * Where a target's line under the bar starts: ending just left of the target's due mark, so that it reads up to
     * the mark and stays inside the dates the plot spans, or just right of it when there is no room on the left.
     */
    static int targetLeft(int due, int textWidth) {
        return due - 4 - textWidth >= 0 ? due - 4 - textWidth : due + 4;
    }

    /** The rightmost point any of the lane's names or lines reaches. */
    int right(FontMetrics fm, ToIntFunction<LocalDate> x) {
        int right = 0;
        for (Placed p : placedMilestones(fm, x)) right = Math.max(right, p.left() + fm.stringWidth(p.name()));
        for (TargetResult t : datedTargets()) {
            int w = fm.stringWidth(targetLine(t));
            right = Math.max(right, targetLeft(x.applyAsInt(t.dueDate()), w) + w);
        }
        return right;
    }

    /** What an empty lane says instead of nothing: that no milestone has a date (short, to fit a narrow plot). */
    String emptyHint() {
        return "No milestone dates recorded";
    }

    /** The empty lane's tooltip: where the dates are recorded. */
    String emptyHintTip() {
        return "No milestone of " + name + " has a date yet — record them on the " + name + " page of the dossier";
    }

    /** The line under the bar: the target's name, its state and the days counted against its limit, in words. */
    String targetLine(TargetResult t) {
        return TargetWords.line(t);
    }

    String describe(TargetResult t) {
        return TargetWords.name(t) + (scenario == null ? "" : " (" + scenario + ")") + ": " + TargetWords.state(t)
                + ", due " + date(t.dueDate()) + "; " + t.countedDays() + " of " + t.limitDays() + " days counted";
    }
}
