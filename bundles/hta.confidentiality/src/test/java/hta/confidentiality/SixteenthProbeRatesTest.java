package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the sixteenth outside probe's largest class: another country's public price at the rate its sentence
 * prints, less or plus an amount, or a percentage of it or below it; in the five memo languages, with harmless
 * twins (the confidential price moved, so the same arithmetic meets nothing) and a public price converted as such.
 */
class SixteenthProbeRatesTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-agreed", "29950000", "NOK"), amount("smc-pas", "2100000", "GBP"),
                    amount("se-net", "24500000", "SEK"), amount("dk-saip", "19500000", "DKK")),
            List.of(price("no-max", "43028738", "NOK"), price("uk-list", "2600000", "GBP"),
                    price("se-list", "33000000", "SEK"), price("dk-aip", "26150000", "DKK")),
            List.of(), List.of(), "0.25");

    private static PublicValue price(String id, String value, String currency) {
        return new PublicValue("price:" + id, new BigDecimal(value), SecretValue.Kind.AMOUNT, currency);
    }

    @Test
    void anotherCountrysPriceLessOrPlusAnAmountAtThePrintedRate() {
        SCAN.caught("no-agreed", "Omregnet med 1 SEK = 1,02 NOK ligger tilbudet 3,71 millioner kroner under den svenske listeprisen.",
                "Uten mva. ligger tilbudet 16,57 millioner kroner under dansk AIP omregnet til 1,55 NOK per DKK.");
        SCAN.caught("se-net", "Det regionerna betalar ligger 15,25 miljoner kronor under dansk AIP omräknat till svenska kronor (1,52 SEK per DKK).");
        SCAN.caught("dk-saip", "Omregnet (1 DKK = 1,55 NOK) betaler regionerne 12,80 mio. NOK mindre end den norske maksimale AUP.");
        SCAN.caught("smc-pas", "At SEK 13.20 to the pound, the Scottish price is £400k below the Swedish list price.");
        SCAN.passed("Omregnet med 1 SEK = 1,02 NOK ligger tilbudet 0,30 millioner kroner under den svenske listeprisen.",
                "Det regionerna betalar ligger 4,1 miljoner kronor under dansk AIP omräknat till svenska kronor (1,52 SEK per DKK).",
                "At SEK 13.20 to the pound, the Scottish price is £112k below the Swedish list price.",
                // the public price converted, and nothing taken from it
                "I svenske kroner (1,49 SEK pr. DKK) svarer AIP til 38,96 mio. SEK.");
    }

    @Test
    void aPercentageOfAnotherCountrysPriceAtThePrintedRate() {
        SCAN.caught("no-agreed", "Tilbudet tilsvarer 86,0 prosent av den britiske listeprisen på 2,6 millioner pund (kurs 13,40 NOK/GBP).");
        SCAN.caught("smc-pas", "Boards pay 65.4 per cent of the Norwegian maximum pharmacy price (converted at NOK 13.40 per pound).");
        SCAN.caught("no-agreed", "Omregnet med 1,53 NOK per DKK ligger det sykehusene betaler 25,1 prosent under dansk AIP.");
        SCAN.passed("Tilbudet tilsvarer 97,8 prosent av den britiske listeprisen på 2,6 millioner pund (kurs 13,40 NOK/GBP).",
                "Boards pay 74.4 per cent of the Norwegian maximum pharmacy price (converted at NOK 13.40 per pound).",
                // a share of patients is no share of a price; a VAT rate is public
                "Med 25 % mva. og 1,53 NOK per DKK er dansk AIP inklusive mva. 61,2 millioner kroner.");
    }
}
