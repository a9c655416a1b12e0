package hta.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A stretch of narrative text with one classification; a writer marks a span confidential by splitting runs. A run
 * may instead be a live reference to a value of the dossier ({@link #ref}, e.g. {@code {"ref": "no-rhf-aup"}}): it
 * has no text of its own, prints the value in the memo's format and carries the value's classification, so the
 * public memo shows the redaction mark where the value is confidential.
 */
@JsonPropertyOrder({"text", "ref", "classification", "fictional"})
public final class TextRun extends Extensible {
    public String text;
    /**
     * The id of the price, figure or budget cell this run stands for (a budget cell without an id as
     * {@code cell:<rowId>:<year>}); {@code null} for ordinary text. @since 0.3
     */
    public String ref;
    /**
     * The run's classification; for a reference, a restriction on top of the value's own classification (a
     * reference's run is written without one unless the file or the writer gave one).
     */
    @JsonIgnore
    public Classification classification = Classification.PUBLIC;
    /** Whether the file gave this run a classification, so that a reference read back is written as it was. */
    @JsonIgnore
    private boolean classificationGiven;

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

    public TextRun() {
    }

    public TextRun(String text, Classification classification) {
        this.text = text;
        this.classification = classification;
    }

    /** A run that stands for the value with this id (see {@link #ref}). @since 0.3 */
    public static TextRun reference(String valueId) {
        TextRun r = new TextRun();
        r.ref = valueId;
        // the value's own classification counts; one written here can only make the run more restricted
        r.classification = null;
        return r;
    }

    @JsonProperty("classification")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private Classification classificationToWrite() {
        boolean implied = ref != null && !classificationGiven && classification == Classification.PUBLIC;
        return implied ? null : classification;
    }

    @JsonProperty("classification")
    private void classificationRead(Classification c) {
        classification = c;
        classificationGiven = true;
    }

    /** Whether this run is a reference to a value rather than text. @since 0.3 */
    @JsonIgnore
    public boolean isReference() {
        return ref != null;
    }
}
