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
 * <li>digits grouped irregularly right after a money word or sign: "kr 29 95 0000".</li>
 * </ul>
 * Stateless.
 */
public final class TextVariants {
    private static final Pattern SPACED_DECIMALS = Pattern.compile("(?<=\\d[.,]) (\\d{1,2})(?=\\s+\\p{L})");
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\d\\p{L}])\\d(?: \\d){5,}(?![\\d])");
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
        return out;
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
