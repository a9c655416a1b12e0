package hta.confidentiality;

import org.junit.jupiter.api.Test;

/** Issue 14, harmless sentences the sixteenth outside probe saw refused, with the leaks beside them still caught. */
class SixteenthProbeHarmlessTest {
    /** With how far Sweden's list price lies above its net price (34,69 %), as the dossier's analysis adds it. */
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(new SecretValue("se-net:markup",
            new java.math.BigDecimal("34.69"), SecretValue.Kind.PERCENTAGE, hta.confidentiality.internal.Targets.MARKUP));

    @Test
    void aBareFigureACaptionMakesMoneyIsNoPercentage() {
        SCAN.passed("Maks-AUP 43,03 – eks. mva. 34,42 (mill. kr).", "Listepris 43,03 / uten mva. 34,42 (millioner kroner)");
        SCAN.caught("no-agreed", "Maks-AUP 43,03 – tilbud 29,95 (mill. kr).");
    }
}
