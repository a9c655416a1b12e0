package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the Product page shows and accepts, without Swing: the words for the therapy-kind and authorisation-type
 * codes, the ISO date a writer types, and the changes of the local INN spellings. A refusal is an
 * {@link IllegalArgumentException} whose message is written for the writer.
 */
final class ProductValues {
    /** The therapy kinds the dossier files use, in the order offered. */
    static final Map<String, String> THERAPY_KINDS = ordered(
            "GENE_THERAPY", "Gene therapy",
            "CAR_T", "CAR-T cell therapy",
            "BISPECIFIC_ANTIBODY", "Bispecific antibody",
            "CONVENTIONAL", "Conventional medicine");
    /** The EU authorisation types, in the order offered. */
    static final Map<String, String> AUTHORISATION_TYPES = ordered(
            "FULL", "Full",
            "CONDITIONAL", "Conditional",
            "EXCEPTIONAL_CIRCUMSTANCES", "Exceptional circumstances");
    static final String NOT_SET = "(not set)";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private ProductValues() {
    }

    /** One entry of a code's choice: the code ({@code null} for "not set") and the words shown for it. */
    static final class Choice {
        final String code;
        final String label;

        Choice(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** "(not set)", then the known codes in order. */
    static List<Choice> choices(Map<String, String> known) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, NOT_SET));
        known.forEach((code, label) -> out.add(new Choice(code, label)));
        return out;
    }

    /** The entry for a code no list knows: the code itself, said to be unknown, so that it is seen and kept. */
    static Choice unknown(String code) {
        return new Choice(code, code + " (unknown code)");
    }

    /** The words for {@code code}: its label, "(not set)", or the unknown code as it is. */
    static String label(Map<String, String> known, String code) {
        if (code == null) return NOT_SET;
        String label = known.get(code);
        return label != null ? label : unknown(code).label;
    }

    /** The date typed, {@code null} for an empty field. */
    static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date: write it as yyyy-MM-dd, e.g. 2023-02-20");
        }
    }

    static String formatDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The dossier's local INN spellings, as a copy (an edit's remembered value must not change under it). */
    static Map<String, String> localNames(Dossier d) {
        return copy(d.product.localNames);
    }

    /** Sets the dossier's local INN spellings to {@code names}, in their order, in the dossier's own map. */
    static void setLocalNames(Dossier d, Map<String, String> names) {
        if (d.product.localNames == null) d.product.localNames = new LinkedHashMap<>();
        d.product.localNames.clear();
        d.product.localNames.putAll(names);
    }

    /** A copy that keeps the order; {@code null} reads as empty. */
    static Map<String, String> copy(Map<String, String> names) {
        return names == null ? new LinkedHashMap<>() : new LinkedHashMap<>(names);
    }

    /** {@code names} with a spelling for a new language tag added at the end. */
    static Map<String, String> withAdded(Map<String, String> names, String tag, String spelling) {
        String t = checkTag(tag);
        String s = checkSpelling(t, spelling);
        String existing = find(names, t);
        if (existing != null) {
            throw new IllegalArgumentException("There is already a spelling for '" + existing
                    + "': change it in the table instead");
        }
        Map<String, String> out = copy(names);
        out.put(t, s);
        return Collections.unmodifiableMap(out);
    }

    /** {@code names} with the spelling for {@code tag} changed. */
    static Map<String, String> withSpelling(Map<String, String> names, String tag, String spelling) {
        String s = checkSpelling(tag, spelling);
        Map<String, String> out = copy(names);
        if (!out.containsKey(tag)) throw new IllegalArgumentException("There is no spelling for '" + tag + "' any more");
        out.put(tag, s);
        return Collections.unmodifiableMap(out);
    }

    /** {@code names} with the language tag {@code from} renamed to {@code to}, at the same place. */
    static Map<String, String> withTag(Map<String, String> names, String from, String to) {
        String t = checkTag(to);
        Map<String, String> current = copy(names);
        if (!current.containsKey(from)) throw new IllegalArgumentException("There is no spelling for '" + from + "' any more");
        String existing = find(current, t);
        if (existing != null && !existing.equals(from)) {
            throw new IllegalArgumentException("There is already a spelling for '" + existing
                    + "': remove one of the two first");
        }
        Map<String, String> out = new LinkedHashMap<>();
        current.forEach((k, v) -> out.put(k.equals(from) ? t : k, v));
        return Collections.unmodifiableMap(out);
    }

    /** {@code names} without {@code tag}. */
    static Map<String, String> without(Map<String, String> names, String tag) {
        Map<String, String> out = copy(names);
        out.remove(tag);
        return Collections.unmodifiableMap(out);
    }

    private static String checkTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("The language tag is empty: write one such as nb, sv or da");
        if (!LANGUAGE_TAG.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a language tag: write one such as nb, sv or da");
        }
        return t;
    }

    private static String checkSpelling(String tag, String spelling) {
        String s = spelling == null ? "" : spelling.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("The spelling for '" + tag + "' is empty: write it, or remove the row");
        }
        return s;
    }

    /** The tag in {@code names} equal to {@code tag} ignoring case, or {@code null}. */
    private static String find(Map<String, String> names, String tag) {
        if (names == null) return null;
        for (String k : names.keySet()) {
            if (k.equalsIgnoreCase(tag)) return k;
        }
        return null;
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) m.put(codesAndLabels[i], codesAndLabels[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    static boolean same(Map<String, String> a, Map<String, String> b) {
        return Objects.equals(new ArrayList<>(copy(a).entrySet()), new ArrayList<>(copy(b).entrySet()));
    }
}
