package hta.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways a reader sees the digits of a text, each of the same length as the text (so that a finding's place
 * stays the place in the text), scanned besides the text itself (fifteenth probe):
 * <ul>
 * <li>a space typed after a decimal mark, before one or two decimals and a word: "29, 95 millioner", "£2. 10
 * million";</li>
 * <li>digits spaced out one by one, as text copied from a letter-spaced PDF reads back: "2 9 9 5 0 0 0 0";</li>
 * <li>digits grouped irregularly right after a money word or sign: "kr 29 95 0000";</li>
 * <li>an invisible format character between digits as the space it stands for;</li>
 * <li>a decimal or grouping mark typed twice, or with a stray space and another mark, between digits: "29,,95
 * millioner", "29..95", "29, ,95", "£2,,100,000" read with the first mark alone (sixteenth probe).</li>
 * </ul>
 * Stateless.
 */
public final class TextVariants {
    private static final Pattern SPACED_DECIMALS = Pattern.compile("(?<=\\d[.,]) (\\d{1,2})(?=\\s+\\p{L})");
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\d\\p{L}])\\d(?: \\d){5,}(?![\\d])");
    /** A mark between digits, then more marks (each perhaps after a space), then the rest of the number. */
    private static final Pattern DOUBLED_MARK = Pattern.compile("(?<=\\d)([.,'])((?: ?[.,'])+)(\\d+(?:[.,']\\d+)*)");
    private static final Pattern MONEY_THEN_GROUPS = Pattern.compile(
            "(?:(?<![\\p{L}])(?:kr|kr\\.|NOK|SEK|DKK|GBP|EUR|USD)\\s?|[£$€]\\s?)(\\d{1,4}(?: \\d{1,4}){2,})(?![\\d])");

    private TextVariants() {
    }

    /** The variants of {@code text} that differ from it, at most one per kind. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        add(out, spacedDecimals(text));
        add(out, joined(text, LETTER_SPACED, 0));
        add(out, joined(text, MONEY_THEN_GROUPS, 1));
        // a soft hyphen or zero-width space between digits is invisible on the page, but where it stands for the
        // group space the writer meant ("29\u00AD950 000"), dropping it leaves "29950 000": read both ways
        add(out, formatBetweenDigitsAsSpace(text));
        add(out, doubledMarks(text));
        return out;
    }

    /** How far around a change of a variant its text is read again: a sentence or two each side. */
    private static final int VARIANT_REACH = 400;

    /** The stretches of {@code variant} (as long as {@code text}) around its changes, merged, cut at blanks. */
    public static List<int[]> changedWindows(String text, String variant) {
        List<int[]> out = new ArrayList<>();
        int n = variant.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == variant.charAt(i)) continue;
            int a = Math.max(0, i - VARIANT_REACH);
            int b = Math.min(n, i + VARIANT_REACH);
            while (a > 0 && !Character.isWhitespace(variant.charAt(a - 1))) a--;
            while (b < n && !Character.isWhitespace(variant.charAt(b))) b++;
            if (!out.isEmpty() && a <= out.get(out.size() - 1)[1]) out.get(out.size() - 1)[1] = b;
            else out.add(new int[] {a, b});
            i = b;
        }
        return out;
    }

    /** {@code text} with each invisible format character between digits as a space (same length), or null if none. */
    static String formatBetweenDigitsAsSpace(String text) {
        char[] c = null;
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            if (Character.getType(text.charAt(i)) != Character.FORMAT) continue;
            int a = i - 1;
            int b = i + 1;
            while (b < n && Character.getType(text.charAt(b)) == Character.FORMAT) b++;
            if (b < n && Character.isDigit(text.charAt(a)) && Character.isDigit(text.charAt(b))) {
                if (c == null) c = text.toCharArray();
                for (int k = i; k < b; k++) c[k] = ' ';
            }
        }
        return c == null ? null : new String(c);
    }


    /** "29,,95 millioner" read as "29,95  millioner": the first mark kept, the rest of the number moved up to it. */
    static String doubledMarks(String text) {
        if (!hasDoubledMark(text)) return null; // a plain scan first: the pattern looks behind at every character
        Matcher m = DOUBLED_MARK.matcher(text);
        StringBuilder b = null;
        while (m.find()) {
            if (b == null) b = new StringBuilder(text);
            b.replace(m.start(), m.end(), m.group(1) + m.group(3) + " ".repeat(m.group(2).length()));
        }
        return b == null ? null : b.toString();
    }

    /** Whether a mark after a digit is followed by another mark, perhaps after a space. */
    private static boolean hasDoubledMark(String text) {
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            if (!isMark(text.charAt(i)) || !Character.isDigit(text.charAt(i - 1))) continue;
            int j = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
            if (j < n && isMark(text.charAt(j))) return true;
        }
        return false;
    }

    private static boolean isMark(char c) {
        return c == ',' || c == '.' || c == '\'';
    }

    private static void add(List<String> out, String variant) {
        if (variant != null) out.add(variant);
    }

    /** "29, 95 millioner" read as "29,95  millioner": the decimals moved to the mark, the space after them. */
    static String spacedDecimals(String text) {
        Matcher m = SPACED_DECIMALS.matcher(text);
        StringBuilder b = null;
        while (m.find()) {
            if (b == null) b = new StringBuilder(text);
            String decimals = m.group(1);
            b.replace(m.start(), m.end(), decimals + " ");
        }
        return b == null ? null : b.toString();
    }

    /** Group {@code g} of each match with its spaces removed, the spaces put after it; null when nothing matched. */
    private static String joined(String text, Pattern p, int g) {
        Matcher m = p.matcher(text);
        StringBuilder b = null;
        while (m.find()) {
            String digits = m.group(g);
            String joined = digits.replace(" ", "");
            // grouped by threes after the first group is a well-formed number already
            if (g > 0 && digits.matches("\\d{1,3}(?: \\d{3})+")) continue;
            if (b == null) b = new StringBuilder(text);
            int at = m.start(g);
            b.replace(at, at + digits.length(), joined + " ".repeat(digits.length() - joined.length()));
        }
        return b == null ? null : b.toString();
    }
}
