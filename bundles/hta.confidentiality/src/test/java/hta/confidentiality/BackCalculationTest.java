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
                "11\u200B837\u200B265", "11\u00AD837\u00AD265", "1\u03011 837 265", "¹¹ ⁸³⁷ ²⁶⁵", "１１ ８３７ ２６５",
                "elleve millioner åtte hundre og trettisju tusen to hundre og sekstifem kroner",
                "elleve millioner åtte hundre og trettisju tusen kroner", "eleven million eight hundred thirty-seven thousand",
                "11 837\n265 NOK", "| 11 837 | 265 |")) {
            assertTrue(found(text).contains("net"), "«" + text + "» found " + found(text));
        }
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
    void harmlessLookAlikesPass() {
        for (String text : List.of("36,9 % av pasientene", "2,5 millioner resepter", "4,77 mg/kg", "12,4 mill. kr",
                "Listeprisen er 18 745 000 kr (18,7 mill.).", "120 pasienter i år 1", "Studien varte 5,3 år.",
                "39 % av pasientene fikk bivirkninger", "Oppfølging 10–12 år.", "ID2022_075, 22.10.2025",
                "Telefon 11 83 72 65", "1 mill. kr i støtte")) {
            assertEquals(List.of(), found(text), "«" + text + "»");
        }
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
