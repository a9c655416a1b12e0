package hta.confidentiality;

/**
 * A place where a confidential value appears, or can be back-calculated from what is printed.
 *
 * @param location where, e.g. {@code submission no, section bakgrunn, paragraph 2} or {@code PDF page 3 text}
 * @param valueId  the id of the confidential value found (never the value)
 * @param offset   character offset in the scanned text
 * @param length   characters the written quantity covers from {@code offset} (0 when unknown)
 * @param kind     written as is, back-calculable, or the same as a public value of the dossier
 * @param form     how it was written or which derivation recovers it ("spelled out", "list price × (1 − printed
 *                 discount)", "per month" …); never the value
 * @since 0.1 ({@code kind} and {@code form} since 0.4)
 */
public record LeakFinding(String location, String valueId, int offset, int length, Kind kind, String form) {
    /** How the value is revealed. */
    public enum Kind {
        /** The value itself, in some rendering (rounded to its printed precision at most). */
        WRITTEN,
        /** Recoverable within the tolerance from a printed quantity through a writer's arithmetic. */
        DERIVED,
        /**
         * The printed quantity is a public value of the dossier that equals the confidential one: a reader cannot
         * tell them apart. The writer may resolve it with a recorded acknowledgement.
         */
        COINCIDES_WITH_PUBLIC
    }

    public LeakFinding(String location, String valueId, int offset, int length) {
        this(location, valueId, offset, length, Kind.WRITTEN, "");
    }

    public LeakFinding(String location, String valueId, int offset) {
        this(location, valueId, offset, 0);
    }

    public LeakFinding {
        kind = kind == null ? Kind.WRITTEN : kind;
        form = form == null ? "" : form;
    }

    @Override
    public String toString() {
        String how = switch (kind) {
            case WRITTEN -> "confidential value '" + valueId + "'";
            case DERIVED -> "confidential value '" + valueId + "' can be back-calculated";
            case COINCIDES_WITH_PUBLIC -> "a public value that equals confidential value '" + valueId + "'";
        };
        return location + ": " + how + (form.isEmpty() ? "" : " (" + form + ")") + " at character " + offset;
    }
}
