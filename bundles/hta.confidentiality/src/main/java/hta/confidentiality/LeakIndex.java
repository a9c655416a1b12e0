package hta.confidentiality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The confidential values of a dossier prepared for scanning text, and the scan itself. Immutable and
 * thread-safe; build once per set of values and scan many texts.
 *
 * <p>How it reads numbers (CONFIDENTIALITY.md, "The leak scanner"): every run of digit groups in the text is
 * read whole, with groups joined by one space of any kind (U+0020, U+00A0, U+202F, U+2009, U+2007 …),
 * {@code .}, {@code ,} or an apostrophe, or by a line break or table-cell border ({@code |}, tab) when the
 * next group has three digits. A run may be read with its last {@code .}/{@code ,} as the decimal mark. Only
 * whole runs are looked up (or pieces between line/cell breaks), never digit substrings, so a public figure
 * that contains a secret's digits is not reported. Each reading is normalised (no leading zeros, no trailing
 * decimal zeros) and looked up in a hash map of every written form of every secret: exact, rounded to fewer
 * decimals, and scaled to thousands, millions and billions ({@code 43 029 TNOK}, {@code 43,0 mill.},
 * {@code MNOK 43}, {@code £43m}) with up to three decimals. Signs are ignored: the magnitude is the secret.
 *
 * <p>To keep false positives away: rounded and scaled forms must keep at least two significant digits (three
 * when not scaled) and are dropped when a public value has the same form; a value written with fewer than
 * three significant digits is only reported when a word of the secret's unit follows it; percentages are only
 * reported when a percent sign or word follows ({@code %}, {@code pst.}, {@code prosent}, {@code procent},
 * {@code percent}). Known limit: in a table flattened to single spaces, adjacent cells such as {@code 1 100 200}
 * read as one number.
 *
 * @since 0.2
 */
public final class LeakIndex {
    private static final String[] TAGS = {"K", "M", "G"};
    private static final Map<String, String> SCALE_AFTER = new HashMap<>();
    private static final Set<String> ATTACHED_ONLY = Set.of("m", "k", "bn", "b");
    private static final Map<String, String> SCALE_BEFORE = new HashMap<>();
    private static final Set<String> PERCENT_WORDS = Set.of("pst", "prosent", "procent", "percent", "pct", "pct.");
    private static final Map<String, Set<String>> UNIT_WORDS = new HashMap<>();

    static {
                // the JDK's compact forms included: nb/nn "27,5k", sv "27,5 tn", da "27,5 t", "tusen", "tusind"
        for (String w : new String[] {"tnok", "tsek", "tdkk", "tkr", "tusen", "tusind", "thousand", "tsd", "k", "tn",
                "t"}) {
            SCALE_AFTER.put(w, "K");
        }
        for (String w : new String[] {"mill", "million", "millioner", "millionar", "millionen", "millions", "miljoner",
                "miljon", "mio", "mn", "mnok", "msek", "mdkk", "mkr", "m"}) {
            SCALE_AFTER.put(w, "M");
        }
        // "billion" is 10^9 in English only (10^12 in the Nordic languages, not a price's order of magnitude)
        for (String w : new String[] {"mrd", "milliard", "milliarder", "milliardar", "miljard", "miljarder", "md",
                "mia", "bn", "b", "billion", "billions"}) {
            SCALE_AFTER.put(w, "G");
        }
        for (String w : new String[] {"tnok", "tsek", "tdkk", "tkr"}) SCALE_BEFORE.put(w, "K");
        for (String w : new String[] {"mnok", "msek", "mdkk", "mkr"}) SCALE_BEFORE.put(w, "M");
        Set<String> money = Set.of("kr", "kroner", "kronor", "krone", "krona", "nkr", "nok", "sek", "dkk", "gbp", "eur",
                "pund", "pounds");
        for (String c : new String[] {"nok", "sek", "dkk", "gbp", "eur"}) UNIT_WORDS.put(c, money);
        UNIT_WORDS.put("years", Set.of("år", "års", "åren", "years", "year", "yrs", "aar"));
        UNIT_WORDS.put("months", Set.of("måneder", "månader", "mnd", "months", "month", "måneders"));
        UNIT_WORDS.put("weeks", Set.of("uker", "veckor", "uger", "weeks", "week"));
        UNIT_WORDS.put("days", Set.of("dager", "dagar", "dage", "days", "day"));
        UNIT_WORDS.put("qaly", Set.of("qaly", "qalys", "qaly-er", "qalyer"));
        UNIT_WORDS.put("patients", Set.of("pasienter", "patienter", "patients", "pasient", "patient"));
    }

    private final Map<String, SecretValue[]> forms;

    private LeakIndex(Map<String, SecretValue[]> forms) {
        this.forms = forms;
    }

    /**
     * @param secrets      the confidential values (and every value derived from one)
     * @param publicValues values a reader may see (list price, public figures); a rounded or scaled form of a
     *                     secret that equals a form of one of these is not looked for
     */
    public static LeakIndex of(Collection<SecretValue> secrets, Collection<BigDecimal> publicValues) {
        Set<String> publicForms = new HashSet<>();
        for (BigDecimal v : publicValues) {
            if (v != null) forms(v, false, (key, exact) -> publicForms.add(key));
        }
        Map<String, List<SecretValue>> map = new HashMap<>();
        for (SecretValue s : secrets) {
            if (s.value() == null) continue;
            forms(s.value(), s.kind() == SecretValue.Kind.PERCENTAGE, (key, exact) -> {
                if (!exact && publicForms.contains(key)) return;
                List<SecretValue> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!l.contains(s)) l.add(s);
            });
        }
        Map<String, SecretValue[]> result = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> result.put(k, v.toArray(new SecretValue[0])));
        return new LeakIndex(result);
    }

    private interface FormSink {
        void accept(String key, boolean exact);
    }

    /** Every written form of a value as a lookup key: {@code tag|plain}, tag empty, K, M or G. */
    private static void forms(BigDecimal value, boolean percentage, FormSink sink) {
        BigDecimal a = value.abs().stripTrailingZeros();
        int scale = Math.max(0, a.scale());
        sink.accept("|" + plain(a), true);
        for (int d = 0; d < scale; d++) {
            BigDecimal r = a.setScale(d, RoundingMode.HALF_UP);
            if (significant(plain(r)) >= 3) sink.accept("|" + plain(r), false);
        }
        if (percentage) return;
        for (int t = 0; t < TAGS.length; t++) {
            BigDecimal s = a.movePointLeft(3 * (t + 1));
            for (int d = 0; d <= 3; d++) {
                BigDecimal r = s.setScale(d, RoundingMode.HALF_UP);
                String p = plain(r);
                if (r.signum() != 0 && significant(p) >= 2) sink.accept(TAGS[t] + "|" + p, r.compareTo(s) == 0);
            }
        }
    }

    /** Plain digits, no exponent, no trailing decimal zeros: 43028738, 27.5, 0.5. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }

    private static int significant(String plain) {
        int n = 0;
        boolean leading = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < '0' || c > '9') continue;
            if (leading && c == '0') continue;
            leading = false;
            n++;
        }
        return n;
    }

    /** Number of distinct written forms indexed (for diagnostics). */
    public int size() {
        return forms.size();
    }

    /** Every place in {@code text} where a secret is written, in text order. */
    public List<LeakFinding> scan(String location, String text) {
        List<LeakFinding> findings = new ArrayList<>();
        if (text == null || text.isEmpty() || forms.isEmpty()) return findings;
        new Run(text, location, findings).scanAll();
        return findings;
    }

    /** One pass over one text; holds the groups of the current run of digits. Not thread-safe. */
    private final class Run {
        private static final int MAX_GROUPS = 48;
        private final String text;
        private final String location;
        private final List<LeakFinding> findings;
        private final int[] gs = new int[MAX_GROUPS];
        private final int[] ge = new int[MAX_GROUPS];
        /** Separator after group i: 'S' one space, '.', ',', '\'' or 'B' a line or cell break. */
        private final char[] sep = new char[MAX_GROUPS];
        private final StringBuilder key = new StringBuilder(32);
        private Set<Long> seen;
        /** Index of the last group of the current run. */
        private int last;

        Run(String text, String location, List<LeakFinding> findings) {
            this.text = text;
            this.location = location;
            this.findings = findings;
        }

        void scanAll() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!digit(text.charAt(i))) {
                    i++;
                    continue;
                }
                i = readRun(i);
            }
        }

        /** Reads the run starting at {@code start}, looks up its readings, returns the position after it. */
        private int readRun(int start) {
            int n = text.length();
            int g = 0;
            gs[0] = start;
            int p = start;
            while (p < n && digit(text.charAt(p))) p++;
            ge[0] = p;
            boolean groupable = validFirst(0);
            while (g + 1 < MAX_GROUPS && p < n) {
                char c = text.charAt(p);
                char kind;
                int q;
                if ((c == '.' || c == ',' || c == '\'' || c == '\u2019' || space(c)) && p + 1 < n && digit(text.charAt(p + 1))) {
                    kind = space(c) ? 'S' : c == '\u2019' ? '\'' : c;
                    q = p + 1;
                } else if (blank(c)) {
                    int k = p;
                    int bars = 0;
                    while (k < n && k - p < 16 && blank(text.charAt(k))) {
                        if (text.charAt(k) == '|') bars++;
                        k++;
                    }
                    if (bars > 1 || k >= n || !digit(text.charAt(k))) break;
                    kind = 'B';
                    q = k;
                } else {
                    break;
                }
                int r = q;
                while (r < n && digit(text.charAt(r))) r++;
                int len = r - q;
                boolean decimal = false;
                if (kind == 'B') {
                    if (len != 3) break;
                    groupable = groupable || text.charAt(q) != '0';
                } else if (kind == 'S' || kind == '\'') {
                    if (len != 3 || !groupable) break;
                } else if (len != 3 || !groupable) {
                    decimal = true;
                }
                sep[g] = kind;
                g++;
                gs[g] = q;
                ge[g] = r;
                p = r;
                if (decimal) break;
            }
            last = g;
            lookupReadings(g);
            return p;
        }

        private void lookupReadings(int last) {
            for (int s = 0; s <= last; s++) {
                if (s > 0 && sep[s - 1] != 'B') continue;
                for (int e = s; e <= last; e++) {
                    if (e < last && sep[e] != 'B') continue;
                    if (groupsValid(s, e)) lookup(s, e, e + 1);
                    if (e > s && (sep[e - 1] == '.' || sep[e - 1] == ',') && groupsValid(s, e - 1)) lookup(s, e, e);
                }
            }
        }

        /** Whether groups s..e read as one grouped integer: first 1–3 digits (any length alone), rest 3. */
        private boolean groupsValid(int s, int e) {
            if (s == e) return true;
            if (!validFirst(s)) return false;
            for (int k = s + 1; k <= e; k++) {
                if (ge[k] - gs[k] != 3) return false;
            }
            return true;
        }

        private boolean validFirst(int k) {
            int len = ge[k] - gs[k];
            return len >= 1 && len <= 3 && (len == 1 || text.charAt(gs[k]) != '0');
        }

        /** Looks up groups s..e with groups from {@code fracFrom} on (if ≤ e) as the decimal part. */
        private void lookup(int s, int e, int fracFrom) {
            key.setLength(0);
            key.append('|');
            int sig = 0;
            for (int k = s; k < Math.min(fracFrom, e + 1); k++) {
                for (int c = gs[k]; c < ge[k]; c++) {
                    char ch = text.charAt(c);
                    if (sig == 0 && ch == '0') continue;
                    key.append(ch);
                    sig++;
                }
            }
            boolean intZero = sig == 0;
            if (intZero) key.append('0');
            if (fracFrom <= e) {
                int end = ge[e];
                while (end > gs[e] && text.charAt(end - 1) == '0') end--;
                if (end > gs[e]) {
                    key.append('.');
                    for (int c = gs[e]; c < end; c++) {
                        char ch = text.charAt(c);
                        key.append(ch);
                        if (!(intZero && sig == 0 && ch == '0')) sig++;
                    }
                }
            }
            int from = gs[s];
            int to = ge[e];
            String unscaled = key.toString();
            SecretValue[] hits = forms.get(unscaled);
            if (hits != null) {
                for (SecretValue secret : hits) {
                    if (contextAllows(secret, sig, e)) report(secret, from, to);
                }
            }
            String tag = e == last ? scaleAfter(to) : null;
            if (tag == null && s == 0) tag = scaleBefore(from);
            if (tag != null) {
                SecretValue[] scaled = forms.get(tag + unscaled);
                if (scaled != null) {
                    for (SecretValue secret : scaled) report(secret, from, to);
                }
            }
        }

        private boolean contextAllows(SecretValue secret, int significant, int e) {
            if (secret.kind() == SecretValue.Kind.PERCENTAGE) return percentAfter(ge[e]);
            if (significant >= 3) return true;
            Set<String> words = secret.unit() == null ? null : UNIT_WORDS.get(secret.unit().toLowerCase(Locale.ROOT));
            if (words == null) return false;
            String w = wordAfter(ge[e]);
            return w != null && words.contains(w);
        }

        private void report(SecretValue secret, int from, int to) {
            if (seen == null) seen = new HashSet<>();
            long id = ((long) from << 32) ^ System.identityHashCode(secret);
            if (seen.add(id)) findings.add(new LeakFinding(location, secret.id(), from, to - from));
        }

        /** The scale of a word right after the number ("mill.", "TNOK", "m" attached), or null. */
        private String scaleAfter(int pos) {
            int p = pos;
            boolean spaced = false;
            if (p < text.length() && space(text.charAt(p))) {
                p++;
                spaced = true;
            }
            int start = p;
            while (p < text.length() && Character.isLetter(text.charAt(p))) p++;
            if (p == start) return null;
            String w = text.substring(start, p).toLowerCase(Locale.ROOT);
            if (spaced && ATTACHED_ONLY.contains(w)) return null;
            return SCALE_AFTER.get(w);
        }

        /** The scale of a code right before the number ("MNOK 43", "TNOK 43 029"), or null. */
        private String scaleBefore(int pos) {
            int p = pos;
            // a sign between the code and the number: "MNOK -43", "MNOK − 43"
            if (p > 0 && space(text.charAt(p - 1)) && p > 1 && minus(text.charAt(p - 2))) p--;
            if (p > 0 && minus(text.charAt(p - 1))) p--;
            if (p > 0 && space(text.charAt(p - 1))) p--;
            int end = p;
            while (p > 0 && Character.isLetter(text.charAt(p - 1))) p--;
            if (p == end) return null;
            return SCALE_BEFORE.get(text.substring(p, end).toLowerCase(Locale.ROOT));
        }

        private boolean percentAfter(int pos) {
            int p = pos;
            if (p < text.length() && space(text.charAt(p))) p++;
            if (p < text.length() && (text.charAt(p) == '%' || text.charAt(p) == '\uFF05')) return true;
            String w = wordAfter(pos);
            if (w == null) return false;
            if (PERCENT_WORDS.contains(w)) return true;
            return w.equals("per") && text.startsWith("cent", Math.min(text.length(), p + 4));
        }

        private String wordAfter(int pos) {
            int p = pos;
            if (p < text.length() && space(text.charAt(p))) p++;
            int start = p;
            while (p < text.length() && (Character.isLetter(text.charAt(p)) || text.charAt(p) == '-')) p++;
            return p == start ? null : text.substring(start, p).toLowerCase(Locale.ROOT);
        }
    }

    private static boolean minus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One space of any kind: U+0020 and every Unicode space separator (U+00A0, U+2007, U+2009, U+202F …). */
    private static boolean space(char c) {
        return c == ' ' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** What may separate the groups of a number broken across lines or table cells. */
    private static boolean blank(char c) {
        return space(c) || c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '\u000B' || c == '\f'
                || c == '\u2028' || c == '\u2029';
    }
}
