package hta.export.pdf;

import java.util.List;

/** An export that was not made, with every reason and the place it refers to. Nothing was written. */
public final class ExportRefusedException extends Exception {
    private final String reason;
    private final List<RefusalPlace> details;

    public ExportRefusedException(String message, List<String> places) {
        this(places.stream().map(RefusalPlace::of).toList(), message);
    }

    /**
     * A refusal whose reasons name dossier fields, editor pages and items.
     *
     * @since 0.2
     */
    public ExportRefusedException(List<RefusalPlace> details, String message) {
        super(message + (details.isEmpty() ? "" : ": " + String.join("; ", details.stream().map(RefusalPlace::text).toList())));
        this.reason = message;
        this.details = List.copyOf(details);
    }

    /** Each reason as one line. */
    public List<String> places() {
        return details.stream().map(RefusalPlace::text).toList();
    }

    /** Each reason with its field, page and item. @since 0.2 */
    public List<RefusalPlace> details() {
        return details;
    }

    /** Why, in one sentence, without the list of places. @since 0.2 */
    public String reason() {
        return reason;
    }
}
