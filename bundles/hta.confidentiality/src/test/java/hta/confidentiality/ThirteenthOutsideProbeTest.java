package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.util.List;
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
        // a sum or mean is the writer's arithmetic, exact to its printed digits: near is not it
        for (String text : new String[] {"Gjennomsnittet av maksimal AUP og prisen i Sverige er 38,1 millioner kroner.",
                "Gjennomsnittet av maksimal AUP og den svenske listeprisen er 36,25 millioner kroner."}) {
            assertEquals(List.of(), DossierDerivationsTest.found(norway(), text), text);
        }
    }

    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();

    @Test
    void aPriceGrownOrDiscountedAtARateOverYears() {
        SCAN.caught("no-agreed", "Med 2 prosent årlig prisjustering i tre år må sykehusene betale 31,78 millioner kroner i 2029.",
                "Betalt om seks år tilsvarer avtaleprisen en nåverdi på 25 082 655 kroner ved 3 prosent diskonteringsrente.");
        SCAN.caught("se-net", "Med 3 procents årlig indexering i två år betalar regionerna 25 992 050 kronor 2027.");
        SCAN.caught("dk-saip", "Med 2 % årlig prisregulering i tre år bliver det, regionerne betaler, 20,69 mio. kr. i 2027.");
    }

    @Test
    void aShareOfANamedPublicPriceThenAnAmountOff() {
        SCAN.caught("no-agreed", "Maksimal AUP reduseres først med 20 prosent, og deretter trekkes 4 472 990 kroner fra.");
        SCAN.caught("se-net", "Listpriset sänks först med 10 procent, och därefter dras 5,2 miljoner kronor av för regionerna.");
        SCAN.caught("dk-saip", "AIP nedsættes først med 10 procent, og derefter fratrækkes 3 mio. kr. for regionerne.");
        SCAN.caught("smc-pas", "Boards pay the list price reduced by 10 per cent and then by a further £240,000.");
        SCAN.caught("uk-discount", "The NHS pays the list price reduced by a quarter and then by a further £52,000.");
        SCAN.passed("Listpriset sänks först med 10 procent, och därefter dras 4,1 miljoner kronor av för regionerna.");
    }

    /** A rate printed per a hundred of a currency is the memo's own rate, not a reference rate's ±8 % guess. */
    @Test
    void anExchangeRatePerAHundred() {
        ScanAssertions scan = ScanAssertions.fiveCountries(amount("no-budget-y4", "36880000", "NOK"));
        scan.passed("Med 100 DKK = 147,5 SEK svarer AIP til 36,88 mio. SEK.");
        scan.caught("dk-saip", "Med 100 DKK = 147,5 SEK betaler regionerne 28,76 mio. SEK.");
    }

    @Test
    void aDecimalAsWrittenAndSoManyOfAPercentage() {
        SCAN.caught("se-net:below", "Avdraget från listpriset motsvarar 0,085 procent av regionernas läkemedelskostnader på 10 miljarder kronor.");
        SCAN.caught("dk-saip", "Regionernes betaling svarer til 0,13 % af regionernes samlede medicinudgift på 15 mia. kr.");
        SCAN.caught("no-comparator", "Dagens profylakse bruker 4 millioner IE faktor IX i året til 0,78 kroner per IE.");
        SCAN.caught("uk-discount", "The NHS pays 73 p.c. of the list price.",
                "The reduction for the NHS is twice the 13.5% offered in the original submission.");
        assertTrue(DossierDerivationsTest.found(norway(), "Reduksjonen fra maksimal AUP er to tredjedeler av de 45,6 "
                + "prosentene leverandøren først ble bedt om.").stream().anyMatch(id -> id.startsWith("agreed")));
        SCAN.passed("Twice the 12.5% of patients who relapsed needed a second course.");
    }

    /**
     * A field another country's memo prints ("usikkerheter" in the English company submission): the other language's
     * short number word before one of its units is read ("minus tre tideler"), its short words alone are not.
     */
    @Test
    void aQuotedLanguagesShortNumberBeforeAUnit() {
        NumberWords english = NumberWords.spelledOutIn("en").withScale(6, "million").withMoney("pounds")
                .withPercent("percent").withFraction(10, "tenths");
        NumberWords norwegian = NumberWords.spelledOutIn("nb").withScale(6, "millioner").withMoney("kroner")
                .withPercent("prosent").withFraction(10, "tideler", "tidel");
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(new SecretValue("no-discount", new BigDecimal("30"),
                SecretValue.Kind.PERCENTAGE, "percent")), List.of(), List.of(), List.of(), english.and(norwegian.quoted()),
                new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));
        assertEquals(List.of("no-discount"), index.scan("t", "Det er usikkert om sykehusene fortsatt vil betale maksimal AUP "
                + "minus tre tideler etter 2028.").stream().map(LeakFinding::valueId).distinct().toList());
        assertTrue(index.scan("t", "The patients went to the clinic to receive three doses.").isEmpty());
    }
}
