package hta.workbench.editor.internal.jurisdiction;

import hta.dossier.Decision;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Party;
import hta.dossier.Submission;
import hta.workbench.api.DossierEdit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Undoable edits of one jurisdiction's submission: a typed field (case reference, pathway, status, decision
 * outcome and date), a milestone's date and note, the agreements and memo parties (a list's entries added,
 * removed or moved, one entry's field, the sender's fields). The submission is found again by its jurisdiction
 * code on every apply and revert; an entry of a list is the object the edit was made on (the history keeps one
 * dossier object graph). Swing-free.
 */
final class SubmissionEdit implements DossierEdit {
    private final String label;
    private final String code;
    private final BiConsumer<Submission, Boolean> action;

    private SubmissionEdit(String label, String code, BiConsumer<Submission, Boolean> action) {
        this.label = label;
        this.code = code;
        this.action = action;
    }

    static Submission submission(Dossier d, String code) {
        return d.submission(code).orElseThrow(() -> new IllegalStateException(
                "the dossier " + d.id + " has no submission in '" + code + "'"));
    }

    /** Sets a field read by {@code get} and written by {@code set}, from its current value to {@code value}. */
    static <T> SubmissionEdit field(String label, Dossier d, String code, Function<Submission, T> get,
                                    BiConsumer<Submission, T> set, T value) {
        T old = get.apply(submission(d, code));
        return new SubmissionEdit(label, code, (s, forward) -> set.accept(s, forward ? value : old));
    }

    /** Sets the decision's outcome; a decision is created when there is none and dropped again when emptied. */
    static SubmissionEdit decisionOutcome(Dossier d, String code, String outcome) {
        return decision("Change decision", d, code, x -> x.outcome, (x, v) -> x.outcome = v, outcome);
    }

    static SubmissionEdit decisionDate(Dossier d, String code, LocalDate date) {
        return decision("Change decision date", d, code, x -> x.date, (x, v) -> x.date = v, date);
    }

    private static <T> SubmissionEdit decision(String label, Dossier d, String code, Function<Decision, T> get,
                                               BiConsumer<Decision, T> set, T value) {
        Submission s = submission(d, code);
        boolean had = s.decision != null;
        T old = had ? get.apply(s.decision) : null;
        return new SubmissionEdit(label, code, (sub, forward) -> {
            if (forward) {
                if (sub.decision == null) sub.decision = new Decision();
                set.accept(sub.decision, value);
            } else if (!had) {
                sub.decision = null;
            } else {
                set.accept(sub.decision, old);
            }
        });
    }

    /**
     * Sets the date and note of the milestone of {@code kind}; a null date removes it. A new milestone is put in
     * the process order given by {@code order}.
     */
    static SubmissionEdit milestone(Dossier d, String code, String kind, LocalDate date, String note, List<String> order) {
        Submission s = submission(d, code);
        List<Milestone> before = new ArrayList<>(s.milestones);
        Milestone existing = s.milestone(kind).orElse(null);
        LocalDate oldDate = existing == null ? null : existing.date;
        String oldNote = existing == null ? null : existing.note;
        Milestone target = existing != null ? existing : new Milestone(kind, date, note);
        List<Milestone> after = new ArrayList<>(before);
        if (date == null) {
            after.remove(existing);
        } else if (existing == null) {
            int at = after.size();
            int rank = order.indexOf(kind);
            for (int i = 0; i < after.size() && rank >= 0; i++) {
                int other = order.indexOf(after.get(i).kind);
                if (other > rank) {
                    at = i;
                    break;
                }
            }
            after.add(at, target);
        }
        String label = date == null ? "Remove milestone " + kind
                : Objects.equals(oldDate, date) ? "Change note of " + kind : "Set milestone " + kind;
        return new SubmissionEdit(label, code, (sub, forward) -> {
            sub.milestones.clear();
            sub.milestones.addAll(forward ? after : before);
            if (forward && date != null) {
                target.date = date;
                target.note = note;
            } else if (!forward && existing != null) {
                existing.date = oldDate;
                existing.note = oldNote;
            }
        });
    }

    /**
     * Replaces the entries of the list {@code list} reads with {@code after} (an entry added, removed or moved);
     * undo puts back the entries as they are now, in their order.
     */
    static <T> SubmissionEdit list(String label, Dossier d, String code, Function<Submission, List<T>> list, List<T> after) {
        List<T> before = new ArrayList<>(list.apply(submission(d, code)));
        List<T> target = new ArrayList<>(after);
        return new SubmissionEdit(label, code, (s, forward) -> {
            List<T> l = list.apply(s);
            l.clear();
            l.addAll(forward ? target : before);
        });
    }

    /** Sets a field of {@code item}, an entry of one of the submission's lists, from its current value to {@code value}. */
    static <E, T> SubmissionEdit entry(String label, String code, E item, Function<E, T> get, BiConsumer<E, T> set, T value) {
        T old = get.apply(item);
        return new SubmissionEdit(label, code, (s, forward) -> set.accept(item, forward ? value : old));
    }

    /**
     * Sets a field of the memo's sender. A sender is created when there is none, and dropped when the change
     * leaves it saying nothing (so a template sees "no sender" rather than an empty one).
     */
    static SubmissionEdit sender(String label, Dossier d, String code, Function<Party, String> get,
                                 BiConsumer<Party, String> set, String value) {
        Party before = submission(d, code).sender;
        Party target = before != null ? before : new Party();
        String old = get.apply(target);
        return new SubmissionEdit(label, code, (s, forward) -> {
            set.accept(target, forward ? value : old);
            s.sender = forward ? (SubmissionValues.isEmpty(target) ? null : target) : before;
        });
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Dossier dossier) {
        action.accept(submission(dossier, code), true);
    }

    @Override
    public void revert(Dossier dossier) {
        action.accept(submission(dossier, code), false);
    }
}
