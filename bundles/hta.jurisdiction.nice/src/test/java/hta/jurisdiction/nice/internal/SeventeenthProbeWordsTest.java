package hta.jurisdiction.nice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seventeenth outside probe's English wordings, in England's own words. Each with a harmless twin. */
class SeventeenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(EnglandNumberWords.WORDS, EnglandNumberWords.VAT,
            List.of(new SecretValue("nice-net", new BigDecimal("1898000"), SecretValue.Kind.AMOUNT, "GBP")), List.of());

    @Test
    void thouIsAThousand() {
        assertEquals(List.of("nice-net"), SCAN.found("Whether 1,898 thou per patient is value for money."));
        assertEquals(List.of(), SCAN.found("Whether 1,802 thou per patient is value for money."));
    }
}
