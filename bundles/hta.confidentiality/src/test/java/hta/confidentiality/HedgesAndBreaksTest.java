package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hedged forms read with their rounding interval (issue 14, fourth probe: "roughly £1¾ million" for a net price of
 * £1 763 000 from a confidential discount), a number broken by more than one line, and a rate word a few words
 * after its amount. Harmless twins: hedged amounts that are no value, a broken number that is none, an amount whose
 * rate word makes it no value.
 */
class HedgesAndBreaksTest {
    private static final BigDecimal NICE_LIST = new BigDecimal("2150000");
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(new SecretValue("pas", new BigDecimal("18"), SecretValue.Kind.PERCENTAGE, "percent"),
                    amount("agreed", "1185000", "NOK"), amount("yearly", "26340000", "NOK"),
                    amount("split", "28700000", "NOK"), amount("third", "75000", "NOK")),
            List.of(listPrice("nice-list", "2150000"), listPrice("no-list", "1600000")),
            List.of(new Derivation("pas", "list price × (1 − discount), the net price", NICE_LIST.negate().movePointLeft(2),
                    NICE_LIST, SecretValue.Kind.AMOUNT, "GBP")),
            List.of(), "0.2");

    @Test
    void aHedgedAmountIsReadWithItsRoundingInterval() {
        // the net price 1 763 000 is 0.7 % from 1.75 million: "roughly" lets the arithmetic miss by the tolerance
        SCAN.caught("pas", "With the discount the net price is roughly £1¾ million.",
                "With the discount the net price is roughly £1.75 million.", "The net price is approximately £1.75m.");
        SCAN.caught("agreed", "Avtaleprisen er knapt 1,2 millioner kroner.", "Avtaleprisen ligger i overkant av 1,18 mill. kroner.",
                "Avtalepriset är strax under 1,19 miljoner kronor.");
        SCAN.passed("The list price is roughly £2½ million.", "The net price is roughly £1½ million per course.",
                "Avtaleprisen er knapt 1,3 millioner kroner.", "Prisen ligger i overkant av 1,25 mill. kroner.");
    }

    @Test
    void aNumberBrokenByMoreThanOneLineIsJoined() {
        SCAN.caught("split", "Avtaleprisen er 28 7\n00 0\n00 kr.", "Prisen er NOK 28.70\n0.0\n00.", "28\n700\n000 kroner",
                "Prisen er 28 \n700 0\n00 kr.");
        // a piece after a break that begins with a zero is no number alone: "1\n025 000" is not 25 000 (a third of 75 000)
        SCAN.passed("Forløpet koster 1\n025 000 kr i alt.");
        SCAN.passed("Se tabell 28\n7\n00 for detaljer.", "Telefon 22 7\n00 0\n11.");
    }

    @Test
    void aRateWordAFewWordsAfterItsAmountMakesItARate() {
        // 2,2 million a month is 26,4 million a year: the yearly cost to 2 %, which its twelfth alone cannot show
        SCAN.caught("yearly", "Behandlingen koster 2,2 millioner kroner per pasient i måneden.",
                "Treatment costs NOK 2.2 million for each patient a month.",
                "Behandlingen kostar 2,2 miljoner kronor per patient och månad.");
        // a counted noun that names a length of time ("person-years") is no rate of its own: the month after it is
        // (LeakCorpusIT: «1.9 mil pound a person-years a months» leaked a yearly price as a yearly rate)
        SCAN.caught("yearly", "Treatment costs 2.2 mil kroner a person-years a months.",
                "Treatment costs NOK 2.2 million per person-years per month.");
        SCAN.passed("Behandlingen koster 2,2 millioner kroner per pasient.",
                "Behandlingen koster 3,4 millioner kroner per pasient i måneden.");
    }
}
