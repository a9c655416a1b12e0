package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "1,250" is 1250 or 1.25; a line that groups thousands with the same separator elsewhere ("2,600,000") says which
 * (issue 14, sixth outsider probe tc10). The ratio of a list price of 2,600,000 to an agreed price of 2,100,000 is
 * 1.2381, and 1.25 lies 0.96 % above it: within the tolerance, so "1,250" read as 1.25 was refused.
 */
class SeparatorStyleTest {
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(List.of(new SecretValue("pas",
            new BigDecimal("1.2380952"), SecretValue.Kind.NUMBER, BackCalculations.RATIO_TO_LIST)), List.of(), List.of(),
            List.of(), TestWords.NORDIC_AND_ENGLISH, null, List.of(new BigDecimal("0.2")), true));

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    @Test
    void aLineThatGroupsThousandsReadsOneGroupAsThousands() {
        for (String text : List.of("Table 4 (£) | list price 2,600,000 | administration 1,250 | monitoring per year 3,400",
                "Listepris 26.150.000 kr | administration 1.250 kr")) {
            assertEquals(List.of(), found(text), text);
        }
    }

    @Test
    void whereTheLineDoesNotSayItStaysAmbiguousAndRefuses() {
        for (String text : List.of("administration 1,250",
                // grouping on another line says nothing about this one
                "list price 2,600,000\nratio 1,250",
                // the comma is a decimal comma on this line too
                "Listepris 2,600,000 | dose 4,5 mg | forholdet 1,250",
                "The list price is 1.25 times the price paid (list price 2,600,000).")) {
            assertTrue(found(text).contains("pas"), text + ": " + found(text));
        }
    }
}
