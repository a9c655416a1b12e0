package hta.workbench.api;

/**
 * A place in a dossier editor that a problem or a view can reveal: a page, and optionally a jurisdiction, a
 * section and a character offset in it, or a price id.
 */
public record Place(String page, String jurisdiction, String section, String priceId, int offset) {
    public static Place narrative(String jurisdiction, String section, int offset) {
        return new Place(DossierEditor.NARRATIVES, jurisdiction, section, null, offset);
    }

    public static Place price(String priceId) {
        return new Place(DossierEditor.PRICES, null, null, priceId, 0);
    }

    public static Place page(String page) {
        return new Place(page, null, null, null, 0);
    }
}
