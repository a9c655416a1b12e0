package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The length of time between two calendar months of one sentence: "for en pasient behandlet i januar 2026 er
 * behandlingen kostnadsnøytral fra august 2035" says 9 years and 7 months as surely as the figure does. Months are
 * named in the memo language's words (the JDK's names for the languages whose numbers are read, full and short),
 * each followed by a year; a month stands for any day of it, so the span is known to a month either way.
 * Stateless.
 */
public final class DateSpans {
    /** The form of a span, as a finding names it. */
    static final String FORM = "the time between two months of its sentence";
    private static final Map<List<Locale>, Map<String, Integer>> MONTHS = new ConcurrentHashMap<>();

    private DateSpans() {
    }

    /** Every span between two "month year" dates of one sentence, as a duration in years at the later date. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex) {
        List<Locale> locales = lex.words().spellOut();
        if (locales.isEmpty()) return List.of();
        Map<String, Integer> names = MONTHS.computeIfAbsent(List.copyOf(locales), DateSpans::names);
        List<int[]> dates = new ArrayList<>(); // {start, end, months since year 0, sentence start}
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int e = i;
            while (e < n && Character.isLetter(t.charAt(e))) e++;
            Integer month = names.get(t.substring(i, e).toLowerCase(Locale.ROOT));
            int y = e < n && t.charAt(e) == '.' ? e + 1 : e;
            if (month == null || y >= n || t.charAt(y) != ' ') continue;
            int ys = y + 1;
            int ye = ys;
            while (ye < n && Character.isDigit(t.charAt(ye))) ye++;
            if (ye - ys != 4 || ye < n && Character.isLetterOrDigit(t.charAt(ye))) continue;
            int year = Integer.parseInt(t.substring(ys, ye));
            if (year < 1900 || year > 2100) continue;
            dates.add(new int[] {i, ye, year * 12 + month, Sentence.bounds(t, i)[0]});
            i = ye;
        }
        List<Quantity> out = new ArrayList<>();
        yearRanges(t, out);
        weeks(t, lex, out);
        for (int a = 0; a < dates.size(); a++) {
            for (int b = a + 1; b < dates.size() && dates.get(b)[3] == dates.get(a)[3]; b++) {
                int months = Math.abs(dates.get(b)[2] - dates.get(a)[2]);
                if (months < 2) continue;
                out.add(new Quantity((months - 1) / 12.0, (months + 1) / 12.0, Dim.DURATION, dates.get(b)[0], dates.get(b)[1], FORM));
            }
        }
        return out;
    }

    /** The form of a range of years. */
    static final String YEARS = "the years of a range of years";

    /**
     * "i avtaleperioden 2026–2028": so many years, counted both ways (three years of payments, two years between),
     * each a whole number of years (fourteenth probe).
     */
    private static void yearRanges(PerceivedText t, List<Quantity> out) {
        int n = t.length();
        for (int i = 0; i + 9 <= n; i++) {
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) || !years(t, i)) continue;
            int d = i + 4;
            while (d < n && t.charAt(d) == ' ') d++;
            if (d >= n || t.charAt(d) != '-') continue;
            int s = d + 1;
            while (s < n && t.charAt(s) == ' ') s++;
            if (s + 4 > n || !years(t, s) || s + 4 < n && Character.isLetterOrDigit(t.charAt(s + 4))) continue;
            int from = Integer.parseInt(t.substring(i, i + 4));
            int to = Integer.parseInt(t.substring(s, s + 4));
            if (from < 1900 || to > 2100 || to <= from || to - from > 30) continue;
            for (int k : new int[] {to - from + 1, to - from}) {
                out.add(new Quantity(k, k, Dim.DURATION, i, s + 4, YEARS));
            }
            i = s + 3;
        }
    }

    /** The form of a span between two weeks of years. */
    static final String WEEKS = "the time between two weeks of years of its sentence";
    private static final double WEEKS_A_YEAR = 365.2425 / 7;

    /**
     * "i veke 2 i 2026 … i veke 33 i 2035", "week 2 of 2026": the time between two weeks of years of one sentence,
     * within a week (fifteenth probe). A week is a word the memo's language has for one, its number (1–53), a short
     * word or a comma, and a year.
     */
    private static void weeks(PerceivedText t, Lexicon lex, List<Quantity> out) {
        List<double[]> found = new ArrayList<>(); // {start, end, weeks since year 0, sentence start}
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int e = i;
            while (e < n && Character.isLetter(t.charAt(e))) e++;
            String w = t.substring(i, e).toLowerCase(Locale.ROOT);
            if (lex.words().durations().get(w) != hta.confidentiality.NumberWords.Duration.WEEKS) {
                i = e;
                continue;
            }
            int p = e;
            if (p >= n || t.charAt(p) != ' ') continue;
            int ds = ++p;
            while (p < n && Character.isDigit(t.charAt(p))) p++;
            if (p - ds < 1 || p - ds > 2) continue;
            int week = Integer.parseInt(t.substring(ds, p));
            if (week < 1 || week > 53) continue;
            if (p < n && t.charAt(p) == ',') p++;
            if (p >= n || t.charAt(p) != ' ') continue;
            p++;
            int ws = p;
            while (p < n && Character.isLetter(t.charAt(p))) p++;
            if (p - ws > 3) continue;
            if (p > ws) {
                if (p >= n || t.charAt(p) != ' ') continue;
                p++;
            }
            if (p + 4 > n || !years(t, p) || p + 4 < n && Character.isDigit(t.charAt(p + 4))) continue;
            int year = Integer.parseInt(t.substring(p, p + 4));
            if (year < 1900 || year > 2100) continue;
            found.add(new double[] {i, p + 4, year * WEEKS_A_YEAR + week, Sentence.bounds(t, i)[0]});
            i = p + 3;
        }
        for (int a = 0; a < found.size(); a++) {
            for (int b = a + 1; b < found.size() && found.get(b)[3] == found.get(a)[3]; b++) {
                double span = Math.abs(found.get(b)[2] - found.get(a)[2]);
                if (span < 2) continue;
                out.add(new Quantity((span - 1) / WEEKS_A_YEAR, (span + 1) / WEEKS_A_YEAR, Dim.DURATION,
                        (int) found.get(b)[0], (int) found.get(b)[1], WEEKS));
            }
        }
    }

    private static boolean years(PerceivedText t, int at) {
        for (int k = 0; k < 4; k++) if (!Character.isDigit(t.charAt(at + k))) return false;
        return true;
    }

    private static Map<String, Integer> names(List<Locale> locales) {
        Map<String, Integer> m = new HashMap<>();
        for (Locale l : locales) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String name = month.getDisplayName(style, l).toLowerCase(Locale.ROOT).replace(".", "");
                    // a one- or two-letter abbreviation is a word of its own ("ma", "ju"): months need three letters
                    if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) m.putIfAbsent(name, month.getValue() - 1);
                }
            }
        }
        return Map.copyOf(m);
    }
}
