package hta.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A stretch of narrative text with one classification; a writer marks a span confidential by splitting runs. */
@JsonPropertyOrder({"text", "classification"})
public final class TextRun extends Extensible {
    public String text;
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public Classification classification = Classification.PUBLIC;

    public TextRun() {
    }

    public TextRun(String text, Classification classification) {
        this.text = text;
        this.classification = classification;
    }
}
