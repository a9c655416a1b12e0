package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.NumberWords.Duration;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A jurisdiction the core has never heard of declares German number words, and German-style amounts planted in
 * its memo text are caught; without the declaration, the language-independent fallback still catches every form
 * written with digits, a currency symbol or the percent sign (issue 18, item 1).
 */
class GermanWordsTest {
    private static final NumberWords GERMAN = NumberWords.spelledOutIn("de")
            .withScale(3, "Tsd", "Tausend")
            .withScale(6, "Mio", "Million", "Millionen")
            .withScale(9, "Mrd", "Milliarde", "Milliarden")
            .withMoney("Euro")
            .withPercent("Prozent", "v. H.")
            .withPercentPoints("Prozentpunkte", "Prozentpunkten")
            .withDuration(Duration.YEARS, "Jahre", "Jahren", "Jahr")
            .withDuration(Duration.MONTHS, "Monate", "Monaten", "Monat")
            .withPopulations("Patienten", "Patientinnen", "Versicherten")
            .withDiscounts("Rabatt", "Abschlag")
            .withCounts("Patienten", "Verordnungen", "Packungen");

    private static ConfidentialityPolicy policy(NumberWords words) {
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT);
            }

            @Override
            public RedactionMark redactionMark() {
                return RedactionMark.blank();
            }

            @Override
            public NumberWords numberWords() {
                return words;
            }
        };
    }

    private static Dossier dossier(String... paragraphs) {
        Dossier d = new Dossier();
        d.id = "canary";
        d.prices.add(price("erstattungsbetrag", PriceKind.AGREED_PRICE, "1234567.89"));
        d.prices.add(price("rabatt", PriceKind.DISCOUNT, "27.3"));
        Submission s = new Submission();
        s.jurisdiction = "xx";
        s.sections.put("text", Narrative.of(paragraphs));
        d.submissions.add(s);
        return d;
    }

    private static PricePoint price(String id, PriceKind kind, String amount) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "xx";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "EUR";
        p.classification = Classification.CONFIDENTIAL;
        return p;
    }

    private static List<String> found(NumberWords words, String text) {
        return LeakScanner.scanNarratives(dossier(text), List.of(policy(words))).stream().map(LeakFinding::valueId).toList();
    }

    @Test
    void germanAmountsAreCaughtWithTheDeclaredWords() {
        for (String text : List.of("Der Erstattungsbetrag liegt bei 1,2 Mio. €.", "Er beträgt 1.234.567,89 €.",
                "Rund 1,23 Millionen Euro jährlich.", "Insgesamt eine Million zweihundertvierunddreißigtausend Euro.",
                "1.234,6 Tsd. Euro", "EUR 1.234.568")) {
            assertTrue(found(GERMAN, text).contains("erstattungsbetrag"), text + ": " + found(GERMAN, text));
        }
        for (String text : List.of("Der Rabatt beträgt 27 Prozent.", "ein Abschlag von 27,3 %",
                "siebenundzwanzig Komma drei Prozent Rabatt")) {
            assertTrue(found(GERMAN, text).contains("rabatt"), text + ": " + found(GERMAN, text));
        }
    }

    @Test
    void harmlessGermanTextPasses() {
        for (String text : List.of("27 % der Patienten brachen ab.", "2,5 Millionen Verordnungen im Jahr 2024.",
                "Die Dosis beträgt 4,77 mg/kg.", "Die Studie lief 27 Monate.")) {
            assertEquals(List.of(), found(GERMAN, text), text);
        }
    }

    @Test
    void withoutADeclarationTheFallbackStillCatchesTheDigitForms() {
        for (String text : List.of("Er beträgt 1.234.567,89 €.", "EUR 1.234.568", "1,23457e6 €", "Rabatt 27,3 %",
                "27 %")) {
            assertTrue(!found(NumberWords.NONE, text).isEmpty(), text);
        }
    }
}
