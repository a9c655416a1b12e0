package org.example.hta.amnog;

import hta.confidentiality.NumberWords;
import hta.confidentiality.NumberWords.Duration;
import java.math.BigDecimal;
import java.util.List;

/**
 * How German memos write quantities, declared for the app's leak scanner (docs/plugin-guide.md, "Confidentiality"):
 * scale words and their abbreviations ("1,2 Mio. €"), money, percent and duration words, the nouns that make a
 * percentage a share of patients or a number a count; spelled-out numbers ("siebenundzwanzig") come from ICU data.
 * Without these words an amount written "1,2 Mio. €" would be read as a bare 1.2. VAT: medicines carry the general
 * rate of 19 % (§ 12 Abs. 1 UStG).
 */
final class GermanNumberWords {
    static final NumberWords WORDS = NumberWords.spelledOutIn("de")
            .withScale(3, "Tsd", "Tausend")
            .withScale(6, "Mio", "Million", "Millionen")
            .withScale(9, "Mrd", "Milliarde", "Milliarden")
            .withMoney("Euro")
            .withPercent("Prozent", "v. H.", "vom Hundert")
            .withPercentPoints("Prozentpunkte", "Prozentpunkten", "Prozentpunkt")
            .withDuration(Duration.YEARS, "Jahre", "Jahren", "Jahr", "Jahres")
            .withDuration(Duration.MONTHS, "Monate", "Monaten", "Monat", "Monats")
            .withDuration(Duration.WEEKS, "Wochen", "Woche")
            .withDuration(Duration.DAYS, "Tage", "Tagen", "Tag")
            // a rate: "pro Monat", "im Jahr", "monatlich", "p. a."
            .withPer("pro", "je", "im", "jeden", "jedes")
            .withPeriod(Duration.MONTHS, "monatlich", "monatliche", "mtl")
            .withPeriod(Duration.YEARS, "jährlich", "jährliche", "p.a")
            .withPeriod(Duration.WEEKS, "wöchentlich")
            .withPeriod(Duration.DAYS, "täglich")
            .withFraction(2, "Hälfte", "halb", "halbe")
            .withFraction(3, "Drittel")
            .withFraction(4, "Viertel")
            .withFraction(5, "Fünftel")
            .withFraction(10, "Zehntel")
            .withPopulations("Patienten", "Patientinnen", "Versicherten", "Teilnehmer", "Teilnehmenden")
            .withDiscounts("Rabatt", "Abschlag", "Preisnachlass", "Nachlass")
            .withCounts("Patienten", "Patientinnen", "Verordnungen", "Packungen", "Dosen", "Behandlungen", "Tabletten",
                    "Menschen", "Personen", "Einwohner", "Versicherte", "Versicherten", "Kinder", "Erwachsene", "Fälle");
    static final List<BigDecimal> VAT = List.of(new BigDecimal("0.19"));

    private GermanNumberWords() {
    }
}
