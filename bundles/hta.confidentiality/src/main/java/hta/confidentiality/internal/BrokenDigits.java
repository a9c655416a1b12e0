package hta.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A number broken by a line, page or table-cell break at any place, as a PDF's text reads back from a narrow cell
 * or field: "26.475.\n000 kr", "28 70\n0 000 kr", "29 95\n0 000 NOK", "61\n2 400 kr", "287000\n00".
 * {@link DigitReader} joins a break before a whole group of three; this joins a break anywhere else when the two
 * sides joined are one well-formed grouped number (the pieces are read alone too, so the tolerance rules decide
 * as for any reading), or, for digits without grouping, when a side cannot stand alone (it ends with a
 * separator, or the next starts with one or with a leading zero). A mark at the break must be followed by a whole
 * group ("2024.\n2025" is two years). A number wrapped more than once ("28 7\n00 0\n00") is joined across up to three
 * breaks. Not thread-safe: one per scan.
 */
final class BrokenDigits {
    /** The longest run of digits and separators looked at on either side of a break. */
    private static final int MAX_SIDE = 40;
    private final PerceivedText t;
    private final int n;
    /** After {@link #join}: the end of the joined number in the text, its break's start, and its readings. */
    int end;
    int breakAt;
    int readings;
    /** Whether the joined number is rounded (trailing zeros). */
    boolean rounded;
    final double[] values = new double[4];
    final double[] precisions = new double[4];

    BrokenDigits(PerceivedText t) {
        this.t = t;
        this.n = t.length();
    }

    /** The most breaks one number is joined across (a number in a very narrow cell wraps more than once). */
    private static final int MAX_BREAKS = 3;

    /** Whether the number at {@code start} continues across an irregular break; sets the fields when it does. */
    boolean join(int start) {
        boolean raised = t.raised(start);
        int p = start;
        while (p < n && p - start < MAX_SIDE && (digit(p, raised) || separator(t.charAt(p)) && p > start
                || t.charAt(p) == ' ' && digit(p + 1, raised))) {
            p++;
        }
        int beforeEnd = p;
        String first = t.substring(start, beforeEnd);
        if (first.endsWith("-")) first = first.substring(0, first.length() - 1); // a hyphen where the line broke
        if (first.isEmpty()) return false;
        // the pieces after each break, as far as they go on ("28 7\n00 0\n00"); the longest join that is one
        // well-formed number wins
        List<String> pieces = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int q = beforeEnd;
        for (int b = 0; b < MAX_BREAKS; b++) {
            int[] next = nextPiece(q, raised);
            if (next == null) break;
            String piece = t.substring(next[0], next[1]);
            if (piece.endsWith("-")) piece = piece.substring(0, piece.length() - 1);
            if (piece.isEmpty()) break;
            pieces.add(piece);
            ends.add(next[1]);
            q = next[1];
        }
        for (int k = pieces.size(); k >= 1; k--) {
            if (joins(first, pieces.subList(0, k))) {
                end = ends.get(k - 1);
                breakAt = beforeEnd;
                return readings > 0;
            }
        }
        return false;
    }

    /** The digits after a line, page or cell break at {@code p}: {start, end}, or null when none follow. */
    private int[] nextPiece(int p, boolean raised) {
        if (p >= n || !DigitReader.blank(t.charAt(p))) return null;
        int bars = 0;
        boolean broken = false;
        int q = p;
        while (q < n && q - p < 16 && DigitReader.blank(t.charAt(q))) {
            char b = t.charAt(q);
            if (b == '|') bars++;
            if (b != ' ' && b != '|') broken = true;
            q++;
        }
        if (!broken || bars > 1) return null;
        int afterStart = q;
        // the next line starts with a digit, or with a separator before one ("26.475\n.000")
        int r = afterStart < n && separator(t.charAt(afterStart)) ? afterStart + 1 : afterStart;
        if (!digit(r, raised)) return null;
        while (r < n && r - afterStart < MAX_SIDE && (digit(r, raised)
                || (separator(t.charAt(r)) || t.charAt(r) == ' ') && digit(r + 1, raised))) {
            r++;
        }
        // a hyphen at the end of a piece is where its line broke, when another piece follows
        if (r < n && t.charAt(r) == '-' && r + 1 < n && DigitReader.blank(t.charAt(r + 1))) r++;
        return new int[] {afterStart, r};
    }

    /**
     * Whether {@code before} and the pieces after it join into one number, each break closed up or read as the
     * space between two groups ("12 \n165 0\n00" is 12 165 000: the line broke at a group's space, then inside a
     * group); sets the readings when they do.
     */
    private boolean joins(String before, List<String> after) {
        for (int spaces = 0; spaces < 1 << after.size(); spaces++) {
            if (joins(before, after, spaces)) return true;
        }
        return false;
    }

    private boolean joins(String before, List<String> after, int spaces) {
        boolean incomplete = false;
        String left = before;
        for (int i = 0; i < after.size(); i++) {
            String piece = (spaces >> i & 1) == 1 ? " " + after.get(i) : after.get(i);
            incomplete |= incompleteEnd(left) || incompleteStart(piece);
            // a mark at the break groups thousands: a whole group of three must follow it ("2024.\n2025" is two years);
            // or it is a decimal mark before the decimals, the last piece: "29,\n95 millioner", "27.\n0 per cent"
            // (fourteenth probe; four digits stay a year)
            char mark = left.charAt(left.length() - 1);
            int digits = leadingDigits(piece, 0);
            boolean decimals = (mark == '.' || mark == ',') && i == after.size() - 1 && digits == piece.length()
                    && (digits <= 2 || digits >= 5);
            if (separator(mark) && digits != 3 && !decimals) return false;
            if (separator(piece.charAt(0)) && leadingDigits(piece, 1) != 3) return false;
            left = left + piece;
        }
        String joined = left;
        DigitReader whole = new DigitReader(PerceivedText.of(joined));
        whole.read(0);
        if (whole.date || whole.end != joined.length() || whole.groups < 2 && joined.length() < 6) return false;
        int grouping = 0;
        for (int g = 1; g < whole.groups; g++) {
            if (whole.sep[g] == 'B') return false;
            if (whole.decimalFrom < 0 || g < whole.decimalFrom) grouping++;
        }
        // joined into one grouped number ("61\n2 400", "4\n4.925.000") both readings are taken, as for a break
        // before a whole group; digits alone or a decimal part join only where a side cannot stand alone
        if (grouping == 0 && !incomplete) return false;
        readings = whole.readings(values, precisions);
        rounded = whole.rounded;
        return true;
    }

    private static int leadingDigits(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i - from;
    }

    private boolean digit(int i, boolean raised) {
        return i >= 0 && i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9' && t.raised(i) == raised;
    }

    private static boolean separator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '\u00B7' || c == '_' || c == '-';
    }

    /** A number that cannot end here: a separator last, or a group of fewer than three digits after a grouping mark. */
    private static boolean incompleteEnd(String s) {
        char last = s.charAt(s.length() - 1);
        if (separator(last)) return true;
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) i--;
        if (i == 0) return false;
        char mark = s.charAt(i - 1);
        int group = s.length() - i;
        if (group >= 3) return false;
        // after ' , '.' or ',' a short last group is a decimal part, unless the mark was used for grouping before
        if (mark == '.' || mark == ',') return s.indexOf(mark) < i - 1;
        return true;
    }

    /** A number that cannot start here: a separator first, or a leading zero (but a lone 0). */
    private static boolean incompleteStart(String s) {
        if (separator(s.charAt(0))) return true;
        if (s.charAt(0) != '0') return false;
        return s.length() > 1;
    }
}
