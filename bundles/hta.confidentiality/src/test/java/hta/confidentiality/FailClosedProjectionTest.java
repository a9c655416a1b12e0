package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The public projection fails closed on a dossier whose structure is wrong (issue 14): whatever cannot be
 * established is treated as confidential, so nothing of it reaches a template even if the structural check that
 * refuses such an export were bypassed. Each test is named after a leak the outside test found.
 */
class FailClosedProjectionTest {
    /** The dossier's own classifications only, as for a jurisdiction that adds none. */
    static final ConfidentialityPolicy STORED_ONLY = ConfidentialityPolicy.storedOnly();

    static PricePoint price(String id, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "no";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "NOK";
        p.classification = c;
        return p;
    }

    static Figure figure(String id, String value, Classification c, String formula) {
        Figure f = new Figure();
        f.id = id;
        f.label = id;
        f.value = new BigDecimal(value);
        f.unit = "NOK";
        f.classification = c;
        f.formula = formula;
        return f;
    }

    static Dossier dossier() {
        Dossier d = new Dossier();
        d.id = "x";
        d.product.brandName = "Brand";
        d.product.inn = "inn";
        d.prices.add(price("list", PriceKind.MAXIMUM_PHARMACY_PRICE, "43028738", Classification.PUBLIC));
        d.prices.add(price("agreed", PriceKind.AGREED_PRICE, "31234567", Classification.CONFIDENTIAL));
        return d;
    }

    private static String publicJson(Dossier d) {
        return new String(DossierJson.write(PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC).dossier()),
                StandardCharsets.UTF_8);
    }

    @Test
    void duplicateFigureIdDoesNotLetTheSecondValueThrough() {
        Dossier d = dossier();
        d.economics.figures.add(figure("annual-cost", "1200000", Classification.PUBLIC, null));
        d.economics.figures.add(figure("annual-cost", "3120000", Classification.CONFIDENTIAL, null));
        String json = publicJson(d);
        assertFalse(json.contains("3120000"), json);
    }

    @Test
    void confidentialPriceReusingAPublicPricesIdIsNotPrintedAsPublic() {
        Dossier d = dossier();
        d.prices.get(1).id = "list";
        String json = publicJson(d);
        assertFalse(json.contains("31234567"), json);
    }

    @Test
    void publicFigureWithAMisspeltFormulaIsNotPrinted() {
        Dossier d = dossier();
        d.economics.figures.add(figure("twice", "62469134", Classification.PUBLIC, "prise:agreed * 2"));
        String json = publicJson(d);
        assertFalse(json.contains("62469134"), json);
    }

    @Test
    void publicFigureWithAFormulaInWordsIsNotPrinted() {
        Dossier d = dossier();
        d.economics.figures.add(figure("twice", "62469134", Classification.PUBLIC, "twice the agreed price"));
        // and what is computed from it is hidden too
        d.economics.figures.add(figure("four-times", "124938268", Classification.PUBLIC, "figure:twice * 2"));
        String json = publicJson(d);
        assertFalse(json.contains("62469134"), json);
        assertFalse(json.contains("124938268"), json);
    }

    @Test
    void unclassifiedValuesAreConfidential() {
        Dossier d = dossier();
        d.economics.figures.add(figure("unsure", "777123", null, null));
        d.prices.add(price("unsure-price", PriceKind.LIST_PRICE, "888456", null));
        String json = publicJson(d);
        assertFalse(json.contains("777123"), json);
        assertFalse(json.contains("888456"), json);
    }

    @Test
    void figureWithoutIdDerivedFromAConfidentialPriceIsNotPrinted() {
        Dossier d = dossier();
        d.economics.figures.add(figure(null, "62469134", Classification.PUBLIC, "price:agreed * 2"));
        String json = publicJson(d);
        assertFalse(json.contains("62469134"), json);
    }

    @Test
    void confidentialAgreementTermsAreRemoved() {
        Dossier d = dossier();
        hta.dossier.Submission s = new hta.dossier.Submission();
        s.jurisdiction = "se";
        hta.dossier.Agreement a = new hta.dossier.Agreement();
        a.id = "se-rebate-agreement";
        a.kind = "REBATE_AGREEMENT";
        a.description = "Återbäring 23 procent av AIP";
        a.reference = "NT-2025-117";
        a.classification = Classification.CONFIDENTIAL;
        s.agreements.add(a);
        d.submissions.add(s);
        ProjectedDossier p = PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC);
        hta.dossier.Agreement shown = p.dossier().submissions.get(0).agreements.get(0);
        assertNull(shown.description);
        assertNull(shown.reference);
        assertTrue(p.isRedacted("se-rebate-agreement"));
        assertTrue(p.isRemoved(shown));
    }

    /** The Swedish TLV status template asked whether the price without id was redacted and crashed. */
    @Test
    void askingAboutAValueWithoutIdDoesNotThrowAndTheValueIsRemoved() {
        Dossier d = dossier();
        d.prices.get(1).id = null;
        ProjectedDossier p = PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC);
        assertDoesNotThrow(() -> p.isRedacted(null));
        PricePoint shown = p.dossier().prices.get(1);
        assertNull(shown.amount);
        assertTrue(p.isRemoved(shown), "the place of a removed value without id is known");
        assertFalse(p.isRemoved(p.dossier().prices.get(0)));
    }
}
