package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The outcome of a submission, in the jurisdiction's vocabulary ({@code outcome} is a code the jurisdiction
 * declares), with the wording as published so it can be quoted even when that jurisdiction's plugin is absent.
 */
@JsonPropertyOrder({"outcome", "date", "conditions", "publishedWording", "wordingLanguage", "summary", "source", "fictional"})
public final class Decision extends Extensible {
    public String outcome;
    public LocalDate date;
    public String conditions;
    public String publishedWording;
    /** Language tag of {@link #publishedWording}. */
    public String wordingLanguage;
    /** A short statement of the decision per language tag, for other countries' memos. */
    public java.util.Map<String, String> summary = new java.util.LinkedHashMap<>();

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
}
