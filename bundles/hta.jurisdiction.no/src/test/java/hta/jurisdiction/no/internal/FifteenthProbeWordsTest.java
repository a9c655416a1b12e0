package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth outside probe's Norwegian wordings, in Norway's own words: a cost per second and per quarter of an
 * hour, lengths of time named with their definite plural, an age. Each with a harmless twin.
 */
class FifteenthProbeWordsTest {
    private static final WordsScan SCAN = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-comparator", new BigDecimal("3120000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-neutral", new BigDecimal("9.6"), SecretValue.Kind.NUMBER, "years")),
            List.of(new PublicValue("price:no-max", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)));

    @Test
    void theFifteenthProbesNorwegianClasses() {
        for (String text : List.of("Dagens profylakse koster 88,98 kroner per kvarter, døgnet rundt, hele året.",
                "Profylaksen koster 0,0989 kroner i sekundet, hele året.")) {
            assertEquals("no-comparator", SCAN.found(text).get(0), text);
        }
        for (String text : List.of("Effekten må vare 5,6 år lenger enn de 48 månedene pivotalstudien har fulgt pasientene.",
                "Ein pasient som får behandlinga som 40-åring, må ha effekt til fylte 49,6 år.",
                "Kostnadsnøytralitet nås etter 96 prosent av den tiårige analysehorisonten.",
                "Ved infusjon i veke 2 i 2026 blir behandlinga kostnadsnøytral i veke 33 i 2035.")) {
            assertEquals("no-neutral", SCAN.found(text).get(0), text);
        }
        for (String text : List.of("Dagens profylakse koster 60 kroner per kvarter, døgnet rundt, hele året.",
                "Effekten må vare 2 år lenger enn de 48 månedene pivotalstudien har fulgt pasientene.",
                "Ein pasient som får behandlinga som 40-åring, må ha effekt til fylte 45 år.")) {
            assertEquals(List.of(), SCAN.found(text), text);
        }
    }
}
