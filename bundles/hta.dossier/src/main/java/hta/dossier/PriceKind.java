package hta.dossier;

/** What a price point is. Which kinds are confidential is decided per jurisdiction, not here. */
public enum PriceKind {
    LIST_PRICE,
    /** e.g. Norwegian Maks-AUP: the maximum pharmacy retail price set by the authority. */
    MAXIMUM_PHARMACY_PRICE,
    /** e.g. Swedish AIP, Danish AIP. */
    PHARMACY_PURCHASE_PRICE,
    /** A negotiated net price, e.g. Norwegian RHF-AUP / LIS-AUP, Danish SAIP. */
    AGREED_PRICE,
    DISCOUNT,
    REBATE
}
