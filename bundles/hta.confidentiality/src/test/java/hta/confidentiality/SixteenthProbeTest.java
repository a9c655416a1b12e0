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

    @Test
    void aPrefixedCurrencyCodeInLowerCase() {
        SCAN.caught("no-agreed", "Sluttbud fra leverandør: 29,95 mnok pr. behandling.", "Tilbudet er 29 950 tnok.",
                "Sluttbud: 0,02995 mrdnok.");
        SCAN.caught("se-net", "Slutbud: 24,5 msek per behandling.");
        SCAN.caught("smc-pas", "The final offer was 2.1 mgbp per patient.");
        SCAN.passed("Sluttbud fra leverandør: 34,05 mnok pr. behandling.", "Slutbud: 41,3 msek per behandling.",
                // a word that ends in letters of a code the scanner does not convert, or in none
                "I tabellen står 29,95 tall.", "Fristen er 29. mars.", "Studien varte 29,95 mnd.");
    }

    @Test
    void aDoubledOrStraySeparatorBetweenDigits() {
        SCAN.caught("no-agreed", "Sykehusene betaler 29,,95 millioner kroner per behandling.",
                "Sykehusene betaler 29..95 millioner kroner per behandling.",
                "Sykehusene betaler 29, ,95 millioner kroner per behandling.");
        SCAN.caught("smc-pas", "Boards pay £2,,100,000 per treatment.", "Boards pay £2.,1 million per treatment.");
        SCAN.passed("Sykehusene betaler 34,,05 millioner kroner per behandling.",
                "Sykehusene betaler 34..05 millioner kroner per behandling.", "Boards pay £2,,750,000 per treatment.",
                // a list or a range typed with doubled marks
                "Se punkt 1,,2 og 3 i vedlegget.", "Versjon 2..10 av modellen ble brukt.");
    }

    @Test
    void theLettersSBAndZTypedForDigitsInsideAGroup() {
        SCAN.caught("no-agreed", "Pris per pasient kr 29 9S0 000", "Avtalt pris: 29.9S0.000 kroner.");
        SCAN.caught("dk-saip", "Prisen er 19 S00 000 kr. pr. patient.");
        SCAN.caught("no-comparator", "Komparatoren koster kr 3 1Z0 000 i året.");
        SCAN.caught("no-agreed:below", "Rabatten utgjør 13 07B 738 kroner.");
        SCAN.passed("Pris per pasient kr 34 0S3 000", "Prisen er 26 S00 000 kr. pr. patient.",
                // letters beside digits that are no group of a number
                "Fase 2S0-studien inkluderte 120 pasienter.", "Pasienter i stadium S5 ble ekskludert.",
                "Vitamin B12 ble gitt til 2B3 pasienter i Z-gruppen.");
    }

    @Test
    void aMultiplierInACaption() {
        SCAN.caught("no-agreed", "Kostnad (kr x 1000): maks-AUP 43 029 – tilbud 29 950.",
                "Kostnad (NOK × 1 000): maks-AUP 43 029 – tilbud 29 950.", "Kostnad (x 1000 kr): tilbud 29 950.",
                "Kostnad i 1000 kr: tilbud 29 950.", "Kostnad (kr x 1 000 000): tilbud 29,95.");
        SCAN.caught("smc-pas", "Cost (£ x 1,000): list price 2,600 – offer 2,100.");
        SCAN.passed("Kostnad (kr x 1000): maks-AUP 43 029 – tilbud 34 053.",
                "Cost (£ x 1,000): list price 2,600 – offer 1,450.",
                // a multiplier of something else than money, or by another number
                "Dosen (mg x 2) ble gitt 29 950 ganger.", "Dose (mg x 1000): 29 950 i alt.",
                "Kostnad (kr x 12): 29 950 i alt.");
    }

    @Test
    void aLengthOfTimeGivenAsTwoExactDatesOfASentence() {
        SCAN.caught("no-neutral", "Terskelanalyse: infusjon 15.03.2026 – kostnadsnøytral 20.10.2035.",
                "Modellen: infusjon 2026-03-01, kostnadsnøytral 2035-10-06.",
                "Threshold analysis: infusion 15/03/2026, cost-neutral 20/10/2035.",
                "Terskelanalyse: infusjon 1. mars 2026, kostnadsnøytral 6. oktober 2035.",
                "Threshold analysis: infusion on 1 March 2026, cost-neutral on 6 October 2035.",
                "Threshold analysis: infusion on March 1, 2026, cost-neutral on October 6, 2035.",
                "Terskelanalyse (infusjon–kostnadsnøytral): 15.03.2026–20.10.2035.", "Modellen: 2026-03-01–2035-10-06.",
                // an exact date and a month
                "Ved infusjon 15.03.2026 blir behandlingen kostnadsnøytral i oktober 2035.");
        SCAN.passed("Terskelanalyse: infusjon 15.03.2026 – kostnadsnøytral 20.10.2031.",
                "Modellen: infusjon 2026-03-01, kostnadsnøytral 2031-10-06.",
                "Threshold analysis: infusion 15/03/2026, cost-neutral 20/10/2031.",
                "Threshold analysis: infusion on March 1, 2026, cost-neutral on October 6, 2031.",
                "Terskelanalyse: infusjon 1. mars 2026, kostnadsnøytral 6. oktober 2031.",
                // exact dates set the span to the day: nine years and almost nine months is no 9.6 years
                "Terskelanalyse: infusjon 1. mars 2026, kostnadsnøytral 28. november 2035.",
                // dates of different sentences, and one date alone
                "Infusjon 15.03.2026. Kostnadsnøytral analyse oppdatert 20.10.2035.",
                "Avtalen ble inngått 15.03.2026.", "The agreement was signed on March 1, 2026.");
    }
}
