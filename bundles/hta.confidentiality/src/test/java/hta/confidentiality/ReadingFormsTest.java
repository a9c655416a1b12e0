package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The renderings an outsider's probe found unread (issue 14, second round), each with harmless look-alikes:
 * thousands-of-currency abbreviations and the Indian grouping, fractions in digits and in words, digit runs broken
 * by a line anywhere, spelled-out decimals, amounts per period, and people counted in millions.
 */
class ReadingFormsTest {
    private static final SecretValue NOK = new SecretValue("no", new BigDecimal("28700000"), SecretValue.Kind.AMOUNT, "NOK");
    private static final SecretValue SEK = new SecretValue("se", new BigDecimal("26340000"), SecretValue.Kind.AMOUNT, "SEK");
    private static final SecretValue DKK = new SecretValue("dk", new BigDecimal("21180000"), SecretValue.Kind.AMOUNT, "DKK");
    private static final SecretValue GBP = new SecretValue("gb", new BigDecimal("2245000"), SecretValue.Kind.AMOUNT, "GBP");
    private static final SecretValue INR = new SecretValue("in", new BigDecimal("12345678"), SecretValue.Kind.AMOUNT, "INR");
    private static final SecretValue SHARE = new SecretValue("share", new BigDecimal("66.7"), SecretValue.Kind.PERCENTAGE, "percent");
    private static final SecretValue CUT = new SecretValue("cut", new BigDecimal("33.3"), SecretValue.Kind.PERCENTAGE, "percent");
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(List.of(NOK, SEK, DKK, GBP, INR, SHARE, CUT),
            List.of(new PublicValue("list", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)), List.of(),
            List.of(new BigDecimal("28")), TestWords.NORDIC_AND_ENGLISH, null, List.of(new BigDecimal("0.25")), true));

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
    void thousandsOfCurrencyAndTheIndianGrouping() {
        caught("no", "Tilbudt RHF-AUP er 28 700 kkr per behandling.", "Prisen er 28 700 tkr.", "28.700 t.kr. pr. behandling",
                "0,0287 mdkr", "MNOK 28,7", "28,7 MNOK");
        caught("se", "Nettopriset är 26 340 tkr. per behandling.", "26,34 MSEK", "SEK 26.34m", "26 340 KSEK");
        caught("gb", "The PAS price was £22,45,000 per patient.", "22,45,000");
        caught("in", "₹1,23,45,678", "Rs. 1,23,45,678.00");
        passed("Telefon 22 45 00 00", "22,45 mg/kg", "1,23,45 og 678", "Sak 22/45, 000-nummer");
    }

    @Test
    void fractionsGluedToANumberOrAlone() {
        caught("gb", "The PAS price is about £2¼ million per patient.", "£2 ¼ million", "2¼ mill. pund");
        caught("no", "Avtaleprisen er 28⁷⁄₁₀ millioner kroner per pasient.", "28 7/10 millioner kroner", "28⁷/₁₀ mill. kr");
        caught("share", "Avtaleprisen utgjør knapt 2/3 av maksimal AUP.", "⅔ av listeprisen", "²⁄₃ of the list price");
        caught("cut", "Rabatten er ⅓.", "1/3 under listeprisen");
        // a share of a population, a case number, a date, a ratio of counts: not a price
        passed("2/3 av pasientene svarte", "⅔ of the patients", "sak 26/34", "24/7", "1/2-2025", "12/10", "¼ tablett");
    }

    @Test
    void aRaisedCharacterAfterALongPlainTextIsRead() {
        // a footnote mark, then characters a reader sees as several ("…" is "...", "ﬁ" is "fi"), then a fraction:
        // the reader's buffer grows in between (LeakCorpusIT seed 47403616809541 stopped an export on such a page)
        String filler = "Vurdert … ".repeat(20);
        caught("gb", "Note¹ " + filler + "The PAS price is about £2¼ million per patient.");
        passed("Note¹ " + filler + "About 30½ admissions a year.");
    }

    @Test
    void fractionsInWordsAreRatios() {
        caught("share", "Avtaleprisen er to tredjedeler av maksimal AUP.", "two thirds of the list price",
                "two-thirds of the list price", "Nettopriset är två tredjedelar av listpriset.");
        caught("cut", "Prisen ligger om lag en tredjedel under maksimal AUP.", "a third below the list price",
                "one-third below the list price", "en tredjedel lägre");
        // what is paid for every pound of the list price, in pence: 66.7 % of it (the complement of the 33.3 % cut,
        // itself a confidential share in this index)
        caught("share", "The NHS pays 66.7p for every pound of the list price.", "66,7p per krone", "66.7c on the dollar");
        passed("En tredjedel av pasientene svarte.", "A third of the patients responded.", "In the third year.",
                "the first quarter of 2025", "Halvparten av pasientene fikk bivirkninger.");
    }

    @Test
    void aDigitRunBrokenByALineAnywhere() {
        caught("no", "Avtaleprisen er 28 70\n0 000 kr.", "Fagdirektør (avtalepris 28 70\n0 000 kr)", "28.700.\n000 kr",
                "28 700 0\n00 kr", "28 7\n00 000 NOK", "2\n8 700 000 kr", "287000\n00 kr", "28.700\n.000 kr", "28 700 00-\n0 kr");
        // a round value keeps its rounding when split: "2 100 000" stands for [2 050 000, 2 150 000)
        SecretValue round = new SecretValue("round", new BigDecimal("2100000"), SecretValue.Kind.AMOUNT, "DKK");
        LeakIndex roundIndex = LeakIndex.of(List.of(round), List.of(), TestWords.NORDIC_AND_ENGLISH);
        for (String text : List.of("2 1\n00 000 kr", "2 100\n000 kr", "2.100.\n000 kr", "2\n100 000 kr")) {
            assertEquals(1, roundIndex.scan("t", text).size(), text);
        }
        caught("dk", "Den aftalte pris er 21.180.\n000 kr. pr. patient.", "21 18\n0 000 kr", "21.1\n80.000 kr");
        // two numbers on two lines that join into no well-formed number, or into one no value is near
        passed("Tabell 2\n9 400 000 kr gjelder et annet legemiddel.", "I 2024.\n2025 ble 21 180 resepter ekspedert.",
                "side 28\n7 000 kroner i tilskudd", "28,7\n0,5");
    }

    @Test
    void spelledOutDecimals() {
        caught("dk", "Den aftalte pris er enogtyve komma atten millioner kroner.", "enogtyve komma en otte millioner kroner");
        caught("no", "Avtaleprisen er tjueåtte komma sju millioner kroner.");
        caught("se", "Nettopriset är tjugosex komma tre fyra miljoner kronor.");
        caught("no", "The price is twenty-eight point seven million pounds.");
        passed("tjueåtte komma sju milligram", "twenty-eight point seven mg/kg");
    }

    @Test
    void anAmountPerPeriodIsReadWithItsPeriod() {
        caught("se", "Nettopriset motsvarar cirka 2,2 miljoner kronor i månaden under det första behandlingsåret.",
                "2,2 mkr per månad", "2,2 miljoner kronor/mån", "i månaden: 2,2 miljoner kronor",
                "506 tkr i veckan");
        caught("no", "Prisen er 2,4 mill. kr pr. mnd.", "2,4 millioner kroner i måneden", "Per måned 2,4 mill. kr.",
                "£2.4m pcm", "2.4 million pounds a month");
        // a round amount per month that is no twelfth of a confidential price, and an amount per year
        passed("Kostnaden er 1,9 mill. kr i måneden.", "Tilskuddet er 2,4 mill. kr per år.", "£2.9m pcm");
    }

    @Test
    void peopleCountedInMillionsAreNotMoney() {
        passed("Cirka 2,2 miljoner människor i Sverige har en kronisk sjukdom.",
                "Cirka 2,2 miljoner vuxna svenskar har en kronisk sjukdom.", "About 2.2 million people in Scotland.",
                "Around 2.2 million inhabitants", "2,2 millioner innbyggere", "2,2 millioner mennesker",
                "2,2 millioner danskere", "2,2 miljoner invånare");
        // a hyphened count noun is read whole, not as its first part (LeakCorpusIT: «17 million life-years»)
        passed("About 2.2 million person-years of follow-up.");
        // a title or bookmark cut short still says what is counted
        passed("Hemgenix 2,2 millions prescriptio…", "2,2 miljoner männi…", "Hemgenix 2,2 millions prescriptio");
        // a share of the population, its noun cut short in a shortened title: a share, not what is paid (66.7 %)
        passed("Kanarifugl 66,7 % befolkninge…", "Kanarifugl 66,7 % befolkninge XYZ", "66,7 % of the populatio…");
        caught("share", "Kanarifugl 66,7 % af listepri…");
        caught("gb", "Hemgenix 2,2 millions pou…", "Cirka 2,2 miljoner kronor", "about 2.2 million pounds", "2,2 millioner til pasientene");
    }
}
