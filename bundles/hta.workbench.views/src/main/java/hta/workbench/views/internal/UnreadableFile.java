package hta.workbench.views.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import hta.dossier.repository.LoadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace file that cannot be read, in words for a dossier writer: what is wrong, and where (the line and
 * column of a JSON syntax error, found by reading the file again; the field of a schema error). Never the parser's
 * own message, which names its internals and may quote the file.
 *
 * @param file     the file
 * @param what     what is wrong, e.g. "the file ends too early (it may have been cut off)"
 * @param line     the line of the error, 1 for the first; 0 when it is not a syntax error
 * @param column   its column, 1 for the first; 0 when unknown
 * @param field    the field of a schema error, e.g. {@code $.prices[2].amount}; null for a syntax error
 */
record UnreadableFile(Path file, String what, int line, int column, String field) {
    /** Files larger than this are not read again for the place of the error. */
    static final long MAX_READ = 8L * 1024 * 1024;

    static UnreadableFile of(LoadProblem p) {
        if (!p.message().startsWith("not valid JSON")) {
            // the store's own words: a schema error at a field, an empty or too large file
            String field = "$".equals(p.jsonPath()) ? null : p.jsonPath();
            return new UnreadableFile(p.file(), p.message(), 0, 0, field);
        }
        try {
            if (Files.size(p.file()) <= MAX_READ) {
                try (JsonParser parser = new JsonFactory().createParser(Files.readAllBytes(p.file()))) {
                    while (parser.nextToken() != null) {
                        parser.skipChildren();
                    }
                } catch (JsonProcessingException e) {
                    return new UnreadableFile(p.file(), words(e.getOriginalMessage()),
                            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null);
                }
            }
        } catch (IOException e) {
            return new UnreadableFile(p.file(), "it cannot be read: " + e.getMessage(), 0, 0, null);
        }
        return new UnreadableFile(p.file(), "the text is not valid JSON", 0, 0, null);
    }

    /** The parser's complaint in a writer's words (the kinds a hand edit or a cut-off write leaves). */
    static String words(String parser) {
        String m = parser == null ? "" : parser;
        if (m.contains("end-of-input")) return "the file ends too early (it may have been cut off while it was written)";
        if (m.contains("expecting comma")) return "a comma is missing between two entries";
        if (m.contains("expecting a colon")) return "a colon is missing after a field name";
        if (m.contains("double-quote to start field name")) return "a field name must be written in double quotes";
        if (m.contains("Unrecognized token")) return "a word that JSON does not know (text must be in double quotes)";
        if (m.contains("Unexpected close marker")) return "a closing bracket or brace without its opening one";
        if (m.contains("Illegal unquoted character") || m.contains("Illegal character")) {
            return "a character that must be escaped inside text (such as a line break)";
        }
        if (m.contains("Unexpected character")) return "a character that does not belong here";
        return "the text is not valid JSON";
    }

    /** One line: "zolgensma.json cannot be read: a comma is missing between two entries (line 12, column 5)". */
    String describe() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : field != null ? " (at " + field + ")" : "";
        return file.getFileName() + " cannot be read: " + what + where;
    }
}
