package hta.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A stretch of narrative text with one classification; a writer marks a span confidential by splitting runs. */
@JsonPropertyOrder({"text", "classification", "fictional"})
public final class TextRun extends Extensible {
    public String text;
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public Classification classification = Classification.PUBLIC;

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
}
