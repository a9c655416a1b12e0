package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A number the dossier states (an ICER, a cost, a duration), with its unit and classification. A derived
 * figure keeps its {@code formula} so that its classification can be computed from its inputs.
 */
@JsonPropertyOrder({"id", "label", "value", "unit", "classification", "formula", "declassification"})
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
}
