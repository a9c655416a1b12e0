package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {
    @Test
    void parsesTheSharedSyntax() {
        Formula f = Formula.parse("(price:no-rhf-aup * patients:1 - cell:comparator:1) / 2 + figure:x.y_1");
        assertEquals(List.of("price:no-rhf-aup", "patients:1", "cell:comparator:1", "figure:x.y_1"),
                f.references().stream().map(FormulaReference::toString).toList());
        Map<String, BigDecimal> v = Map.of("price:no-rhf-aup", new BigDecimal("100"), "patients:1", new BigDecimal("7.5"),
                "cell:comparator:1", new BigDecimal("50"), "figure:x.y_1", BigDecimal.ONE);
        assertEquals(0, new BigDecimal("351").compareTo(f.evaluate(r -> v.get(r.toString()), MathContext.DECIMAL64)));
        assertEquals(0, new BigDecimal("-5").compareTo(Formula.parse("-(2 + 3)").evaluate(r -> null, MathContext.DECIMAL64)));
    }

    @Test
    void linearFormulasBecomeRelations() {
        Map<FormulaReference, BigDecimal> t = Formula.parse("cell:a:1 - cell:b:1 + 2 * cell:c:1 - cell:d:1 / 4")
                .linearTerms().orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(t.get(FormulaReference.cell("a", 1))));
        assertEquals(0, BigDecimal.ONE.negate().compareTo(t.get(FormulaReference.cell("b", 1))));
        assertEquals(0, new BigDecimal("2").compareTo(t.get(FormulaReference.cell("c", 1))));
        assertEquals(0, new BigDecimal("-0.25").compareTo(t.get(FormulaReference.cell("d", 1))));
        assertTrue(Formula.parse("price:a * patients:1").linearTerms().isEmpty());
        assertTrue(Formula.parse("price:a / figure:b").linearTerms().isEmpty());
    }

    @Test
    void syntaxErrorsSayWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formula.parse("price:a + * 2"));
        assertTrue(e.getMessage().contains("character 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Formula.parse("cell:row"));
        assertThrows(IllegalArgumentException.class, () -> Formula.parse("cell:row:0"));
        assertThrows(IllegalArgumentException.class, () -> Formula.parse("amount:x"));
        assertThrows(IllegalArgumentException.class, () -> Formula.parse("(price:a"));
        assertThrows(IllegalArgumentException.class, () -> Formula.parse(""));
    }

    @Test
    void referencesAreFoundEvenInProse() {
        assertEquals(List.of("price:no-rhf-aup", "patients:1"),
                Formula.referencesIn("derived from price:no-rhf-aup and patients:1.").stream()
                        .map(FormulaReference::toString).toList());
    }
}
