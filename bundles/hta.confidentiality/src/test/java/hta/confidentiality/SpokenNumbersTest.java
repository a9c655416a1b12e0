package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers as writers say them (issue 14, the lead's brief of the fourth session): a whole and a half in every memo
 * language ("halvannen million", "en och en halv miljon", "one and a half million", "to og en halv million"), a
 * number glued to a compound noun ("en 18,15-millionersbehandling"), a zero said "oh" among spelled decimals, a
 * length of time in two units ("4 år og 1,5 måneder"), and a range narrow enough that its midpoint pins a value.
 * Harmless twins: people counted in one and a half millions, other compounds, other amounts, a wide range.
 */
class SpokenNumbersTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("compound", "18150000", "NOK"), amount("oh", "2090000", "GBP"),
                    amount("thousands", "1182000", "NOK"),
                    new SecretValue("cost-neutral", new BigDecimal("4.125"), SecretValue.Kind.NUMBER, "years")),
            List.of(), List.of(), List.of(), "0.25");
    private static final ScanAssertions HALVES = ScanAssertions.of(
            List.of(amount("one-and-a-half", "1520000", "NOK"), amount("two-and-a-half", "2530000", "NOK")),
            List.of(), List.of(), List.of(), "0.25");
    private static final ScanAssertions RANGES = ScanAssertions.of(List.of(amount("agreed", "1182500", "NOK")),
            List.of(), List.of(), List.of(), "0.25");

    @Test
    void aWholeAndAHalfIsReadInEveryMemoLanguage() {
        // before: "halvannen", "halvanden" and "en och en halv" were not read at all, and "one and a half million"
        // was read as "a half million"
        HALVES.caught("one-and-a-half", "Avtaleprisen er halvannen million kroner.", "Avtaleprisen er halvannen millioner kroner.",
                "Aftaleprisen er halvanden million kroner.", "Avtalspriset är en och en halv miljon kronor.",
                "The agreed price is one and a half million pounds.", "Prisen er 1 og en halv million kroner.",
                "Aftaleprisen er knap halvanden million kroner.", "Avtaleprisen er om lag halvannen million kroner.",
                "Priset är drygt en och en halv miljon kronor.");
        HALVES.caught("two-and-a-half", "Avtaleprisen er to og en halv million kroner.", "The price is two and a half million.",
                "Priset är två och en halv miljon kronor.");
        // a count of people is not money; another amount is not the value
        HALVES.passed("Omkring halvanden million danskere er over 70 år.",
                "Omkring en och en halv miljon svenskar har diabetes.", "Nine and a half thousand patients were treated.",
                "Listeprisen er elleve og en halv million kroner.", "Prisen er en halv million kroner.");
    }

    @Test
    void aNumberGluedToACompoundNounIsReadWithItsScale() {
        SCAN.caught("compound", "Det är en 18,15-miljonersbehandling.", "Det er en 18,15-millionersbehandling.",
                "Det er en 18,15-millionersbehandling for regionene.", "It is an £18.15-million treatment.");
        // glued units of thousands and millions of kroner (read before too)
        SCAN.caught("thousands", "Prisen er 1182tNOK.", "Prisen er 1 182 tNOK.", "Prisen er 1,182MNOK.");
        SCAN.passed("Det er en 24,5-millionersbehandling.", "Det er en 18,15-timersvakt.", "Prisen er 1450tNOK.");
    }

    @Test
    void aZeroSaidOhIsADecimalDigit() {
        SCAN.caught("oh", "The price is two point oh nine million pounds.", "The price is two point zero nine million pounds.");
        SCAN.passed("The price is two point oh five million pounds.", "Oh, the price is two million pounds.");
    }

    @Test
    void aLengthOfTimeInTwoUnitsIsOneDuration() {
        SCAN.caught("cost-neutral", "Behandlingen er kostnadsnøytral etter 4 år og 1,5 måneder.",
                "Cost neutrality is reached after 4 years and 1.5 months.", "Behandlingen är kostnadsneutral efter 4 år och 1,5 månader.",
                "It is cost neutral after 4 years, 1.5 months.");
        SCAN.passed("Behandlingen er kostnadsnøytral etter 4 år og 6 måneder.",
                "Cost neutrality is reached after 4 years and 3 months.");
    }

    @Test
    void aRangeNarrowEnoughToPinAValueByItsMidpointIsCaught() {
        // each end lies more than 1 % from the value; the midpoint is the value
        RANGES.caught("agreed", "Avtaleprisen ligger mellom 1,165 og 1,2 millioner kroner.",
                "The agreed price lies between 1.165 and 1.2 million pounds.", "Prisen ligger mellom 1,17 og 1,195 millioner kroner.",
                "Prisen er 1,165–1,2 millioner kroner.");
        RANGES.passed("Andre behandlinger koster mellom 2,1 og 3,4 millioner kroner.",
                "Prisen ligger mellom 1,1 og 1,3 millioner kroner.", "Prisen er 1,16 millioner kroner.");
    }
}
