package hta.dossier.view;

import hta.dossier.Decision;
import java.time.LocalDate;
import java.util.Map;

/** Read-only {@link Decision}: the outcome of a submission in the jurisdiction's vocabulary. Immutable. @since 1.0 */
public record DecisionView(String outcome, LocalDate date, String conditions, String publishedWording,
                           String wordingLanguage, Map<String, String> summary) {
    public DecisionView {
        summary = Copies.map(summary);
    }

    public static DecisionView of(Decision d) {
        return d == null ? null : new DecisionView(d.outcome, d.date, d.conditions, d.publishedWording,
                d.wordingLanguage, d.summary);
    }

    Decision toModel() {
        Decision d = new Decision();
        d.outcome = outcome;
        d.date = date;
        d.conditions = conditions;
        d.publishedWording = publishedWording;
        d.wordingLanguage = wordingLanguage;
        d.summary = Copies.mutable(summary, s -> s);
        return d;
    }
}
