package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Forms the fifth outsider probe found unread (issue 14): a scale stated once for a whole table or paragraph
 * ("Tall i tusen kroner", "(£000s)", "Belopp i tkr") and an ISO code with a lower-case thousands prefix
 * ("1 182 tNOK"); each with harmless twins.
 */
class DeclaredScalesTest {
    private static final SecretValue NOK = new SecretValue("no", new BigDecimal("1182400"), SecretValue.Kind.AMOUNT, "NOK");
    private static final SecretValue DKK = new SecretValue("dk", new BigDecimal("1495000"), SecretValue.Kind.AMOUNT, "DKK");
    private static final SecretValue GBP = new SecretValue("gb", new BigDecimal("2089860"), SecretValue.Kind.AMOUNT, "GBP");
    private static final SecretValue SEK = new SecretValue("se", new BigDecimal("18150000"), SecretValue.Kind.AMOUNT, "SEK");
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(List.of(NOK, DKK, GBP, SEK), List.of(), List.of(),
            List.of(), TestWords.NORDIC_AND_ENGLISH, null, List.of(new BigDecimal("0.25")), true));

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    private static void caught(String id, String... texts) {
        for (String text : texts) assertTrue(found(text).contains(id), "«" + text + "» found " + found(text));
    }

    private static void passed(String... texts) {
        for (String text : texts) assertEquals(List.of(), found(text), "«" + text + "»");
    }

    @Test
    void anIsoCodeWithALowerCasePrefix() {
        caught("no", "Prisen er 1182tNOK.", "Prisen er 1 182 tNOK.", "1182TNOK", "1,18 mNOK");
    }

    @Test
    void aScaleStatedOnceForATable() {
        caught("no", "Tall i tusen kroner. Tilbudt pris: 1 182. Komparator: 287.", "Kostnader (1000 NOK): legemiddel 1 182",
                "Beløp i tkr.\nLegemiddel | 1 182 | 1 182", "(NOK 1 000) 1 182,4");
        caught("gb", "Costs (£000s): list price 2,900; PAS price 2,090.", "£'000: 2,090", "Cost (in £ thousands): 2,090",
                "Costs in thousands of pounds: 2 090");
        caught("se", "Belopp i tkr. Nettopris 18 150, listpris 24 000.", "Belopp i miljoner kronor: 18,15");
        caught("dk", "Beløb i t.kr. SAIP 1.495.", "(1000 DKK) 1 495");
        // the same captions over numbers that are no confidential value, years, and scales with their own number
        passed("Tall i tusen kroner. Tilbudt pris: 950. Komparator: 287.", "Costs (£000s): 2,900 patients were treated.",
                "Tall i tusen kroner for 2025 og 2026.", "Prisen er 1 182 kroner per tusen innbyggere.",
                "Tusen takk for 1 495 svar.", "Costs (£000s) in 2030 and 2031.", "Mer enn tusen pasienter; 1 182 svarte.");
    }

    /**
     * A number's own scale word states no scale for the figures after it (issue 14, sixth probe tn01: "43,03 millioner
     * kroner per pasient" made "48 og 60 måneder" further down a page 48 million kroner), on the same line or the next.
     */
    @Test
    void aNumbersOwnScaleWordIsNoCaption() {
        passed("Maks-AUP er 43,03 millioner kroner per pasient. Oppfølgingsdata finnes for 1,18 og 5 år.",
                "Maks-AUP er 43,03 millioner\nkroner per pasient. Oppfølgingsdata finnes for 1,18 og 5 år.",
                "Prisen er 43,03 MNOK. Oppfølgingsdata finnes for 1,18 og 5 år.",
                "Costs were 2.9 million pounds; 1.18 and 5 years of follow-up.");
        // a caption after a number with its own scale still states one
        caught("no", "Maks-AUP er 43,03 millioner kroner. Tall i millioner kroner: 1,18 og 5.",
                "Beløp i millioner kroner: 1,18 og 5 år.");
    }

    /**
     * Under a thousands caption, "2,600" is 2,600 thousand; its reading as 2.600 (a decimal comma) would make the
     * caption give back £2,600 to the pound, with three decimals of precision the grouped number does not claim
     * (issue 14, sixth probe te10: the list price in thousands read as a net price of 1,898,000 spread over two
     * years, per day).
     */
    @Test
    void aThousandsCaptionDoesNotTurnAGroupedNumberIntoDecimals() {
        LeakIndex net = LeakIndex.of(new LeakModel(List.of(new SecretValue("gb-net", new BigDecimal("1898000"),
                SecretValue.Kind.AMOUNT, "GBP")), List.of(), List.of(), List.of(), TestWords.NORDIC_AND_ENGLISH, null,
                List.of(new BigDecimal("0.2")), true));
        java.util.function.Function<String, List<String>> scan = text -> net.scan("t", text).stream()
                .map(LeakFinding::valueId).distinct().collect(Collectors.toList());
        String harmless = "Table 12 (£000s) | Drug cost at list price: 2,600 | Administration: 3.2";
        assertEquals(List.of(), scan.apply(harmless), harmless);
        for (String harmful : List.of("Table 12 (£000s) | Drug cost at the PAS price: 1,898 | Administration: 3.2",
                "Tall i tusen kroner. Legemiddel: 1 898,0")) {
            assertTrue(scan.apply(harmful).contains("gb-net"), harmful + ": " + scan.apply(harmful));
        }
    }
}
