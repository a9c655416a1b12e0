package org.example.hta.amnog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.NumberWords;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.TextRun;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.testkit.FixedRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * German-style amounts a writer slipped into the public text of a German memo — "1,2 Mio. €" for a confidential
 * reimbursement amount of 1,200,000 €, "27 Prozent" for a confidential discount — are found by the app's leak scanner
 * in the rendered public memo because this plugin declares its number words; without them the scale word is not
 * understood and the amount goes unseen.
 */
class GermanAmountsTest {
    private final Germany germany = new Germany();

    /** The sample with a confidential Erstattungsbetrag of 1.2 million and discount of 27 %, both also written in public text. */
    private static Dossier planted() throws Exception {
        Dossier d = GermanyConformanceTest.sample();
        PricePoint amount = d.price("de-erstattungsbetrag").orElseThrow();
        amount.amount = new BigDecimal("1200000");
        amount.classification = Classification.CONFIDENTIAL;
        PricePoint discount = new PricePoint();
        discount.id = "de-rabatt";
        discount.jurisdiction = "de";
        discount.kind = PriceKind.DISCOUNT;
        discount.amount = new BigDecimal("27");
        discount.currency = "EUR";
        discount.classification = Classification.CONFIDENTIAL;
        d.prices.add(discount);
        d.submission("de").orElseThrow().sections.get("begruendung").paragraphs.add(List.of(
                new TextRun("FIKTIVES BEISPIEL. Der Erstattungsbetrag liegt bei 1,2 Mio. € im Jahr, der Rabatt bei 27 Prozent.",
                        Classification.PUBLIC)));
        return d;
    }

    private static List<String> found(Dossier d, ConfidentialityPolicy policy, String text) {
        return LeakScanner.index(d, List.of(policy)).scan("memo", text).stream().map(LeakFinding::valueId).distinct().toList();
    }

    @Test
    void amountsWrittenTheGermanWayInAPublicMemoAreFound() throws Exception {
        Dossier d = planted();
        String memo = germany.memoTemplates().get(0)
                .render(ProjectedView.of(d, "de", germany.confidentiality(), Variant.PUBLIC), new MemoContext(new FixedRegistry(germany)))
                .plainText();
        assertTrue(memo.contains("1,2 Mio. €") && memo.contains("27 Prozent"), memo);
        List<String> found = found(d, germany.confidentiality(), memo);
        assertTrue(found.contains("de-erstattungsbetrag"), "1,2 Mio. € not found: " + found);
        assertTrue(found.contains("de-rabatt"), "27 Prozent not found: " + found);
    }

    @Test
    void withoutTheDeclaredWordsTheScaleWordIsNotUnderstood() throws Exception {
        Dossier d = planted();
        ConfidentialityPolicy bare = new ConfidentialityPolicy() {
            @Override public Set<PriceKind> confidentialPriceKinds() { return germany.confidentiality().confidentialPriceKinds(); }
            @Override public RedactionMark redactionMark() { return germany.confidentiality().redactionMark(); }
            @Override public NumberWords numberWords() { return NumberWords.NONE; }
        };
        assertFalse(found(d, bare, "Der Erstattungsbetrag liegt bei 1,2 Mio. im Jahr.").contains("de-erstattungsbetrag"));
        assertTrue(found(d, germany.confidentiality(), "Der Erstattungsbetrag liegt bei 1,2 Mio. im Jahr.").contains("de-erstattungsbetrag"));
    }
}
