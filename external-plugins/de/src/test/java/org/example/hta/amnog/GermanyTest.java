package org.example.hta.amnog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.testkit.FixedRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GermanyTest {
    private final Germany germany = new Germany();

    @Test
    void germanFormats() {
        assertEquals("1.234.567,89\u00A0\u20AC", germany.formats().money(new BigDecimal("1234567.89"), "EUR"));
        assertEquals("05.05.2025", germany.formats().shortDate(LocalDate.of(2025, 5, 5)));
        assertEquals("Seite 2 von 5", germany.formats().pageNumber(2, 5));
    }

    @Test
    void theReimbursementAmountAppliesFromTheSeventhMonth() {
        assertEquals(LocalDate.of(2026, 10, 15), BenefitSummary.reimbursementFrom(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void addedBenefitInTheGbasWords() {
        assertEquals(List.of("erheblich", "betraechtlich", "gering", "nicht-quantifizierbar", "kein-zusatznutzen", "geringerer-nutzen"),
                germany.decisionVocabulary().stream().map(t -> t.code()).toList());
    }

    @Test
    void aConfidentialReimbursementAmountIsOffByDefault() throws Exception {
        assertFalse(germany.confidentiality().confidentialPriceKinds().contains(PriceKind.AGREED_PRICE));
        assertTrue(new Germany(Map.of("erstattungsbetrag.confidential", "true")).confidentiality()
                .confidentialPriceKinds().contains(PriceKind.AGREED_PRICE));
        Dossier d = GermanyConformanceTest.sample();
        d.price("de-erstattungsbetrag").orElseThrow().classification = Classification.PUBLIC;
        MemoContext context = new MemoContext(new FixedRegistry(germany));
        String open = germany.memoTemplates().get(0).render(ProjectedView.of(d, "de", germany.confidentiality(), Variant.PUBLIC), context).plainText();
        assertTrue(open.contains("7.654,32\u00A0\u20AC"), open);
        Germany secret = new Germany(Map.of("erstattungsbetrag.confidential", "true"));
        String hidden = secret.memoTemplates().get(0).render(ProjectedView.of(d, "de", secret.confidentiality(), Variant.PUBLIC), context).plainText();
        assertFalse(hidden.contains("7.654,32"), hidden);
        assertTrue(hidden.contains("[vertraulich]"), hidden);
    }

    @Test
    void durationsAreTargetsOnlyWhenConfigured() {
        assertTrue(germany.processRules().targets().isEmpty());
        assertEquals(92, new Germany(Map.of("assessment.days", "92")).processRules().target("de.assessment").orElseThrow().days());
    }
}
