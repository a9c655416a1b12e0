package hta.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The recorded decision to show a figure or price publicly although it is confidential by its own
 * classification or derived from a confidential input (CONFIDENTIALITY.md, principle 2). Without a reason it
 * does not count. Not thread-safe, like every model object.
 */
@JsonPropertyOrder({"reason", "author", "date"})
public final class Declassification extends Extensible {
    /** Why the value may be public, e.g. "published by the agency in its decision of 17.11.2025". */
    public String reason;
    /** Who decided. */
    public String author;
    /** When. */
    public LocalDate date;

    public Declassification() {
    }

    public Declassification(String reason, String author, LocalDate date) {
        this.reason = reason;
        this.author = author;
        this.date = date;
    }

    /** Whether this is a decision at all: a reason is required. */
    @JsonIgnore
    public boolean isValid() {
        return reason != null && !reason.isBlank();
    }
}
