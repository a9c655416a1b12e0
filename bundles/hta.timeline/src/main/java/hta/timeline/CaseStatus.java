package hta.timeline;

/**
 * Where a requested assessment stands, in the categories of TLV's portfolio tables (seed 003, Tabell 1).
 * Jurisdictions map their own status words to these in {@link ProcessRules#statusCategories()}.
 *
 * @since 0.2
 */
public enum CaseStatus {
    /** The agency has no contact with the company. */
    NO_CONTACT,
    /** Waiting for the company's dossier. */
    AWAITING_DOSSIER,
    /** The assessment is ongoing. */
    UNDER_ASSESSMENT,
    /** Dispatched and presented (e.g. to NT-rådet). */
    DISPATCHED,
    /** Cancelled by the requester or written off. */
    CANCELLED
}
