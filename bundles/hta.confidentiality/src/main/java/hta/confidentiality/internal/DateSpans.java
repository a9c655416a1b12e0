package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The length of time between two dates of one sentence: "for en pasient behandlet i januar 2026 er behandlingen
 * kostnadsnøytral fra august 2035" says 9 years and 7 months as surely as the figure does, and "infusjon 15.03.2026 –
 * kostnadsnøytral 20.10.2035" says 9.6 years to the day (sixteenth probe). A date is a month named in the memo
 * language's words (the JDK's names for the languages whose numbers are read, full and short) followed by a year;
 * or an exact date: a day before such a month ("1. mars 2026", "1 March 2026") or after it ("March 1, 2026"), or
 * written in digits ("15.03.2026", "15/03/2026", "15-03-2026", ISO "2026-03-01"). A month stands for any day of it,
 * so a span with a month in it is known to a month either way; between two exact dates it is known to a day.
 * Stateless.
 */
public final class DateSpans {
    /** The form of a span, as a finding names it. */
    static final String FORM = "the time between two months of its sentence";
    /** The form of a span between two exact dates. */
    static final String DAYS = "the time between two dates of its sentence";
    private static final Map<List<Locale>, Map<String, Integer>> MONTHS = new ConcurrentHashMap<>();
    private static final double DAYS_A_YEAR = 365.2425;
    /** How many dates after it a date of a sentence is paired with: a table row of dates is no quadratic work. */
    private static final int PAIRS = 8;

    /** A date of the text: where it is written, its month and its day (when it gives one). */
    private record Date(int start, int end, int months, long day) {
        boolean exact() {
            return day != Long.MIN_VALUE;
        }
    }

    private DateSpans() {
    }

    /** Every span between two dates of one sentence, as a duration in years at the later date. */
    public static List<Quantity> in(PerceivedText t, Lexicon lex) {
        List<Locale> locales = lex.words().spellOut();
        if (locales.isEmpty()) return List.of();
        Map<String, Integer> names = MONTHS.computeIfAbsent(List.copyOf(locales), DateSpans::names);
        List<Date> dates = new ArrayList<>();
        named(t, names, dates);
        digits(t, dates);
        List<Quantity> out = new ArrayList<>();
        yearRanges(t, out);
        weeks(t, lex, out);
        if (dates.size() < 2) return out;
        dates.sort(Comparator.comparingInt(Date::start));
        int sentenceEnd = -1; // of the sentence of the last date asked, found once for all its dates
        for (int a = 0; a < dates.size(); a++) {
            Date from = dates.get(a);
            for (int b = a + 1; b < dates.size() && b <= a + PAIRS; b++) {
                Date to = dates.get(b);
                Quantity span = span(from, to);
                if (span == null) continue; // the same day or month, before its sentence is looked for
                if (from.start() >= sentenceEnd) sentenceEnd = Sentence.bounds(t, from.start())[1];
                if (to.start() >= sentenceEnd) break;
                out.add(span);
            }
        }
        return out;
    }

    /** The time from one date to a later one, to the day when both give theirs, else to the month; null under two. */
    private static Quantity span(Date from, Date to) {
        if (from.exact() && to.exact()) {
            long days = Math.abs(to.day() - from.day());
            if (days < 2) return null;
            return new Quantity((days - 1) / DAYS_A_YEAR, (days + 1) / DAYS_A_YEAR, Dim.DURATION, to.start(), to.end(), DAYS);
        }
        int months = Math.abs(to.months() - from.months());
        if (months < 2) return null;
        return new Quantity((months - 1) / 12.0, (months + 1) / 12.0, Dim.DURATION, to.start(), to.end(), FORM);
    }

    /** The dates with a named month: "mars 2026", "1. mars 2026", "1 March 2026", "March 1, 2026". */
    private static void named(PerceivedText t, Map<String, Integer> names, List<Date> dates) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int e = i;
            while (e < n && Character.isLetter(t.charAt(e))) e++;
            Integer month = names.get(t.substring(i, e).toLowerCase(Locale.ROOT));
            if (month == null) {
                i = e;
                continue;
            }
            int y = e < n && t.charAt(e) == '.' ? e + 1 : e;
            if (y >= n || t.charAt(y) != ' ') continue;
            int ds = y + 1;
            int de = digitsEnd(t, ds);
            int dayAfter = 0;
            if (de - ds >= 1 && de - ds <= 2) {
                // "March 1, 2026": the day after the month, then the year
                int p = de < n && t.charAt(de) == ',' ? de + 1 : de;
                if (p < n && t.charAt(p) == ' ' && year(t, p + 1) > 0) {
                    dayAfter = Integer.parseInt(t.substring(ds, de));
                    ds = p + 1;
                }
            }
            int year = year(t, ds);
            if (year == 0) continue;
            int start = i;
            int day = dayAfter;
            if (day == 0) {
                // "1. mars 2026", "1 March 2026": the day before the month
                int p = i - 1;
                if (p > 0 && t.charAt(p) == ' ') {
                    int q = t.charAt(p - 1) == '.' ? p - 1 : p;
                    int b = q;
                    while (b > 0 && Character.isDigit(t.charAt(b - 1)) && q - b < 3) b--;
                    if (q - b >= 1 && q - b <= 2 && (b == 0 || !Character.isLetterOrDigit(t.charAt(b - 1)) && t.charAt(b - 1) != '.'
                            && t.charAt(b - 1) != ',')) {
                        day = Integer.parseInt(t.substring(b, q));
                        start = b;
                    }
                }
            }
            add(dates, start, ds + 4, year, month + 1, day);
            i = ds + 3;
        }
    }

    /** The dates written in digits: "15.03.2026", "15/03/2026", "15-03-2026", "2026-03-01". */
    private static void digits(PerceivedText t, List<Date> dates) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int e = digitsEnd(t, i);
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            if (Character.isDigit(before) || before == '.' || before == ',' || before == '/' || e >= n) {
                i = e;
                continue;
            }
            char mark = t.charAt(e);
            if (e - i <= 2 && (mark == '.' || mark == '/' || mark == '-')) {
                // day, month and year with the same mark between them
                int me = digitsEnd(t, e + 1);
                if (me - e - 1 >= 1 && me - e - 1 <= 2 && me < n && t.charAt(me) == mark && digitsEnd(t, me + 1) == me + 5) {
                    add(dates, i, me + 5, Integer.parseInt(t.substring(me + 1, me + 5)),
                            Integer.parseInt(t.substring(e + 1, me)), Integer.parseInt(t.substring(i, e)));
                    i = me + 5;
                    continue;
                }
            } else if (e - i == 4 && mark == '-' && digitsEnd(t, e + 1) == e + 3 && e + 3 < n && t.charAt(e + 3) == '-'
                    && digitsEnd(t, e + 4) == e + 6) {
                // ISO 8601: year, month and day
                add(dates, i, e + 6, Integer.parseInt(t.substring(i, e)), Integer.parseInt(t.substring(e + 1, e + 3)),
                        Integer.parseInt(t.substring(e + 4, e + 6)));
                i = e + 6;
                continue;
            }
            i = e;
        }
    }

    /** A date of {@code year} (1900–2100), {@code month} (1–12) and {@code day} (0 when it gives none), if it is one. */
    private static void add(List<Date> dates, int start, int end, int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12) return;
        long epochDay = Long.MIN_VALUE;
        if (day > 0) {
            try {
                epochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return; // "31.02.2026" is no date
            }
        }
        dates.add(new Date(start, end, year * 12 + month - 1, epochDay));
    }

    /** The year of four digits (1900–2100) at {@code at}, not followed by a letter or digit; 0 when there is none. */
    private static int year(PerceivedText t, int at) {
        int n = t.length();
        if (at + 4 > n || !years(t, at) || at + 4 < n && Character.isLetterOrDigit(t.charAt(at + 4))) return 0;
        int year = Integer.parseInt(t.substring(at, at + 4));
        return year < 1900 || year > 2100 ? 0 : year;
    }

    private static int digitsEnd(PerceivedText t, int at) {
        while (at < t.length() && Character.isDigit(t.charAt(at))) at++;
        return at;
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
