package hta.confidentiality;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.util.List;

/**
 * The confidentiality analysis of one dossier under one jurisdiction's policy: taint and secondary suppression,
 * the confidential values a public document must not show, and the values a reader may see. An export makes it
 * once and passes it along — to the projection the template sees and to the leak index that scans the file name,
 * the title and the PDF read back — instead of analysing the dossier for each. Immutable.
 *
 * @param taint        every value's effective classification
 * @param secrets      the confidential values, derived ones included; never print them
 * @param publicValues the values a reader of the public documents may see (the scanner spares them)
 * @param model        the leak scanner's full model (written forms and the writer's arithmetic, in the
 *                     jurisdiction's words); null for written forms only
 * @since 0.5
 */
public record ConfidentialityAnalysis(TaintResult taint, List<SecretValue> secrets, List<BigDecimal> publicValues,
                                      LeakModel model) {
    public ConfidentialityAnalysis {
        secrets = List.copyOf(secrets);
        publicValues = List.copyOf(publicValues);
    }

    /** Without the scanner's model: the index looks for written forms only. */
    public ConfidentialityAnalysis(TaintResult taint, List<SecretValue> secrets, List<BigDecimal> publicValues) {
        this(taint, secrets, publicValues, null);
    }

    /** Analyses {@code d} once (the dossier as it is now: a later change is not in the analysis). */
    public static ConfidentialityAnalysis of(Dossier d, ConfidentialityPolicy policy) {
        TaintResult taint = Taint.analyse(d, policy);
        return new ConfidentialityAnalysis(taint, ConfidentialValues.of(d, taint), ConfidentialValues.publicValues(taint),
                ConfidentialValues.model(d, policy, taint));
    }

    /**
     * Analyses {@code d} once, its text read in the policy's words and also in {@code alsoRead}: a memo prints text
     * in other languages than its own (another country's decision wording, a label a colleague wrote), and a
     * confidential value written in those words must be read as such ("24,5 miljoner kronor" in a Norwegian memo).
     * The policy's own words take precedence where both know a word.
     *
     * @since 0.8
     */
    public static ConfidentialityAnalysis of(Dossier d, ConfidentialityPolicy policy, NumberWords alsoRead) {
        TaintResult taint = Taint.analyse(d, policy);
        return new ConfidentialityAnalysis(taint, ConfidentialValues.of(d, taint), ConfidentialValues.publicValues(taint),
                ConfidentialValues.model(d, policy, taint, policy.numberWords().and(alsoRead)));
    }

    /** The index for scanning text for the secrets: the full model when there is one. */
    public LeakIndex leakIndex() {
        return model != null ? LeakScanner.index(model) : LeakScanner.index(secrets, publicValues);
    }

    @Override
    public String toString() {
        // never reveal the values in logs or messages
        return "ConfidentialityAnalysis[" + secrets.size() + " secrets]";
    }
}
