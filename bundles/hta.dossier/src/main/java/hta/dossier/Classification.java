package hta.dossier;

/**
 * How widely a value may be shown. Ordered from least to most restricted, so that the classification of
 * a derived figure is the maximum of its inputs (see {@link #max}).
 */
public enum Classification {
    PUBLIC,
    /** Commercial in confidence: e.g. an agreed net price, a rebate, a confidential discount. */
    CONFIDENTIAL,
    /** Academic in confidence: unpublished study results (NICE, SMC practice). */
    ACADEMIC_IN_CONFIDENCE;

    public boolean isPublic() {
        return this == PUBLIC;
    }

    /** The more restricted of the two; {@code null} counts as public. */
    public static Classification max(Classification a, Classification b) {
        Classification x = a == null ? PUBLIC : a;
        Classification y = b == null ? PUBLIC : b;
        if (x == PUBLIC) return y;
        if (y == PUBLIC) return x;
        // both restricted: academic-in-confidence and confidential are both non-public; keep the first
        // non-public kind in ordinal order so the result is deterministic.
        return x.ordinal() >= y.ordinal() ? x : y;
    }
}
