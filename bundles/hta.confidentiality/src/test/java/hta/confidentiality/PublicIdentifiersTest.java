package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A public number that is no amount — a case reference's year, a count — is passed where it is printed, but the
 * writer's arithmetic is on amounts: 2025 × 24 months is no explanation of a printed 48 500 kr near a confidential
 * 48 300 (LeakCorpusIT seed 47403616809541 let it through in a dossier whose case numbers hold 2025 and 2026).
 */
class PublicIdentifiersTest {
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(
            List.of(new SecretValue("dk-saip", new BigDecimal("48300"), SecretValue.Kind.AMOUNT, "DKK")),
            List.of(new PublicValue("identifier:case", new BigDecimal("2025"), SecretValue.Kind.NUMBER),
                    new PublicValue("identifier:case", new BigDecimal("2026"), SecretValue.Kind.NUMBER),
                    new PublicValue("identifier:case", new BigDecimal("9901"), SecretValue.Kind.NUMBER)),
            List.of(), List.of(), TestWords.NORDIC_AND_ENGLISH, new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().toList();
    }

    @Test
    void anIdentifierExplainsItselfButNoAmount() {
        assertEquals(List.of("dk-saip"), found("Priset är cirka 48 500 kr."));
        assertEquals(List.of("dk-saip"), found("Priset är 48 500 kr."));
        assertEquals(List.of(), found("Ärende 9901/2026, beslut 2025."));
    }
}
