package hta.export.pdf.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.NumberWords;
import hta.confidentiality.RedactionMark;
import hta.dossier.Classification;
import hta.dossier.PriceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the other installed jurisdictions add to the reading of a memo's text: their words (their spelled-out numbers
 * read as quoted) and their VAT rates. A memo prints text in their languages, about their prices.
 *
 * @param words    the other jurisdictions' words, together
 * @param vatRates their VAT rates, each once
 */
record OtherCountries(NumberWords words, List<BigDecimal> vatRates, List<OtherJurisdiction> jurisdictions) {
    /**
     * {@code policy} with {@code otherVat} after its own VAT rates: the leak scan takes text "inklusive moms" to the
     * rates of every country, so another country's public price with its VAT is public arithmetic, and a
     * confidential one with it is found. Everything else is the policy's own.
     */
    static ConfidentialityPolicy withVat(ConfidentialityPolicy policy, List<BigDecimal> otherVat) {
        List<BigDecimal> all = new ArrayList<>(policy.vatRates());
        for (BigDecimal v : otherVat) if (all.stream().noneMatch(a -> a.compareTo(v) == 0)) all.add(v);
        if (all.size() == policy.vatRates().size()) return policy;
        List<BigDecimal> vat = List.copyOf(all);
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return policy.confidentialPriceKinds();
            }

            @Override
            public RedactionMark redactionMark() {
                return policy.redactionMark();
            }

            @Override
            public Set<Classification> classificationsUsed() {
                return policy.classificationsUsed();
            }

            @Override
            public NumberWords numberWords() {
                return policy.numberWords();
            }

            @Override
            public BigDecimal backCalculationTolerance() {
                return policy.backCalculationTolerance();
            }

            @Override
            public List<BigDecimal> vatRates() {
                return vat;
            }
        };
    }
}
