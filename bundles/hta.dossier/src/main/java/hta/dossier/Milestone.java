package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A dated event of a submission; its {@code kind} is one the jurisdiction declares. */
@JsonPropertyOrder({"kind", "date", "note", "source", "fictional"})
public final class Milestone extends Extensible {
    public String kind;
    public LocalDate date;
    public String note;

    /**
     * Where this is published: a URL, or a document and its page, as a memo's footnote cites it. Written only
     * when set.
     *
     * @since 0.3
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String source;

    /**
     * Made up rather than taken from a source (demo or test data). A memo never states it as a fact: it prints it
     * marked as fictional in the memo's language, and views say so too. Written only when true.
     *
     * @since 0.3
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @com.fasterxml.jackson.annotation.JsonProperty("fictional") // explicit: the ignored isFictional() must not hide it
    public Boolean fictional;

    /** Whether {@link #fictional} is set. @since 0.3 */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFictional() {
        return Boolean.TRUE.equals(fictional);
    }

    public Milestone() {
    }

    public Milestone(String kind, LocalDate date, String note) {
        this.kind = kind;
        this.date = date;
        this.note = note;
    }
}
