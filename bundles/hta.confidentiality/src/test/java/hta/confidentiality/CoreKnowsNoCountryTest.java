package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grep of issue 18, item 1, as a test: the code of the core bundles names no country code and no word of a
 * memo language. The words are those the jurisdiction plugins declare for the leak scanner (read from their
 * sources, so a word added there is checked here too); comments are not code and are skipped. English is also the
 * workbench's working language, so of English memos only the scale and money words count.
 */
class CoreKnowsNoCountryTest {
    private static final Path BUNDLES = Path.of("..");
    private static final List<String> CORE = List.of("hta.dossier", "hta.confidentiality", "hta.timeline",
            "hta.jurisdiction", "hta.export.pdf");
    private static final Set<String> CODES = Set.of("no", "se", "dk", "nice", "smc", "de", "fr", "fi", "is", "jca", "uk",
            "gb", "nb", "nn", "sv", "da", "en");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void noCountryCodeOrLanguageWordInTheCoreCode() throws IOException {
        Set<String> words = declaredWords();
        assertTrue(words.size() > 100, "words declared by the jurisdictions: " + words.size());
        List<String> found = new ArrayList<>();
        for (String bundle : CORE) {
            for (Path file : javaFiles(BUNDLES.resolve(bundle).resolve("src/main/java"))) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    String literal = m.group(1);
                    if (CODES.contains(literal.toLowerCase(Locale.ROOT))) found.add(file + ": code \"" + literal + "\"");
                    for (String w : literal.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        if (w.length() > 2 && words.contains(w)) found.add(file + ": word \"" + w + "\" in \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Every word the jurisdiction plugins declare in their *NumberWords classes. */
    private static Set<String> declaredWords() throws IOException {
        Set<String> words = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("hta.jurisdiction.")).toList()) {
                for (Path file : javaFiles(dir.resolve("src/main/java"))) {
                    if (!file.getFileName().toString().endsWith("NumberWords.java")) continue;
                    // the ISO 4217 code a currency's name stands for is a code, not a word of the language ("GBP")
                    String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ")
                            .replaceAll("with(Currency|Hundredths)\\(\"[A-Z]{3}\"", "with$1(");
                    if (code.contains("spelledOutIn(\"en\")")) {
                        english.addAll(literalWords(String.join("\n", code.lines()
                                .filter(l -> !l.contains("withScale") && !l.contains("withMoney")).toList())));
                        // English is also the workbench's own language (messages, the dossier format's unit codes):
                        // of an English memo's words only the scale and money words are the memo language's
                        code = String.join("\n", code.lines().filter(l -> l.contains("withScale") || l.contains("withMoney")).toList());
                    }
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                            if (w.length() > 2) words.add(w);
                        }
                    }
                }
            }
        }
        // a word English declares too, besides its scales and money ("per", which the Nordic languages share), is
        // the workbench's own as well
        words.removeAll(english);
        return words;
    }

    private static List<String> literalWords(String code) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() > 2) out.add(w);
            }
        }
        return out;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
