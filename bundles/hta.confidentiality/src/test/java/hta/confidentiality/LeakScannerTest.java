package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeakScannerTest {
    private static final SecretValue NET = new SecretValue("rhf-aup", new BigDecimal("31234567"), SecretValue.Kind.AMOUNT, "NOK");
    private static final SecretValue NET_DECIMAL = new SecretValue("net-dec", new BigDecimal("1234567.89"), SecretValue.Kind.AMOUNT, "NOK");
    private static final SecretValue REBATE = new SecretValue("rebate", new BigDecimal("27.5"), SecretValue.Kind.PERCENTAGE, "percent");
    private static final SecretValue YEARS = new SecretValue("cost-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years");
    private static final SecretValue BUDGET = new SecretValue("budget-y1", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT, "NOK");
    private static final BigDecimal LIST_PRICE = new BigDecimal("143028738");
    private static final List<SecretValue> ALL = List.of(NET, NET_DECIMAL, REBATE, YEARS, BUDGET);
    private static final LeakIndex INDEX = LeakIndex.of(ALL, List.of(LIST_PRICE), TestWords.NORDIC_AND_ENGLISH);
    private static final Locale[] LOCALES = {Locale.forLanguageTag("nb-NO"), Locale.forLanguageTag("nn-NO"),
            Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("da-DK"), Locale.forLanguageTag("en-GB"),
            Locale.forLanguageTag("nb"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.ENGLISH};

    private static Set<String> found(String text) {
        return INDEX.scan("t", text).stream().map(LeakFinding::valueId).collect(Collectors.toSet());
    }

    private static void assertFound(String id, String text) {
        assertTrue(found(text).contains(id), () -> "expected " + id + " in «" + text + "», found " + found(text));
    }

    private static void assertClean(String text) {
        assertEquals(Set.of(), found(text), () -> "false positive in «" + text + "»");
    }

    @Test
    void everyFormatTheJdkWritesForTheNordicAndEnglishLocales() {
        List<String> checked = new ArrayList<>();
        for (Locale l : LOCALES) {
            for (NumberFormat f : new NumberFormat[] {NumberFormat.getNumberInstance(l), NumberFormat.getIntegerInstance(l),
                    NumberFormat.getCurrencyInstance(l)}) {
                f.setMaximumFractionDigits(2);
                for (SecretValue s : List.of(NET, NET_DECIMAL, BUDGET)) {
                    if (f.getMaximumFractionDigits() == 0 && s == NET_DECIMAL) continue;
                    for (BigDecimal v : List.of(s.value(), s.value().negate())) {
                        String text = "Beløpet er " + f.format(v) + " per pakning.";
                        assertFound(s.id(), text);
                        checked.add(text);
                    }
                }
            }
            NumberFormat pct = NumberFormat.getPercentInstance(l);
            pct.setMaximumFractionDigits(1);
            assertFound("rebate", "Rabatten er " + pct.format(0.275) + ".");
            checked.add(pct.format(0.275));
        }
        // the JDK writes U+00A0 or U+202F grouping and U+2212 minus for some of these locales; make sure we met them
        String all = String.join("", checked);
        assertTrue(all.chars().anyMatch(c -> c == '\u00A0' || c == '\u202F'), "no no-break space met");
        assertTrue(all.contains("."), all);
        assertTrue(all.contains(","), all);
    }

    @Test
    void decimalFormatPatternsWithEverySeparator() {
        for (char grouping : new char[] {' ', '\u00A0', '\u202F', '\u2009', '\u2007', '.', ',', '\''}) {
            for (char decimal : new char[] {',', '.'}) {
                if (grouping == decimal) continue;
                java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
                sym.setGroupingSeparator(grouping);
                sym.setDecimalSeparator(decimal);
                DecimalFormat f = new DecimalFormat("#,##0.00", sym);
                assertFound("net-dec", "sum " + f.format(NET_DECIMAL.value()) + " kr");
                assertFound("rhf-aup", "sum " + f.format(NET.value()) + " kr");
            }
        }
    }

    @Test
    void houseStylesAndSuffixes() {
        for (String text : List.of("31.234.567", "31 234 567,-", "31 234 567,00", "31 234 567:-", "kr 31234567",
                "NOK 31 234 567", "31'234'567 kr.", "31\u2009234\u2009567 kroner", "31\u2007234\u2007567 kronor",
                "SEK 31,234,567", "DKK 31.234.567,00", "£31,234,567", "−31 234 567", "\u201331 234 567", "-31 234 567")) {
            assertFound("rhf-aup", "Prisen er " + text + " per behandling");
        }
    }

    @Test
    void scaledAndRoundedForms() {
        for (String text : List.of("43 mill.", "43 mill. kr", "43,0 mill.", "43,03 mill. kroner", "43 029 TNOK",
                "43029 tkr", "MNOK 43", "MNOK 43,0", "43 MNOK", "NOK 43 millioner", "43 millioner kroner", "43 mio. kr.",
                "43 mn NOK", "£43m", "£43.0m", "0,043 mrd.", "0,04 mia.", "TNOK 43 029", "43,029 MSEK")) {
            if (text.contains("0,04 mia")) {
                assertClean("Budsjettvirkningen er " + text); // one significant digit says too little
                continue;
            }
            assertFound("budget-y1", "Budsjettvirkningen er " + text + " i år 1.");
        }
    }

    @Test
    void numbersSplitAcrossLinesAndTableCells() {
        assertFound("rhf-aup", "Prisen er 31 234\n567 NOK");
        assertFound("rhf-aup", "Prisen er 31\r\n234 567 NOK");
        assertFound("rhf-aup", "| RHF-AUP | 31 234 | 567 |");
        assertFound("rhf-aup", "RHF-AUP\t31 234\t567");
        assertFound("rhf-aup", "Tabell\n31 234 567\n2025");
    }

    @Test
    void percentagesOfDiscounts() {
        for (String text : List.of("27,5 %", "27.5%", "27,5 pst.", "27,5 prosent", "27,5\u00A0%", "27,50 %",
                "27,5 procent", "27.5 per cent", "27.5 percent")) {
            assertFound("rebate", "Rabatten utgjør " + text + " av listeprisen.");
        }
        // a percentage is only a percentage with its sign or word
        assertClean("Studien hadde 27,5 måneders oppfølging.");
    }

    @Test
    void valuesJoinedByUnderscoresAsInFileNames() {
        assertFound("net-dec", "Testol_1234567.89_notat_offentlig.pdf");
        assertFound("rhf-aup", "prisnotat_31234567_NOK.pdf");
        assertFound("rhf-aup", "prisnotat_31_234_567.pdf");
        // an identifier glued to letters stays one identifier
        assertClean("ID2022_075_prisnotat.pdf");
    }

    @Test
    void shortValuesNeedTheirUnit() {
        assertFound("cost-neutral", "Effekten må vare i 9,6 år for kostnadsnøytralitet.");
        assertFound("cost-neutral", "Effekten må vare i 9.6 years.");
        assertClean("Dosen er 9,6 mg/kg.");
        // a unit is not a scale word: "12 år" for 12.03 years says ±4 %, too little
        assertTrue(LeakIndex.of(List.of(new SecretValue("y", new BigDecimal("12.03"), SecretValue.Kind.NUMBER, "years")),
                List.of(), TestWords.NORDIC_AND_ENGLISH).scan("t", "Eksperterne forventer 10–12 år.").isEmpty());
        assertClean("Versjon 9.6 av modellen.");
    }

    @Test
    void noFalsePositiveOnPublicFigures() {
        // the list price contains the budget figure's digits as a substring
        assertClean("Maks-AUP er 143 028 738 NOK (143.028.738 kr, 143028738).");
        assertClean("Maks-AUP er 143 mill. kr.");
        assertClean("Varenummer 557865, ID2022_075, dato 22.10.2025, 05.05.2025–22.10.2025: 170 dager.");
        assertClean("Pasienter: 7,5 i år 1 og 1,5 per år deretter; effekt i 10–12 år.");
        assertClean("Tabell: 2023 2024 2025; 18(7) 21(14) 14(11) 53(32).");
        assertClean("Beløp 312 345 670 NOK og 1 312 345 NOK og 31 234 5678.");
        assertClean("Telefon 31 23 45 67.");
    }

    @Test
    void roundedFormSharedWithAPublicValueIsNotReported() {
        SecretValue secret = new SecretValue("net", new BigDecimal("42950000"), SecretValue.Kind.AMOUNT, "NOK");
        LeakIndex withList = LeakIndex.of(List.of(secret), List.of(new BigDecimal("43028738")), TestWords.NORDIC_AND_ENGLISH);
        assertTrue(withList.scan("t", "omtrent 43 mill. kr").isEmpty(), "43 mill. is also the public list price");
        assertFalse(withList.scan("t", "omtrent 42,95 mill. kr").isEmpty());
        assertFalse(withList.scan("t", "42 950 000").isEmpty());
        assertFalse(LeakIndex.of(List.of(secret), List.of(), TestWords.NORDIC_AND_ENGLISH).scan("t", "omtrent 43 mill. kr").isEmpty());
    }

    @Test
    void findingsSayWhereAndHowLongButNeverTheValue() {
        List<LeakFinding> f = INDEX.scan("submission no, section bakgrunn, paragraph 2", "Prisen er 31 234 567 NOK.");
        assertEquals(1, f.size());
        assertEquals(10, f.get(0).offset());
        assertEquals("31 234 567".length(), f.get(0).length());
        assertFalse(f.get(0).toString().contains("31"), f.get(0).toString());
        assertFalse(NET.toString().contains("31"));
    }

    @Test
    void oldEntryPointStillWorks() {
        assertEquals(1, LeakScanner.scan("x", "31\u00A0234\u00A0567", List.of(NET)).size());
        assertTrue(LeakScanner.scan("x", "", List.of(NET)).isEmpty());
        assertTrue(LeakScanner.scan("x", "31 234 567", List.of()).isEmpty());
    }

    /** The Nordic and English locales the issue names, with and without country. */
    private static final Locale[] ALL_LOCALES = {Locale.forLanguageTag("nb-NO"), Locale.forLanguageTag("nn-NO"),
            Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("da-DK"), Locale.forLanguageTag("en-GB"),
            Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("en"), Locale.US};

    /** Every NumberFormat the JDK offers for a locale, with 0 to 2 decimals. */
    private static List<NumberFormat> jdkFormats(Locale l) {
        List<NumberFormat> result = new ArrayList<>();
        for (int decimals = 0; decimals <= 2; decimals++) {
            List<NumberFormat> fs = new ArrayList<>(List.of(NumberFormat.getNumberInstance(l),
                    NumberFormat.getIntegerInstance(l), NumberFormat.getCurrencyInstance(l),
                    NumberFormat.getCompactNumberInstance(l, NumberFormat.Style.SHORT),
                    NumberFormat.getCompactNumberInstance(l, NumberFormat.Style.LONG)));
            for (String code : new String[] {"NOK", "SEK", "DKK", "GBP"}) {
                NumberFormat c = NumberFormat.getCurrencyInstance(l);
                c.setCurrency(java.util.Currency.getInstance(code));
                fs.add(c);
            }
            for (NumberFormat f : fs) {
                f.setMinimumFractionDigits(Math.min(decimals, f.getMinimumFractionDigits()));
                f.setMaximumFractionDigits(decimals);
                result.add(f);
            }
        }
        return result;
    }

    /** How many significant digits a formatted number shows (compact forms round). */
    private static int significantDigits(String formatted) {
        String digits = formatted.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.length();
    }

    @Test
    void everyNumberFormatOfTheJdkIncludingCompactAndForeignCurrencies() {
        SecretValue thousands = new SecretValue("per-dose", new BigDecimal("27500"), SecretValue.Kind.AMOUNT, "NOK");
        SecretValue billions = new SecretValue("five-year", new BigDecimal("4302873800"), SecretValue.Kind.AMOUNT, "NOK");
        List<SecretValue> secrets = List.of(NET, NET_DECIMAL, BUDGET, thousands, billions);
        LeakIndex index = LeakIndex.of(secrets, List.of(LIST_PRICE), TestWords.NORDIC_AND_ENGLISH);
        Set<String> separators = new java.util.TreeSet<>();
        int checked = 0;
        for (Locale l : ALL_LOCALES) {
            for (NumberFormat f : jdkFormats(l)) {
                for (SecretValue secret : secrets) {
                    for (BigDecimal v : List.of(secret.value(), secret.value().negate())) {
                        String written = f.format(v);
                        // a rounded form with a single significant digit ("1 mill.") says too little to report
                        if (significantDigits(written) < 2) continue;
                        String text = "I modellen brukes " + written + " for pakningen.";
                        Set<String> ids = index.scan("t", text).stream().map(LeakFinding::valueId).collect(Collectors.toSet());
                        assertTrue(ids.contains(secret.id()), () -> l + " " + f.getClass().getSimpleName() + ": «"
                                + text + "» found " + ids);
                        written.chars().filter(c -> !Character.isLetterOrDigit(c)).forEach(c -> separators.add(
                                String.format("U+%04X", c)));
                        checked++;
                    }
                }
                // the public list price in the same format is never reported, whatever the secrets
                String listed = "Listeprisen er " + f.format(LIST_PRICE) + ".";
                assertEquals(List.of(), index.scan("t", listed), () -> l + ": false positive in «" + listed + "»");
            }
            NumberFormat pct = NumberFormat.getPercentInstance(l);
            for (int decimals = 1; decimals <= 3; decimals++) {
                pct.setMaximumFractionDigits(decimals);
                for (double d : new double[] {0.275, -0.275}) {
                    String text = "Rabatten er " + pct.format(d) + " av listeprisen.";
                    assertFound("rebate", text);
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        // the JDK's own separators were met: no-break spaces (U+00A0, U+202F in some versions), minus U+2212
        assertTrue(separators.contains("U+00A0"), separators.toString());
        assertTrue(separators.contains("U+2212"), separators.toString());
    }

    @Test
    void everySpaceKindAndMinusSignInHouseStyles() {
        for (String space : new String[] {" ", "\u00A0", "\u202F", "\u2009", "\u2007"}) {
            for (String minus : new String[] {"", "-", "\u2212", "\u2013"}) {
                assertFound("rhf-aup", "Prisen er " + minus + "31" + space + "234" + space + "567" + space + "kr");
                assertFound("net-dec", "Prisen er " + minus + "1" + space + "234" + space + "567,89" + space + "NOK");
                assertFound("budget-y1", "Virkningen er " + minus + "43" + space + "mill." + space + "kr");
                assertFound("budget-y1", "Virkningen er MNOK" + space + minus + "43");
                assertFound("rebate", "Rabatten er " + minus + "27,5" + space + "%");
            }
        }
        for (String text : List.of("43.028.738", "43.028.738,-", "43 028 738,00 kr", "43 mill. kr", "MNOK 43",
                "MNOK 43,03", "43,0 mill.", "43 029 TNOK", "43,03 millionar", "kr 43 028 738", "NOK 43.028.738")) {
            assertFound("budget-y1", "Budsjettvirkningen er " + text + ".");
        }
    }
}
