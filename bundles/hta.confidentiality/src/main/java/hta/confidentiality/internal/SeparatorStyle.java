package hta.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a line writes its numbers, where it says so beyond doubt. "1,250" is 1250 grouped or 1.25 with a decimal
 * comma, and the reader takes both; but a line that also prints "2,600,000" groups thousands with the comma, and
 * there "1,250" is no 1.25 (issue 14, sixth outsider probe tc10: "list price 2,600,000 | administration 1,250" was
 * refused as the list price 1.24 times the agreed price). Only a number of two groups or more settles it (a single
 * "3.2" may be a section number); a line that also uses the separator for decimals ("4,5 mg") settles nothing, so
 * ambiguity still refuses. The same holds for the point ("19.500.000 | 1.250"). Stateless.
 */
public final class SeparatorStyle {
    private SeparatorStyle() {
    }

    /** {@code read} without the decimal readings its lines' grouping rules out; the same list when none is. */
    public static List<Quantity> consistent(PerceivedText t, List<Quantity> read) {
        List<Quantity> out = null;
        for (int k = 0; k < read.size(); k++) {
            Quantity q = read.get(k);
            boolean drop = isDecimalTwin(k, read) && groupedOnItsLine(t, q);
            if (drop && out == null) out = new ArrayList<>(read.subList(0, k));
            if (!drop && out != null) out.add(q);
        }
        return out == null ? read : out;
    }

    /**
     * Whether another reading of the same digits is a thousand times {@code read[k]}: it reads a group as decimals. The
     * readings of one number stand next to each other in {@code read} (text order), so only its neighbours are looked at.
     */
    private static boolean isDecimalTwin(int k, List<Quantity> read) {
        Quantity q = read.get(k);
        for (int step : new int[] {-1, 1}) {
            for (int j = k + step; j >= 0 && j < read.size() && read.get(j).start() == q.start(); j += step) {
                Quantity r = read.get(j);
                if (r.end() == q.end() && Math.abs(r.mid() - q.mid() * 1000) <= 1e-9 * Math.abs(r.mid())) return true;
            }
        }
        return false;
    }

    private static boolean groupedOnItsLine(PerceivedText t, Quantity q) {
        String digits = t.substring(q.start(), q.end());
        char sep = 0;
        for (int i = 1; i + 3 < digits.length() + 1; i++) {
            char c = digits.charAt(i);
            if ((c == ',' || c == '.') && Character.isDigit(digits.charAt(i - 1))) {
                if (sep != 0) return false; // two separators: not the one-group ambiguity
                sep = c;
            }
        }
        if (sep == 0) return false;
        int from = q.start();
        while (from > 0 && t.charAt(from - 1) != '\n') from--;
        int to = q.end();
        while (to < t.length() && t.charAt(to) != '\n') to++;
        String line = t.substring(from, q.start()) + " " + t.substring(q.end(), to);
        String s = Pattern.quote(String.valueOf(sep));
        Matcher decimals = Pattern.compile("\\d" + s + "(\\d{1,2}|\\d{4,})(?!\\d)").matcher(line);
        if (decimals.find()) return false;
        return Pattern.compile("(?<![\\d,.])\\d{1,3}(" + s + "\\d{3}){2,}(?![\\d])").matcher(line).find();
    }
}
