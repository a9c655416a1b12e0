package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.LoadProblem;
import hta.dossier.validation.FileValidation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not valid JSON is refused in words a user can act on, by loading and by {@code hta validate} alike:
 * what was found and what was expected, with the line and column, but none of the parser's internals (issue 15: "some
 * messages quote JSON-parser internals", e.g. "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
 * disabled)", "(code 34)", "expected close marker for Object").
 */
class JsonSyntaxTest {
    /** Words of the parser's, not of the user's. */
    static final Pattern INTERNALS = Pattern.compile("code \\d|Source:|REDACTED|StreamRead|marker|token|JSON String"
            + "|end-of-input|Object entries|`|CTRL-CHAR|getMax");

    @TempDir
    Path folder;

    @Test
    void eachKindOfSyntaxErrorIsNamedInPlainWordsWithItsPlace() throws Exception {
        String head = "{\"schemaVersion\" : 2,\n \"id\" : \"x\",\n ";
        assertRefused(head + "\"prices\" : [ {\"amount\" : tru } ]}", "'tru' is not a value", "line 3");
        assertRefused(head + "\"brand\" : \"A\" \"inn\" : \"b\"}", "a comma is missing before '\"'", "line 3");
        assertRefused(head + "\"brand\" \"A\"}", "a colon is missing after a field name", "line 3");
        assertRefused(head + "brand : \"A\"}", "a field name in double quotes was expected, not 'b'", "line 3");
        assertRefused(head + "\"prices\" : [ {\"amount\" : 1 }", "the file ends before a list ('[') is closed", "line 3");
        assertRefused(head + "\"brand\" : \"A\"", "the file ends before an object ('{') is closed", "line 3");
        assertRefused(head + "\"brand\" : \"A", "the file ends inside a text", "line 3");
        assertRefused(head + "\"prices\" : [ {\"amount\" : 1 } }", "'}' closes what is not open here (']' was expected)", "line 3");
        assertRefused(head + "\"brand\" : \"A\nB\"}", "control character inside text", "line 3");
        assertRefused(head + "\"prices\" : [ {\"amount\" : 012 } ]}", "a number starts with a zero", "line 3");
        assertRefused(head + "\"brand\" : \"A\\qB\"}", "a backslash escape inside text is not one JSON knows", "line 3");
        assertRefused(head + "// a comment\n \"brand\" : \"A\"}", "JSON has no comments", "line 3");
        assertRefused(head + "\"prices\" : [ , ]}", "',' cannot start a value", "line 3");
        assertRefused(head + "\"x\" : " + "[".repeat(1200) + "]".repeat(1200) + "}", "nests objects and lists more than",
                "line 3");
    }

    @Test
    void bytesThatAreNotUtf8AreSaidToBeSo() throws Exception {
        byte[] latin1 = "{\"schemaVersion\" : 2, \"id\" : \"x\", \"brand\" : \"Bl\u00e5\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, "the file is not UTF-8 text", "line 1");
    }

    private void assertRefused(String json, String words, String where) throws Exception {
        assertRefused(json.getBytes(StandardCharsets.UTF_8), words, where);
    }

    private void assertRefused(byte[] bytes, String words, String where) throws Exception {
        Path file = folder.resolve("x.json");
        Files.write(file, bytes);
        String loaded;
        try {
            new JsonFolderRepository(folder).load("x");
            loaded = fail("loaded: " + new String(bytes, StandardCharsets.UTF_8));
        } catch (DossierFormatException e) {
            loaded = e.problem().message();
        }
        List<LoadProblem> validated = FileValidation.file(file, true).problems();
        assertEquals(1, validated.size(), validated.toString());
        for (String message : List.of(loaded, validated.get(0).message())) {
            assertTrue(message.contains(words), "expected '" + words + "' in: " + message);
            assertTrue(message.contains("(" + where + ", column "), "the place is named: " + message);
            assertFalse(INTERNALS.matcher(message).find(), "the parser's internals are quoted: " + message);
            assertEquals(1, message.lines().count(), message);
        }
        Files.delete(file);
    }
}
