package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a file that is not valid JSON, in words a user of the workbench can act on. The parser's own
 * messages name its internals (token classes, character codes, "[Source: REDACTED …]", its configuration
 * switches); only the offending text and what was expected are kept. The location is added by the caller.
 * Stateless.
 */
final class JsonSyntax {
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*?)'");
    /** The character as the parser quotes it: {@code ('x' (code 120))}, or a control character by its code. */
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\((?:'(.*?)' \\(code \\d+\\)|.*?code (\\d+)\\))\\)");
    private static final Pattern CONTROL = Pattern.compile("^Illegal (unquoted|character)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\(\\d+\\) exceeds the maximum (?:allowed )?\\((\\d+)");
    private static final Pattern INTERNALS = Pattern.compile("\\s*\\((?:code \\d+|CTRL-CHAR, code \\d+)\\)|\\s*\\[Source:[^\\]]*\\]"
            + "|\\s*\\(start marker at[^)]*\\)+|\\s*\\(for [^)]*\\)|`[^`]*`");

    private JsonSyntax() {
    }

    /** The problem of {@code e} in plain words, without its location. */
    static String words(JsonProcessingException e) {
        String m = SchemaWalker.firstLine(e.getOriginalMessage());
        if (m.startsWith("Unexpected end-of-input")) return endOfInput(m);
        Matcher limit = LIMIT.matcher(m);
        if (limit.find()) return limit(limit.group(1), limit.group(2));
        Matcher u = UNRECOGNIZED.matcher(m);
        if (u.find()) {
            return "'" + SchemaWalker.clip(u.group(1)) + "' is not a value (text is written in double quotes; true, false"
                    + " and null in lower case)";
        }
        Matcher c = CHARACTER.matcher(m);
        if (c.find()) return unexpected(c.group(1) != null ? "'" + c.group(1) + "'" : "a control character (" + c.group(2) + ")", m);
        Matcher close = CLOSE.matcher(m);
        if (close.find()) return "'" + close.group(1) + "' closes what is not open here ('" + close.group(2) + "' was expected)";
        if (CONTROL.matcher(m).find()) {
            return "a line break, tab or other control character inside text must be written with a backslash escape";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-32")) return "the file is not UTF-8 text";
        if (m.contains("Leading zeroes not allowed")) return "a number starts with a zero";
        if (m.contains("Unrecognized character escape")) return "a backslash escape inside text is not one JSON knows";
        if (m.startsWith("Duplicate field")) return m.replaceFirst("^Duplicate field '(.*?)'.*", "the field '$1' appears twice");
        return INTERNALS.matcher(m).replaceAll("").strip();
    }

    private static String limit(String what, String max) {
        if (what.contains("nesting depth")) return "the file nests objects and lists more than " + max + " deep";
        if (what.startsWith("Number")) return "a number is longer than " + max + " digits";
        if (what.startsWith("String")) return "a text is longer than " + max + " characters";
        if (what.startsWith("Name")) return "a field name is longer than " + max + " characters";
        return "the file is larger than this workbench reads (" + what.toLowerCase(java.util.Locale.ROOT) + " over " + max + ")";
    }

    /** The parser says what it was inside ("close marker for Object", "in a String value", "in field name"). */
    private static String endOfInput(String m) {
        if (m.contains("for Object")) return "the file ends before an object ('{') is closed";
        if (m.contains("for Array")) return "the file ends before a list ('[') is closed";
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("string") || lower.contains("quote") || lower.contains("field name")) {
            return "the file ends inside a text";
        }
        return "the file ends too early";
    }

    private static String unexpected(String found, String m) {
        if (m.contains("was expecting comma")) return "a comma is missing before " + found;
        if (m.contains("was expecting a colon")) return "a colon is missing after a field name, before " + found;
        if (m.contains("was expecting double-quote")) return "a field name in double quotes was expected, not " + found;
        if (m.contains("expected a valid value") || m.contains("expected a value")) return found + " cannot start a value";
        if (m.contains("maybe a (non-standard) comment")) return "JSON has no comments: " + found + " is not allowed here";
        return found + " is not allowed here";
    }
}
