package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The renderings and derivations of issue 14 that the old scanner let through, and the harmless look-alikes it
 * refused: each caught or passed by the full model (written forms and the writer's arithmetic, ±1 %).
 */
class BackCalculationTest {
    private static final SecretValue NET = new SecretValue("net", new BigDecimal("11837265"), SecretValue.Kind.AMOUNT, "NOK");
    private static final SecretValue PAS = new SecretValue("pas", new BigDecimal("36.87"), SecretValue.Kind.PERCENTAGE, "percent");
    private static final SecretValue YEARS = new SecretValue("cost-neutral", new BigDecimal("4.8"), SecretValue.Kind.NUMBER, "years");
    private static final BigDecimal LIST = new BigDecimal("18745000");
    private static final LeakModel MODEL = new LeakModel(List.of(NET, PAS, YEARS),
            List.of(new PublicValue("price:list", LIST, SecretValue.Kind.AMOUNT),
                    new PublicValue("patients:1", new BigDecimal("120"), SecretValue.Kind.NUMBER)),
            List.of(new Derivation("pas", "list price × (1 − discount), the net price", LIST.negate().movePointLeft(2), LIST,
                    SecretValue.Kind.AMOUNT)),
            List.of(new BigDecimal("120"), new BigDecimal("28")), TestWords.NORDIC_AND_ENGLISH, new BigDecimal("0.01"),
            List.of(new BigDecimal("0.25")), true);
    private static final LeakIndex INDEX = LeakIndex.of(MODEL);

    private static List<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    @Test
    void everyRenderingOfTheIssueIsCaught() {
        for (String text : List.of("1,18e7 kr", "1.18374E+07", "1,18374·10^7", "1,1837265×10⁷", "11 millioner 837 tusen 265 kroner",
                "11 mill. 837 265", "11,837265 mill.", "0,0118 mrd. kr", "11·837·265", "11_837_265", "11-837-265",
                "11\u200B837\u200B265", "11\u00AD837\u00AD265",
                // an invisible character where one group space belongs: the page shows "11837 265", read as meant
                "11\u00AD837\u00A0265 kr", "11\u200B837 265 NOK", "11\u2060837 265", "1\u03011 837 265", "¹¹ ⁸³⁷ ²⁶⁵", "１１ ８３７ ２６５",
                "elleve millioner åtte hundre og trettisju tusen to hundre og sekstifem kroner",
                "elleve millioner åtte hundre og trettisju tusen kroner", "eleven million eight hundred thirty-seven thousand",
                "11 837\n265 NOK", "| 11 837 | 265 |")) {
            assertTrue(found(text).contains("net"), "«" + text + "» found " + found(text));
        }
        // a field without text (a narrative not written yet) has nothing to find; the workbench's Problems scans it
        assertEquals(List.of(), INDEX.scan("t", null));
    }

    @Test
    void derivationsWritersUseAreCaught() {
        for (String text : List.of("inkl. mva 14 796 581 kr", "eks. mva 9 469 812 kr", "per måned 986 439 kr",
                "per dag 32 431 kr", "fem år: 59 186 325 kr", "dobbelt: 23 674 530 kr", "per pasient 98 644 kr",
                "per pakning 422 759 kr", "nettoprisen er 11,8 mill. kr")) {
            assertTrue(found(text).contains("net"), "«" + text + "» found " + found(text));
        }
        // the PAS discount: rounded to two digits, as a ratio, in words, in percentage points, with list × (1 − d)
        for (String text : List.of("37 %", "36,87-prosents rabatt", "0,3687", "36,9 prosent", "36.87 percentage points",
                "trettiseks komma åtte sju prosent", "netto 11,83 mill. kr")) {
            assertTrue(found(text).contains("pas"), "«" + text + "» found " + found(text));
        }
        for (String text : List.of("4,8 år", "57 måneder", "250 uker", "1 753 dager")) {
            assertTrue(found(text).contains("cost-neutral"), "«" + text + "» found " + found(text));
        }
    }

    @Test
    void chainsOfTwoOperationsAreCaught() {
        // the net price from the list price and the PAS discount, per tablet of a pack of 28
        assertTrue(found("Nettoprisen per tablett blir 422 633 kr.").contains("pas"), found("422 633 kr").toString());
        // a monthly price over five years (× 12 × 5), with VAT per month, per patient and month
        for (String text : List.of("Over fem år: 710 235 900 kr.", "Inkl. mva. per måned 1 233 048 kr.",
                "Per pasient og måned 8 220 kr.", "Per tablett inkl. mva. 528 449 kr")) {
            assertTrue(found(text).contains("net"), "«" + text + "» found " + found(text));
        }
    }

    @Test
    void aSmallDiscountRoundedToTwoDigitsIsCaught() {
        SecretValue small = new SecretValue("small", new BigDecimal("18.52"), SecretValue.Kind.PERCENTAGE, "percent");
        LeakIndex index = LeakIndex.of(List.of(small), List.of(), TestWords.NORDIC_AND_ENGLISH);
        assertEquals(1, index.scan("t", "Rabatten ligger rundt 19 prosent.").size());
        // a discount of 8.3 % "about 8 %" gives the net price (91.7 % of the list price) within 0.6 %
        SecretValue eight = new SecretValue("eight", new BigDecimal("8.3"), SecretValue.Kind.PERCENTAGE, "percent");
        assertEquals(1, LeakIndex.of(List.of(eight), List.of(), TestWords.NORDIC_AND_ENGLISH)
                .scan("t", "Rabatten ligger rundt 8 prosent.").size());
        assertEquals(List.of(), index.scan("t", "19 % av pasientene svarte."));
    }

    @Test
    void theWritersArithmeticIsExactToThePrintedPrecision() {
        // 11 837 265 / 12 = 986 438.75: printed to every digit it must be that; rounded, within the tolerance
        assertTrue(found("Per måned 986 439 kr.").contains("net"));
        assertTrue(found("Per måned rundt 990 000 kr.").contains("net"));
        assertTrue(found("Per måned knapt 980 000 kr.").contains("net"));
        assertEquals(List.of(), found("Et annet legemiddel koster 990 123 kr per pakning."));
        assertEquals(List.of(), found("Et annet legemiddel koster 3 952 877 kr per pakning."));
    }

    @Test
    void theWritersArithmeticOnAPublicValueExplainsANumberNearAConfidentialOne() {
        SecretValue net = new SecretValue("net", new BigDecimal("10000000"), SecretValue.Kind.AMOUNT, "NOK");
        LeakModel withList = new LeakModel(List.of(net),
                List.of(new PublicValue("price:list", new BigDecimal("40100000"), SecretValue.Kind.AMOUNT)), List.of(),
                List.of(), TestWords.NORDIC_AND_ENGLISH, null, List.of(new BigDecimal("0.25")), true);
        // the list price per vial of four is 0.25 % above the confidential price
        assertEquals(List.of(), LeakIndex.of(withList).scan("t", "Listeprisen per hetteglass er 10 025 000 kr."));
        LeakModel without = new LeakModel(List.of(net), List.of(), List.of(), List.of(), TestWords.NORDIC_AND_ENGLISH, null,
                List.of(new BigDecimal("0.25")), true);
        assertEquals(1, LeakIndex.of(without).scan("t", "Listeprisen per hetteglass er 10 025 000 kr.").size());
        // the confidential price itself still refuses
        assertEquals(1, LeakIndex.of(withList).scan("t", "Nettoprisen er 10 000 000 kr.").size());
    }

    @Test
    void theHarmlessRefusalsOfTheIssuePassAndTheirTwinsAreCaught() {
        for (String text : List.of("2,5 millioner resepter", "36,9 % av pasientene", "4,77 mg/kg", "a £27k grant")) {
            assertEquals(List.of(), found(text), "«" + text + "»");
        }
        assertTrue(found("11,8 millioner kroner").contains("net"));
        assertTrue(found("en rabatt på 36,9 %").contains("pas"));
        assertTrue(found("11,84 mill. kr").contains("net"));
        assertTrue(found("£32.4k a day").contains("net"));
    }

    @Test
    void harmlessLookAlikesPass() {
        for (String text : List.of("36,9 % av pasientene", "2,5 millioner resepter", "4,77 mg/kg", "12,4 mill. kr",
                "Listeprisen er 18 745 000 kr (18,7 mill.).", "120 pasienter i år 1", "Studien varte 5,3 år.",
                "39 % av pasientene fikk bivirkninger", "Oppfølging 10–12 år.", "ID2022_075, 22.10.2025",
                "Telefon 11 83 72 65", "1 mill. kr i støtte")) {
            assertEquals(List.of(), found(text), "«" + text + "»");
        }
    }

    @Test
    void theBlankAtALineEndReadsAsAPdfGivesItBack() {
        // a PDF's page text keeps the space before a line break: the count noun on the next line still decides
        assertEquals(List.of(), found("Kanarifugl 11,8 millioner \nresepter Kanarifugl"));
        assertEquals(List.of(), found("Kanarifugl 11,8 millioner  \r\n resepter"));
        assertTrue(found("Prisen er 11,8 millioner \nkroner").contains("net"));
        assertTrue(found("Prisen er kr \n11 837 265").contains("net"));
        // '_' separates the parts of a file name: a value between two of them is read, a case reference is not
        assertTrue(found("ID2022_075_11837265_prisnotat.pdf").contains("net"));
        assertEquals(List.of(), found("ID2022_075_prisnotat.pdf"));
    }

    @Test
    void aPublicValueThatEqualsASecretIsACoincidenceToAcknowledge() {
        SecretValue secret = new SecretValue("se-net", new BigDecimal("25000"), SecretValue.Kind.AMOUNT, "SEK");
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(secret),
                List.of(new PublicValue("price:uk-list", new BigDecimal("25000"), SecretValue.Kind.AMOUNT)), List.of(),
                List.of(), NumberWords.NONE, null, List.of(), true));
        List<LeakFinding> f = index.scan("t", "The list price is £25,000.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(LeakFinding.Kind.COINCIDES_WITH_PUBLIC, f.get(0).kind());
        assertEquals("se-net", f.get(0).valueId());
    }

    @Test
    void findingsNameTheFormAndNeverTheValue() {
        List<LeakFinding> f = INDEX.scan("t", "Per måned: 986 439 kr.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(LeakFinding.Kind.DERIVED, f.get(0).kind());
        assertTrue(f.get(0).form().contains("per month"), f.get(0).form());
        assertTrue(!f.get(0).toString().contains("11837265") && !f.get(0).toString().contains("986"), f.get(0).toString());
    }
}
