package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A commercial or access arrangement of a submission, e.g. managed access, payment by result, a framework or
 * rebate agreement. {@code kind} is a code such as {@code MANAGED_ACCESS}, {@code PAYMENT_BY_RESULT},
 * {@code FRAMEWORK_AGREEMENT}, {@code REBATE_AGREEMENT}.
 */
@JsonPropertyOrder({"id", "kind", "description", "reference", "startDate", "endDate", "classification"})
public final class Agreement extends Extensible {
    /**
     * Identifies the agreement as a confidential item (its terms can be), so that a finding, an acknowledgement or
     * a reference can name it; required when the agreement is not public. Unique among every id of the dossier.
     * @since 0.3
     */
    public String id;
    public String kind;
    public String description;
    /** The agreement's own reference, e.g. a framework agreement number. @since 0.2 */
    public String reference;
    /** @since 0.2 */
    public LocalDate startDate;
    /** @since 0.2 */
    public LocalDate endDate;
    public Classification classification;
}
