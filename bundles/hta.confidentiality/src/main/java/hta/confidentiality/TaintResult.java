package hta.confidentiality;

import hta.dossier.Classification;
import hta.dossier.Declassification;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classification of every value of a dossier after taint propagation and secondary suppression. Keys are
 * the canonical reference forms of {@link FormulaReference} ({@code price:<id>}, {@code figure:<id>},
 * {@code cell:<rowId>:<year>}, {@code patients:<year>}); a budget cell with an id is also known as
 * {@code figure:<id>}. Immutable.
 *
 * @param classifications every value's effective classification (derived ones included)
 * @param suppressed      keys hidden only by secondary suppression (public by taint, but a shown total would
 *                        otherwise reveal a hidden value)
 * @param values          every known value by key (for scanners; never print them)
 * @param problems        what the engine could not resolve: unknown references, cycles, syntax slips,
 *                        declassifications without a reason or without who decided, totals that reveal a value
 *                        whatever is hidden
 * @param declassified    the recorded decisions that made a value public although its classification or an
 *                        input is not (key to the decision with its reason, author and date), for the
 *                        dossier's history and the export's audit; only decisions with a reason count
 * @since 0.2 ({@code declassified} since 0.3)
 */
public record TaintResult(Map<String, Classification> classifications, Set<String> suppressed,
                          Map<String, BigDecimal> values, List<String> problems,
                          Map<String, Declassification> declassified) {
    public TaintResult {
        classifications = Collections.unmodifiableMap(new LinkedHashMap<>(classifications));
        declassified = Collections.unmodifiableMap(new LinkedHashMap<>(declassified));
        suppressed = Set.copyOf(suppressed);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    /** The effective classification; unknown keys are reported confidential (fail safe). */
    public Classification of(String key) {
        return classifications.getOrDefault(key, Classification.CONFIDENTIAL);
    }

    /** Whether the value may appear in a public document: public by taint and not suppressed. */
    public boolean isShownPublicly(String key) {
        return of(key).isPublic() && !suppressed.contains(key);
    }
}
