package hta.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One price of the product (or of a comparator) in one jurisdiction, with its classification. */
@JsonPropertyOrder({"id", "jurisdiction", "product", "kind", "amount", "currency", "vatIncluded", "pack",
        "articleNumber", "validFrom", "source", "classification", "note", "declassification", "fictional"})
public final class PricePoint extends Extensible {
    public String id;
    /** The jurisdiction code this price applies in, e.g. {@code no}. */
    public String jurisdiction;
    /** Whose price: {@code null} for the dossier's product, otherwise the comparator's name. */
    public String product;
    public PriceKind kind;
    public BigDecimal amount;
    /** ISO 4217 code. */
    public String currency;
    public Boolean vatIncluded;
    public String pack;
    public String articleNumber;
    public LocalDate validFrom;
    public String source;
    public Classification classification;
    public String note;
    /** The decision to show this price publicly although its classification or kind makes it confidential. */
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

    @JsonIgnore
    public boolean isConfidential() {
        return classification != null && !classification.isPublic();
    }
}
