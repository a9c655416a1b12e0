package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A number the dossier states (an ICER, a cost, a duration), with its unit and classification. A derived
 * figure keeps its {@code formula} so that its classification can be computed from its inputs.
 */
@JsonPropertyOrder({"id", "label", "value", "unit", "classification", "formula", "declassification", "fictional"})
public final class Figure extends Extensible {
    public String id;
    public String label;
    public BigDecimal value;
    /** ISO 4217 currency code, or a unit word such as {@code years}, {@code QALY}, {@code percent}. */
    public String unit;
    public Classification classification;
    /** For a derived figure: how it is computed from other figures and prices (see hta.confidentiality). */
    public String formula;
    /** The decision to show this figure publicly although it is or derives from a confidential value. */
    public Declassification declassification;

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
