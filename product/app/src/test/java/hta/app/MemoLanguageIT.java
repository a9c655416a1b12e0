package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One language per memo: every memo of every template of the demo workspace, both variants, is exported by the real
 * exporter, read back from the PDF, and its words checked against short lists of words that belong to the other memo
 * languages and to English. Quotes of a decision in its own language (between «», »« or “”) and web addresses are
 * allowed to be in another language; nothing else is. Demo markings in English ("Demo:", "FICTIONAL") are never
 * allowed, in any memo.
 */
class MemoLanguageIT {
    /** Words that mark a language and are not words of the others (lower case). */
    private static final Map<String, Set<String>> MARKERS = Map.of(
            "en", Set.of("the", "and", "with", "of", "is", "not", "was", "which", "value", "decided", "submission",
                    "appraisal", "agreement", "payment", "result", "price", "fictional", "stated", "recommended"),
            "nb", Set.of("oppgitt", "mottatt", "innføring", "innført", "legemidlet", "saksbehandlingstid", "dager",
                    "prisnotat", "behandlingskostnad"),
            "sv", Set.of("och", "inte", "är", "för", "uppgift", "saknas", "läkemedel", "dagar", "företaget", "yttrande"),
            "da", Set.of("oplyst", "ikke", "lægemidlet", "virksomheden", "ansøgning", "dage", "også", "fortrolig"));
    /** The words each memo language shares with another that the lists above must not flag. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "nb", Set.of("ikke"), "da", Set.of(), "sv", Set.of(), "en", Set.of());
    private static final Pattern QUOTES = Pattern.compile("\u00AB[^\u00BB]*\u00BB|\u00BB[^\u00AB]*\u00AB|\u201C[^\u201D]*\u201D",
            Pattern.DOTALL);
    private static final Pattern URLS = Pattern.compile("https?://\\S+");
    /**
     * A multiword term written with hyphens is a loan term the country's own documents use as such (the published
     * Norwegian memo writes "(payment-by-result)"); it is spared like a quote.
     */
    private static final Pattern LOAN_TERMS = Pattern.compile("\\p{L}+(-\\p{L}+){2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private static AppRuntime app;
    private static List<Memos.Memo> exported;
    private static Memos memos;

    @BeforeAll
    static void exportEverything() throws Exception {
        app = AppRuntime.start(Map.of());
        memos = new Memos(app);
        exported = memos.exportAll(new ArrayList<>());
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The words of another language found outside quotes and addresses. */
    static Set<String> foreignWords(String text, String language) {
        String bare = LOAN_TERMS.matcher(URLS.matcher(QUOTES.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(bare);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> e : MARKERS.entrySet()) {
                if (e.getKey().equals(language) || MARKERS.getOrDefault(language, Set.of()).contains(w)) continue;
                if (e.getValue().contains(w) && !ALLOWED.getOrDefault(language, Set.of()).contains(w)) {
                    found.add(e.getKey() + ":" + w);
                }
            }
        }
        return found;
    }

    @Test
    void everyMemoIsInItsOwnLanguage() throws Exception {
        Map<String, String> languages = Map.of("no", "nb", "se", "sv", "dk", "da", "nice", "en", "smc", "en");
        List<String> problems = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (Memos.Memo m : exported) {
            String text = text(m.pdf());
            String language = languages.get(m.jurisdiction());
            covered.add(m.jurisdiction() + "/" + m.template());
            Set<String> foreign = foreignWords(text, language);
            if (!foreign.isEmpty()) problems.add(m.name() + " (" + language + "): " + foreign);
            if (text.contains("FICTIONAL") || text.contains("Demo:") || text.contains("Demo ")) {
                problems.add(m.name() + ": English demo marking in the text");
            }
        }
        assertEquals(List.of(), problems);
        // the memos the demo fills: the Norwegian, Swedish, Danish and English ones
        assertTrue(covered.containsAll(List.of("no/prisnotat", "se/yttrande", "se/tlv-status", "dk/anbefaling",
                "dk/ansoegning", "nice/company-submission", "smc/advice")), covered.toString());
    }

    /**
     * The words a jurisdiction keeps for its memos (its {@link MemoText}s), all of them, including those the demo
     * never prints (a status the demo does not reach, a country it does not report on).
     */
    @Test
    void everyTextAJurisdictionKeepsForItsMemosIsInThatLanguage() {
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (Jurisdiction j : memos.registry.jurisdictions()) {
            for (MemoText t : j.memoTexts()) {
                for (Map.Entry<String, String> e : t.entries().entrySet()) {
                    texts++;
                    Set<String> foreign = foreignWords(e.getValue(), t.language());
                    if (!foreign.isEmpty()) problems.add(t.resource() + " " + e.getKey() + ": " + foreign);
                }
            }
        }
        assertEquals(List.of(), problems);
        // Norway keeps its words in memo_nb.properties
        assertTrue(texts > 50, texts + " texts");
    }

    @Test
    void theCheckFindsForeignWordsWhereTheyAreAndSparesQuotes() {
        // the Norwegian memo's old footnotes and demo text, as they were printed
        assertTrue(foreignWords("England (NICE/NHS): TA989, Single technology appraisal", "nb").contains("en:appraisal"));
        assertTrue(foreignWords("Alternative price agreement: payment by result", "da").contains("en:payment"));
        assertTrue(foreignWords("Underlag har inte inkommit", "nb").contains("sv:inte"));
        assertFalse(foreignWords("Sverige (25.04.2025) \u00ABRekommendationen är att inte använda Hemgenix\u00BB", "nb")
                .stream().anyMatch(w -> w.startsWith("sv:")));
        assertEquals(Set.of(), foreignWords("Kilde: https://www.nice.org.uk/guidance/ta989/chapter/1-Recommendation", "nb"));
        assertEquals(Set.of(), foreignWords("med en alternativ prisavtale (payment-by-result)", "nb"));
    }
}
