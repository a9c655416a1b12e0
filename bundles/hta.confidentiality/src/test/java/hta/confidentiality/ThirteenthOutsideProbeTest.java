package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the thirteenth outside probe (96 harmful sentences, 58 harmless, written by a stranger against the
 * mid-session build): the list price and the confidential price added up or averaged, the list price not printed.
 */
class ThirteenthOutsideProbeTest {
    /** Norway's public maximum pharmacy price and a confidential agreed price of 29,95 million. */
    private static Dossier norway() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.prices.get(1).amount = new BigDecimal("29950000");
        return d;
    }

    @Test
    void theListPriceAndTheConfidentialPriceAddedUpOrAveraged() {
        for (String text : new String[] {"Gjennomsnittet av maksimal AUP og det sykehusene betaler, er 36 489 369 kroner.",
                "Maksimal AUP og det sykehusene betaler blir til sammen 72,98 millioner kroner.",
                "The maximum pharmacy price and the agreed price average NOK 36.49 million."}) {
            assertTrue(DossierDerivationsTest.found(norway(), text).stream().anyMatch(id -> id.startsWith("agreed")), text);
        }
        assertEquals(java.util.List.of(), DossierDerivationsTest.found(norway(),
                "Gjennomsnittet av maksimal AUP og prisen i Sverige er 38,1 millioner kroner."));
    }
}
