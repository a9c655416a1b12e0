package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a dossier file against the compiled schema in one streaming pass, without building a tree: types,
 * required fields, enums, patterns, formats, and that every number (known field or not) is within the range a
 * dossier can hold and write back. Scalars are handed to a {@link Sink} with their path, which is how a listing
 * picks up the few fields it shows while the file is being checked. One walker reads one file; not thread-safe.
 */
final class SchemaWalker {
    /**
     * At most this many digits before, and this many after, the decimal point: every whole number then fits a
     * {@code long}, and every number can be written back in plain notation.
     */
    static final int MAX_DIGITS = 18;
    /**
     * The same limit for numbers the schema says nothing about (unknown fields, a jurisdiction's own data), which
     * the store keeps but never computes with: wide enough for any 128-bit identifier or tiny probability, narrow
     * enough that writing it back in plain notation stays short.
     */
    static final int MAX_DIGITS_UNKNOWN = 40;
    static final int MAX_ERRORS = 50;

    /** Receives every scalar value with the walker's current path. */
    interface Sink {
        void scalar(SchemaWalker path, JsonParser parser) throws IOException;
    }

    /** A place in the file that breaks the schema. */
    record Violation(String jsonPath, String message) {
    }

    private final JsonParser parser;
    private final Sink sink;
    private final List<Violation> violations = new ArrayList<>();
    private Object[] path = new Object[16];
    private int depth;
    private boolean fatal;

    SchemaWalker(JsonParser parser, Sink sink) {
        this.parser = parser;
        this.sink = sink;
    }

    /** Walks the whole document; returns what is wrong (empty when the file conforms). */
    List<Violation> walk(SchemaNode schema) {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                violation("the file is empty");
                return violations;
            }
            value(schema, t);
            if (!fatal && parser.nextToken() != null) violation("there is more content after the end of the dossier");
        } catch (StreamConstraintsException e) {
            violation(JsonSyntax.words(e) + location());
        } catch (JsonProcessingException e) {
            violation("not valid JSON: " + JsonSyntax.words(e) + location());
        } catch (IOException e) {
            violation("cannot be read: " + e.getMessage());
        }
        return violations;
    }

    /** Depth of the current path: 0 at the root value. */
    int depth() {
        return depth;
    }

    /** The field name at level {@code i} (1-based), or {@code null} when that level is an array index. */
    String name(int i) {
        Object o = path[i - 1];
        return o instanceof String ? (String) o : null;
    }

    String jsonPath() {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < depth; i++) {
            Object o = path[i];
            if (o instanceof Integer) {
                sb.append('[').append(o).append(']');
            } else {
                String n = (String) o;
                if (n.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) sb.append('.').append(n);
                else sb.append("['").append(n.replace("'", "\\'")).append("']");
            }
        }
        return sb.toString();
    }

    private void push(Object o) {
        if (depth == path.length) path = java.util.Arrays.copyOf(path, depth * 2);
        path[depth++] = o;
    }

    private void value(SchemaNode declared, JsonToken t) throws IOException {
        SchemaNode s = declared == null ? null : declared.resolved();
        if (s != null && (s.typeMask & bit(t)) == 0) {
            violation("expected " + String.join(" or ", s.types) + " but found " + found(t));
            parser.skipChildren();
            return;
        }
        if (s != null && s.enumValues != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            violation("expected one of " + String.join(", ", s.enumValues) + " but found " + found(t));
            parser.skipChildren();
            return;
        }
        if (s != null && s.enumValues != null) {
            boolean ok = t == JsonToken.VALUE_NULL ? s.enumAllowsNull : s.enumValues.contains(parser.getText());
            if (!ok) violation("'" + clip(parser.getText()) + "' is not one of " + String.join(", ", s.enumValues));
        }
        switch (t) {
            case START_OBJECT:
                object(s);
                return;
            case START_ARRAY:
                array(s);
                return;
            case VALUE_STRING:
                // decoding text is most of the cost of a file (narratives): only when a rule needs it
                if (s != null && (s.pattern != null || s.format != null)) string(s);
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                if (!number(s, t)) return;
                break;
            default:
                break;
        }
        if (sink != null) sink.scalar(this, parser);
    }

    private void object(SchemaNode s) throws IOException {
        // fields seen, to refuse duplicates and find missing required ones: declared fields as bits of one long
        // (cheaper than the parser's own duplicate detection, which this replaces), any others in a set
        long seen = 0;
        String firstOther = null;
        Set<String> others = null;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            push(name);
            JsonToken v = parser.nextToken();
            SchemaNode child = null;
            boolean duplicate;
            if (s != null) child = s.properties.get(name);
            if (child != null && child.slot >= 0) {
                long bit = 1L << child.slot;
                duplicate = (seen & bit) != 0;
                seen |= bit;
            } else {
                if (s != null) child = s.additional;
                if (firstOther == null) {
                    firstOther = name;
                    duplicate = false;
                } else {
                    if (others == null) {
                        others = new HashSet<>();
                        others.add(firstOther);
                    }
                    duplicate = !others.add(name);
                }
            }
            if (duplicate) {
                violation("the field '" + clip(name) + "' appears more than once in the same object");
                parser.skipChildren();
            } else if (child == SchemaNode.FORBIDDEN) {
                violation("the field '" + name + "' is not allowed here");
                parser.skipChildren();
            } else {
                value(child, v);
            }
            depth--;
            if (fatal) return;
        }
        if (s != null && (seen & s.requiredBits) != s.requiredBits) {
            for (String r : s.required) {
                if ((seen & (1L << s.properties.get(r).slot)) == 0) violation("the required field '" + r + "' is missing");
            }
        }
    }

    private void array(SchemaNode s) throws IOException {
        SchemaNode items = s == null ? null : s.items;
        int i = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            push(i++);
            value(items, t);
            depth--;
            if (fatal) return;
        }
    }

    private void string(SchemaNode s) throws IOException {
        String text = parser.getText();
        if (s.pattern != null && !s.pattern.matcher(text).matches()) {
            violation("'" + clip(text) + "' does not have the expected form " + s.pattern.pattern());
        }
        if ("date".equals(s.format)) {
            if (!isDate(text)) violation("'" + clip(text) + "' is not a date in the form YYYY-MM-DD");
        } else if ("date-time".equals(s.format)) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                violation("'" + clip(text) + "' is not a date and time such as 2025-10-22T09:30:00Z");
            }
        }
    }

    /** {@code YYYY-MM-DD} and a real day; cheaper than a formatter, which matters when listing thousands of files. */
    static boolean isDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) return false;
        }
        int y = Integer.parseInt(t, 0, 4, 10);
        int m = Integer.parseInt(t, 5, 7, 10);
        int d = Integer.parseInt(t, 8, 10, 10);
        if (m < 1 || m > 12 || d < 1) return false;
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    /** Checks a number; {@code false} when it is out of range and must not be read further. */
    private boolean number(SchemaNode s, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            // the usual case, without a BigDecimal: a whole number is in range below 10^18 (any long, where the
            // schema says nothing)
            long v = parser.getLongValue();
            if (s != null && (v >= LIMIT || v <= -LIMIT)) {
                violation("the number " + clip(parser.getText()) + " is out of range (at most " + MAX_DIGITS
                        + " digits before and after the decimal point)");
                return false;
            }
            if (s != null && s.minimum != null && BigDecimal.valueOf(v).compareTo(s.minimum) < 0) {
                violation("the number " + v + " is below the minimum " + s.minimum.toPlainString());
            }
            return true;
        }
        String text = parser.getText();
        int digits = s == null ? MAX_DIGITS_UNKNOWN : MAX_DIGITS;
        if (text.length() > 2 * MAX_DIGITS_UNKNOWN + 8) {
            violation("the number " + clip(text) + " is far too long");
            return false;
        }
        BigDecimal v = new BigDecimal(text);
        if (v.precision() - v.scale() > digits || v.scale() > digits) {
            violation("the number " + clip(text) + " is out of range (at most " + digits
                    + " digits before and after the decimal point)");
            return false;
        }
        if (s == null) return true;
        if ((s.typeMask & SchemaNode.NUMBER) == 0 && (s.typeMask & SchemaNode.INTEGER) != 0
                && v.stripTrailingZeros().scale() > 0) {
            violation("expected a whole number but found " + text);
        }
        if (s.minimum != null && v.compareTo(s.minimum) < 0) {
            violation("the number " + text + " is below the minimum " + s.minimum.toPlainString());
        }
        return true;
    }

    /** 10^{@value #MAX_DIGITS}: the smallest whole number with too many digits. */
    private static final long LIMIT = 1_000_000_000_000_000_000L;

    /** The {@link SchemaNode} type bits a token satisfies. */
    private static int bit(JsonToken t) {
        switch (t) {
            case START_OBJECT: return SchemaNode.OBJECT;
            case START_ARRAY: return SchemaNode.ARRAY;
            case VALUE_STRING: return SchemaNode.STRING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return SchemaNode.INTEGER | SchemaNode.NUMBER;
            case VALUE_TRUE:
            case VALUE_FALSE: return SchemaNode.BOOLEAN;
            case VALUE_NULL: return SchemaNode.NULL;
            default: return 0;
        }
    }

    private String found(JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "the text '" + clip(parser.getText()) + "'";
            case VALUE_NULL: return "null";
            default: return parser.getText();
        }
    }

    private void violation(String message) {
        if (violations.size() < MAX_ERRORS) violations.add(new Violation(jsonPath(), message));
        if (violations.size() >= MAX_ERRORS) fatal = true;
    }

    private String location() {
        var loc = parser.currentLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** Where the parser stopped, as " (line L, column C)", or nothing when it does not say. */
    static String at(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    static String clip(String s) {
        if (s == null) return "";
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
