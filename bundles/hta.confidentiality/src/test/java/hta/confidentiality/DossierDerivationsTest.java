package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways back that only the dossier knows, found by an outsider's probe. */
class DossierDerivationsTest {
    @Test
    void aDiscountAgreedInOneCountryWithAListPriceOfAnother() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.remove(1);
        PricePoint pas = FailClosedProjectionTest.price("nice-pas", PriceKind.DISCOUNT, "14.31", Classification.CONFIDENTIAL);
        pas.jurisdiction = "nice";
        pas.currency = null;
        d.prices.add(pas);
        // the Norwegian maximum price 43 028 738 less the English discount: 36 871 326.39
        List<LeakFinding> f = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY))
                .scan("t", "Etter rabatten koster pakningen 36 871 326 kr.");
        assertTrue(f.stream().anyMatch(x -> x.valueId().equals("nice-pas")), f.toString());
    }
}
