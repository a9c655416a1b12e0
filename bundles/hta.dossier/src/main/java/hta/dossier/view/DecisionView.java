package hta.dossier.view;

import hta.dossier.Decision;
import java.time.LocalDate;
import java.util.Map;

/**
 * Read-only {@link Decision}: the outcome of a submission in the jurisdiction's vocabulary. Immutable.
 *
 * @since 1.0 ({@code source} and {@code fictional} since 1.1)
 */
public record DecisionView(String outcome, LocalDate date, String conditions, String publishedWording,
                           String wordingLanguage, Map<String, String> summary, String source, boolean fictional) {
    public DecisionView {
        summary = Copies.map(summary);
    }

    /** A decision with no source and not made up (the form of 1.0). */
    public DecisionView(String outcome, LocalDate date, String conditions, String publishedWording,
                        String wordingLanguage, Map<String, String> summary) {
        this(outcome, date, conditions, publishedWording, wordingLanguage, summary, null, false);
    }

    public static DecisionView of(Decision d) {
        return d == null ? null : new DecisionView(d.outcome, d.date, d.conditions, d.publishedWording,
                d.wordingLanguage, d.summary, d.source, d.isFictional());
    }

    Decision toModel() {
        Decision d = new Decision();
        d.outcome = outcome;
        d.date = date;
        d.conditions = conditions;
        d.publishedWording = publishedWording;
        d.wordingLanguage = wordingLanguage;
        d.summary = Copies.mutable(summary, s -> s);
        d.source = source;
        d.fictional = fictional ? Boolean.TRUE : null;
        return d;
    }
}
