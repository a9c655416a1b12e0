package hta.confidentiality;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Free goods are a discount (issue 14, fourth probe: "one pack free of charge for every three packs the NHS buys"
 * for a confidential discount of 25 %): one free for three bought is a quarter off, every fourth pack free too,
 * "3+1" and "buy three, get one free" as well, in every memo language. Harmless twins: deals that give another
 * share, free things that are no goods deal, and "n+k" that is no deal.
 */
class FreeGoodsTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(new SecretValue("pas", new BigDecimal("25"), SecretValue.Kind.PERCENTAGE, "percent"),
                    // the markup the discount gives (list / net − 1 = 33.3 %), as the dossier adds it
                    new SecretValue("pas", new BigDecimal("33.3333"), SecretValue.Kind.PERCENTAGE,
                            hta.confidentiality.internal.Targets.MARKUP)),
            List.of(ScanAssertions.listPrice("list", "4200")), List.of(), List.of("28"), "0.2");

    @Test
    void aQuarterFreeIsCaughtInEveryLanguage() {
        SCAN.caught("pas", "Under the scheme the company supplies one pack free of charge for every three packs the NHS buys.",
                "Every fourth pack is free.", "A 3+1 deal applies to all packs.", "Buy three, get one free.",
                "Leverandøren gir én gratis pakning per tre kjøpte.", "Hver fjerde pakning leveres vederlagsfritt.",
                "Var fjärde förpackning levereras kostnadsfritt.", "Regionerna får en förpackning gratis för varje tre.",
                "Hver fjerde pakning er gratis.", "Amgros får én pakning gratis for hver tredje.");
    }

    @Test
    void otherSharesAndOtherFreeThingsPass() {
        SCAN.passed("One pack is free for every five the NHS buys.", "Hver sjette pakning er gratis.",
                "Var tionde förpackning är kostnadsfri.", "Parking at the clinic is free for 3 hours.",
                "Treatment is free at the point of use for all 12 000 patients.", "A 2+1 regimen was studied.",
                "Dosen er 3+3 mg.", "Patients get free transport for every 2 visits.");
    }
}
