package hta.jurisdiction;

import java.util.Objects;

/**
 * The few words every memo needs for what the dossier does not state as fact, in the memo's language: the
 * country's own "not stated", the mark of a made-up (fictional) value, and the label of a forecast. A template
 * prints missing data with {@link #notStated()} or leaves it out, never as "no" or "none". Immutable.
 *
 * @param notStated the country's wording for data not stated, e.g. {@code ikke oppgitt}, {@code uppgift saknas}
 * @param fictional the mark after a made-up value, e.g. {@code fiktivt}
 * @param forecast  the label of an expected date, e.g. {@code prognose}
 * @since 1.4
 */
public record MemoWords(String notStated, String fictional, String forecast) {
    /** For jurisdictions whose memos are in English. */
    public static final MemoWords ENGLISH = new MemoWords("not stated", "fictional", "forecast");

    public MemoWords {
        Objects.requireNonNull(notStated, "notStated");
        Objects.requireNonNull(fictional, "fictional");
        Objects.requireNonNull(forecast, "forecast");
    }
}
