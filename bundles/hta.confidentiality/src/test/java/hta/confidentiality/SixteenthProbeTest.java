package hta.confidentiality;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the classes of leak the sixteenth outside probe found, each with harmless twins: a length of time given
 * as two exact dates, the Nordic words for double, lower-case prefixed currency codes, a doubled separator, the
 * letter S typed for a five, a multiplier in a caption.
 */
class SixteenthProbeTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries(
            new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years"));

    @Test
    void theNordicWordsForDoubleMultiplyTheirSentencesFigures() {
        SCAN.caught("no-neutral", "Genterapien må virke dobbelt så lenge som de 57,6 månedene i studien.",
                "Genterapin måste verka dubbelt så länge som de 57,6 månaderna i studien.",
                "Genterapien skal virke i det dobbelte af de 57,6 måneder.");
        SCAN.caught("dk-saip", "Prisen er dobbelt så høj som de 9,750 mio. kr., der blev tilbudt.",
                "Prisen er det dobbelte af de 9,750 mio. kr.");
        SCAN.caught("uk-discount", "Rabatten er den dobbelte av 13,5 prosent.");
        SCAN.passed("Genterapien må virke dobbelt så lenge som de 65,5 månedene i studien.",
                "Genterapin måste verka dubbelt så länge som de 65,5 månaderna i studien.",
                "Prisen er dobbelt så høj som de 7,3 mio. kr., der blev tilbudt.",
                // "dobbelt så mange" of a count, other figures in the sentence
                "Studien hadde dobbelt så mange pasienter som de 48 i pilotstudien, og kostet 14,2 millioner kroner.",
                "Vi ga en dobbel dose på 2 mg til 14 pasienter.", "Dobbeltblind studie med 120 pasienter over 24 måneder.");
    }
}
