package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.Submission;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbers inside printed identifiers (article numbers, case references) are known to a reader and computed
 * with by nobody: a memo printing them reveals nothing, even when one happens to be a confidential price per week;
 * an identifier that is a confidential value's own digits still refuses.
 */
class IdentifierNumbersTest {
    private static Dossier dossier(String articleNumber) {
        Dossier d = FailClosedProjectionTest.dossier();
        // 557 865 × 52 is the agreed price: the article number reads like its weekly price
        d.prices.get(1).amount = new java.math.BigDecimal("29008980");
        d.prices.forEach(p -> p.articleNumber = articleNumber);
        Submission s = new Submission();
        s.jurisdiction = "no";
        s.caseReference = "ID2022_075";
        d.submissions.add(s);
        return d;
    }

    private static List<String> found(Dossier d, String text) {
        LeakIndex index = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY));
        return index.scan("t", text).stream().map(LeakFinding::valueId).distinct().toList();
    }

    @Test
    void anArticleNumberIsNotAWeeklyPrice() {
        Dossier d = dossier("557865");
        assertEquals(List.of(), found(d, "Varenummer 557865"));
        assertEquals(List.of(), found(d, "Saken ID2022_075 gjelder varenummer 557865."));
        // the same digits without the identifier in the dossier are a weekly price
        assertTrue(found(dossier(null), "Per uke koster det 557 865 kr.").contains("agreed"));
    }

    @Test
    void theNumbersOfAWebAddressAreNotPrices() {
        Dossier d = dossier(null);
        d.submissions.get(0).decision = new hta.dossier.Decision();
        String url = "https://samverkanlakemedel.se/download/18.6b2eb2d9/1747036544611/Hemgenix%20vid%20hemofili%20B-29009000.pdf";
        d.submissions.get(0).decision.conditions = "Se " + url;
        assertEquals(List.of(), found(d, url));
        // the agreed price's own digits typed in prose still refuse
        assertTrue(found(d, "Prisen er 29 008 980 kr.").contains("agreed"));
    }

    @Test
    void anIdentifierThatIsAConfidentialValueStillRefuses() {
        Dossier d = dossier("29008980");
        List<LeakFinding> f = LeakScanner.index(d, List.of(FailClosedProjectionTest.STORED_ONLY)).scan("t", "Varenummer 29008980");
        assertEquals(1, f.size(), f.toString());
        assertEquals(LeakFinding.Kind.COINCIDES_WITH_PUBLIC, f.get(0).kind());
        assertEquals(PriceKind.AGREED_PRICE, d.prices.get(1).kind);
        assertEquals(Classification.CONFIDENTIAL, d.prices.get(1).classification);
    }
}
