package hta.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The recorded, audited decision that a public value may be printed although it equals a confidential value of
 * the dossier, or lets one be back-calculated, by coincidence: say the Norwegian list price in NOK happens to equal
 * the Swedish net price in SEK. It names both sides and holds a salted fingerprint of both values (never the
 * values), so it lapses by itself when either value changes; who decided, when and why are recorded. Without a
 * reason or an author it does not count. The fingerprint is computed by {@code hta.confidentiality.Coincidences}.
 * Not thread-safe, like every model object.
 *
 * @since 0.3
 */
@JsonPropertyOrder({"publicItem", "confidentialItem", "fingerprint", "reason", "author", "time"})
public final class Acknowledgement extends Extensible {
    /**
     * What the public memo shows: the id of a public price, figure or budget cell, or the JSON path of a text field
     * (e.g. {@code $.submissions[0].sections.bakgrunn.paragraphs[1]}).
     */
    public String publicItem;
    /**
     * The confidential value as the leak scanner names it: a price, figure or cell id, or the id of a value derived
     * from such items (which names them).
     */
    public String confidentialItem;
    /** {@code sha256:<salt hex>:<hash hex>} over both sides' current values; never a value in clear. */
    public String fingerprint;
    /** Why the coincidence is harmless, e.g. "the NOK list price is public; the SEK net price is unrelated". */
    public String reason;
    /** Who decided. */
    public String author;
    /** When. */
    public Instant time;

    /** Whether the decision is recorded fully enough to count: both sides, a fingerprint, a reason, an author. */
    @JsonIgnore
    public boolean isRecorded() {
        return !blank(publicItem) && !blank(confidentialItem) && !blank(fingerprint) && !blank(reason) && !blank(author);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
