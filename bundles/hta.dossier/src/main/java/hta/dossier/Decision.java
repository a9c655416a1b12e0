package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The outcome of a submission, in the jurisdiction's vocabulary ({@code outcome} is a code the jurisdiction
 * declares), with the wording as published so it can be quoted even when that jurisdiction's plugin is absent.
 */
@JsonPropertyOrder({"outcome", "date", "conditions", "publishedWording", "wordingLanguage", "summary"})
public final class Decision extends Extensible {
    public String outcome;
    public LocalDate date;
    public String conditions;
    public String publishedWording;
    /** Language tag of {@link #publishedWording}. */
    public String wordingLanguage;
    /** A short statement of the decision per language tag, for other countries' memos. */
    public java.util.Map<String, String> summary = new java.util.LinkedHashMap<>();
}
