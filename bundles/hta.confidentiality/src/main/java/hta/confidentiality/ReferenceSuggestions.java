package hta.confidentiality;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.TextRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers typed into narrative that match a value of the dossier (a price, a figure, a budget cell), in any
 * written form the leak scanner recognises, and turns one into a live reference ({@code {"ref": id}}), which then
 * prints in the memo's format, carries the value's classification and follows later changes. For the workbench's
 * quick fix ("refer to the value instead of typing it"). Stateless and thread-safe.
 *
 * @since 0.4
 */
public final class ReferenceSuggestions {
    /**
     * A typed number that matches a value.
     *
     * @param run     the index of the run in the paragraph
     * @param start   the first character of the number in that run's text
     * @param end     the character after it
     * @param valueId the id a reference to the value uses
     * @param label   what the value is (the figure's label, the price's kind), for the writer choosing
     */
    public record Suggestion(int run, int start, int end, String valueId, String label) {
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\p{Zs}]*[^\\s\\p{Zs}.,;:!?)]+\\.?");
    private static final Pattern PERCENT_AFTER = Pattern.compile("[\\s\\p{Zs}]*%");
    /** A currency after the number; its abbreviation's full stop apart, which may also end the sentence. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("[\\s\\p{Zs}]*([A-Za-z]{2,3}|[\\u00A3\\u20AC$])(?![\\p{L}])(\\.(?=[\\s\\p{Zs}]+\\p{Ll}))?");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("([A-Z]{3}|kr\\.?|[\\u00A3\\u20AC$])[\\s\\p{Zs}]*$");

    private ReferenceSuggestions() {
    }

    /**
     * Every typed number of one paragraph that matches a value of the dossier, in reading order; a number matching
     * several values gives one suggestion for each. References and confidential runs are left alone.
     *
     * @param words the number words of the memo's language (the jurisdiction's policy declares them), so that
     *              {@code 31,2 mill. kr} is seen as the number it is
     */
    public static List<Suggestion> in(Dossier d, List<TextRun> paragraph, NumberWords words) {
        Map<String, ReferencedValue> values = ReferencedValue.of(d);
        List<SecretValue> wanted = new ArrayList<>();
        for (ReferencedValue v : values.values()) {
            if (v.value() == null) continue;
            SecretValue.Kind kind = ReferencedValue.PERCENT.equals(v.unit()) ? SecretValue.Kind.PERCENTAGE
                    : v.unit() != null && v.unit().matches("[A-Z]{3}") ? SecretValue.Kind.AMOUNT : SecretValue.Kind.NUMBER;
            wanted.add(new SecretValue(v.id(), v.value(), kind, v.unit()));
        }
        if (wanted.isEmpty()) return List.of();
        LeakIndex index = LeakIndex.of(wanted, List.of(), words);
        List<Suggestion> out = new ArrayList<>();
        for (int r = 0; r < paragraph.size(); r++) {
            TextRun run = paragraph.get(r);
            if (run.isReference() || run.text == null || run.classification != Classification.PUBLIC) continue;
            for (LeakFinding f : index.scan("run " + r, run.text)) {
                SecretValue target = wanted.stream().filter(w -> w.id().equals(f.valueId())).findFirst().orElseThrow();
                int[] span = span(run.text, f, target, words);
                ReferencedValue v = values.get(f.valueId());
                out.add(new Suggestion(r, span[0], span[1], f.valueId(), v == null ? f.valueId() : v.label()));
            }
        }
        out.sort(Comparator.comparingInt(Suggestion::run).thenComparingInt(Suggestion::start));
        return out;
    }

    /**
     * The paragraph with the suggested number replaced by a reference: the run is split into the text before, the
     * reference, and the text after (empty parts left out). A new list; the runs given are not changed.
     *
     * @throws IllegalArgumentException when the suggestion no longer fits the paragraph (it was edited since)
     */
    public static List<TextRun> apply(List<TextRun> paragraph, Suggestion s) {
        if (s.run() < 0 || s.run() >= paragraph.size()) throw new IllegalArgumentException("the paragraph changed");
        TextRun run = paragraph.get(s.run());
        if (run.text == null || s.start() < 0 || s.end() > run.text.length() || s.start() >= s.end()) {
            throw new IllegalArgumentException("the paragraph changed");
        }
        List<TextRun> out = new ArrayList<>(paragraph.subList(0, s.run()));
        if (s.start() > 0) out.add(new TextRun(run.text.substring(0, s.start()), run.classification));
        TextRun ref = TextRun.reference(s.valueId());
        out.add(ref);
        if (s.end() < run.text.length()) out.add(new TextRun(run.text.substring(s.end()), run.classification));
        out.addAll(paragraph.subList(s.run() + 1, paragraph.size()));
        return out;
    }

    /**
     * The characters a reference replaces: the number as the scanner found it, with the scale word that made it
     * match ({@code 31,2 mill.}), and the unit the reference prints itself — the value's currency code, a currency
     * sign or {@code kr} around an amount, a percent sign after a share — so that nothing is written twice.
     */
    private static int[] span(String text, LeakFinding f, SecretValue target, NumberWords words) {
        int start = f.offset();
        int end = f.length() > 0 ? Math.min(text.length(), f.offset() + f.length()) : numberEnd(text, f.offset());
        LeakIndex one = LeakIndex.of(List.of(target), List.of(), words);
        for (int extra = 0; extra < 2 && one.scan("", text.substring(start, end)).isEmpty(); extra++) {
            Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
            if (!m.lookingAt()) break;
            end = m.end();
        }
        if (target.kind() == SecretValue.Kind.PERCENTAGE) {
            Matcher m = PERCENT_AFTER.matcher(text).region(end, text.length());
            if (m.lookingAt()) end = m.end();
        } else if (target.kind() == SecretValue.Kind.AMOUNT) {
            Matcher after = CURRENCY_AFTER.matcher(text).region(end, text.length());
            if (after.lookingAt() && isCurrency(after.group(1), target.unit())) end = after.end();
            Matcher before = CURRENCY_BEFORE.matcher(text.substring(0, start));
            if (before.find() && isCurrency(before.group(1), target.unit())) start = before.start();
        }
        return new int[] {start, end};
    }

    private static boolean isCurrency(String token, String code) {
        String t = token.toLowerCase(java.util.Locale.ROOT);
        return t.equalsIgnoreCase(code) || t.equals("kr") || t.equals("kr.") || "\u00A3\u20AC$".contains(t) && !t.isEmpty();
    }

    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isDigit(text.charAt(i))
                || i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) && !Character.isLetter(text.charAt(i)))) {
            i++;
        }
        return Math.max(i, start + 1);
    }
}
