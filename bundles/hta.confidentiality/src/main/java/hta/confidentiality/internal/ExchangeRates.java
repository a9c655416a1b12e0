package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader multiplies by to take an amount written in one currency into another: an exchange rate printed in
 * the memo ("1 EUR = 11,6 NOK", "11,6 NOK/EUR", "EUR/NOK 11.6", or a number after the language's exchange-rate
 * words: "kurs 11,6"), at its printed precision; else the reference table ({@code reference-rates.properties},
 * approximate by design) within {@link #REFERENCE_BAND}, wide enough for the rate of another day or source. A
 * rate printed without its currencies, or the wrong way round, is taken the way that lies near the reference (within
 * a factor of 1.5). Immutable once read; one per scanned text.
 */
public final class ExchangeRates {
    /** How far a reader's rate may lie from the reference table: ±8 %. */
    static final double REFERENCE_BAND = 0.08;
    /** A printed rate further than this factor from the reference is no rate between these two currencies. */
    private static final double PLAUSIBLE = 1.5;
    private static final Map<String, Double> NOK_PER_UNIT = load();
    private static final Pattern PAIR_AFTER = Pattern.compile("^ ?([A-Z]{3})? ?/ ?([A-Z]{3})");
    private static final Pattern PAIR_BEFORE = Pattern.compile("([A-Z]{3}) ?/ ?([A-Z]{3}) ?[:=]? ?$");
    private static final int REACH = 14;

    /**
     * A rate printed in the memo: {@code value} of the second currency per one of the first when {@code directed}
     * ("1 EUR = 11,6 NOK"), either way round otherwise ("11,6 NOK/EUR", "kurs 11,6").
     */
    record Printed(double value, double relativeHalf, String a, String b, boolean directed, int at) {
    }

    /** The factors from one currency to another: [lo, hi], and whether the memo printed the rate. */
    public record Factor(double lo, double hi, boolean printed) {
    }

    private final List<Printed> printed;

    private ExchangeRates(List<Printed> printed) {
        this.printed = printed;
    }

    /** The rates a text prints, read from its quantities and the words before them. */
    public static ExchangeRates in(PerceivedText t, Lexicon lex, List<Quantity> quantities) {
        List<Printed> out = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (q.dim() != Dim.MONEY && q.dim() != Dim.PLAIN || q.mid() <= 0) continue;
            double rel = (q.hi() - q.lo()) / 2 / q.mid();
            // "1 EUR = 11,6 NOK", "EUR 1 = NOK 11.60", and per a hundred or a thousand: "100 SEK = 9,10 EUR"
            double unit = q.lo() <= 1 && q.hi() >= 1 ? 1 : q.hedge() == null && (q.mid() == 100 || q.mid() == 1000) ? q.mid() : 0;
            if (q.currency() != null && unit > 0) {
                int eq = q.end();
                while (eq < n && eq - q.end() < 8 && t.charAt(eq) != '=') eq++;
                if (eq < n && t.charAt(eq) == '=') {
                    // every reading of the rate's number ("0,545" may be read grouped too); factor() keeps the plausible
                    int at = -1;
                    for (int j = i + 1; j < quantities.size(); j++) {
                        Quantity r = quantities.get(j);
                        if (r.start() <= eq) continue;
                        if (r.start() - eq > REACH || at >= 0 && r.start() != at) break;
                        if (r.currency() != null && !r.currency().equals(q.currency()) && r.mid() > 0) {
                            out.add(new Printed(r.mid() / unit, (r.hi() - r.lo()) / 2 / r.mid(), q.currency(), r.currency(), true, q.start()));
                            at = r.start();
                        }
                    }
                }
                continue;
            }
            // "11,6 NOK/EUR", "EUR/NOK 11.6"
            // (a pair needs its slash: most amounts have none near them, and are not matched at all)
            Matcher after = slash(t, q.end(), Math.min(n, q.end() + REACH))
                    ? PAIR_AFTER.matcher(t.substring(q.end(), Math.min(n, q.end() + REACH))) : null;
            Matcher before = slash(t, Math.max(0, q.start() - REACH), q.start())
                    ? PAIR_BEFORE.matcher(t.substring(Math.max(0, q.start() - REACH), q.start())) : null;
            if (after != null && after.find() && after.group(2) != null) {
                String a = after.group(1) != null ? after.group(1) : q.currency();
                if (a != null) out.add(new Printed(q.mid(), rel, a, after.group(2), false, q.start()));
            } else if (before != null && before.find()) {
                out.add(new Printed(q.mid(), rel, before.group(1), before.group(2), false, q.start()));
            } else if (afterRateWord(t, lex, q.start())) {
                out.add(new Printed(q.mid(), rel, null, null, false, q.start()));
            } else if (q.dim() == Dim.MONEY && q.mid() < 100 && q.mid() != Math.rint(q.mid())) {
                // "11,50 kronor per euro", "7,46 kr. pr. euro", "€1.17 to the pound", "A$1.93 per £1": a small amount
                // with decimals per one of another currency (eleventh probe); the memo's own "kr" names no code, so
                // such a rate is taken either way, as a rate word's is
                String per = currencyAfter(t, lex, q.end());
                if (per != null && !per.equals(q.currency())) {
                    out.add(q.currency() != null && !per.isEmpty() ? new Printed(q.mid(), rel, per, q.currency(), true, q.start())
                            : new Printed(q.mid(), rel, null, null, false, q.start()));
                }
            }
        }
        return new ExchangeRates(List.copyOf(out));
    }

    /** Whether {@code t[from, to)} holds a slash. */
    private static boolean slash(PerceivedText t, int from, int to) {
        for (int i = from; i < to; i++) if (t.charAt(i) == '/') return true;
        return false;
    }

    /**
     * The ISO code of a currency named one to three short words after {@code from} ("per euro", "to the pound", "pr.
     * euro", "per £1"), "" for the memo's own money word, or null: only the amount's money word and short words
     * ("per", "to", "the", "pr") may stand before it.
     */
    private static String currencyAfter(PerceivedText t, Lexicon lex, int from) {
        int n = t.length();
        int p = from;
        boolean skipped = false;
        for (int k = 0; k < 4 && p < n; k++) {
            while (p < n && (t.charAt(p) == ' ' || t.charAt(p) == '.')) p++;
            if (p >= n) return null;
            char c = t.charAt(p);
            if (Lexicon.isCurrencySymbol(c)) return skipped ? Lexicon.currencyOfSymbol(c) : null;
            int e = p;
            while (e < n && Character.isLetter(t.charAt(e))) e++;
            if (e == p) return null;
            String w = t.substring(p, e);
            Lexicon.Sense s = lex.sense(w, w.toLowerCase(java.util.Locale.ROOT));
            // the memo's own money word ("the pound" in an English memo) names no code: ""
            if (skipped && s != null && s.meaning() == Lexicon.Meaning.MONEY) return s.currency() != null ? s.currency() : "";
            if (e - p > 4 && !(s != null && s.meaning() == Lexicon.Meaning.MONEY)) return null;
            // the amount's own money word ("kronor", "kr") comes first; then "per", "to the"
            skipped |= s == null || s.meaning() != Lexicon.Meaning.MONEY;
            p = e;
        }
        return null;
    }

    /** Whether one of the language's exchange-rate words stands among the four words before {@code start}. */
    private static boolean afterRateWord(PerceivedText t, Lexicon lex, int start) {
        java.util.Set<String> words = lex.words().prose().exchangeRates();
        if (words.isEmpty()) return false;
        int p = start;
        String later = null;
        for (int k = 0; k < 4 && p > 0; k++) {
            while (p > 0 && !Character.isLetter(t.charAt(p - 1))) {
                char c = t.charAt(p - 1);
                if (c == '.' || c == ';' || c == '\n' || Character.isDigit(c)) return false;
                p--;
            }
            int e = p;
            while (p > 0 && Character.isLetter(t.charAt(p - 1))) p--;
            if (p == e) return false;
            String w = t.substring(p, e).toLowerCase(java.util.Locale.ROOT);
            if (words.contains(w) || later != null && words.contains(w + " " + later)) return true;
            // a compound that ends in one ("dollarkursen", "eurokurs")
            for (String r : words) if (r.length() >= 4 && w.length() > r.length() + 2 && w.endsWith(r)) return true;
            later = w;
        }
        return false;
    }

    /** The currencies of the reference table. */
    static Set<String> codes() {
        return NOK_PER_UNIT.keySet();
    }

    /** Whether the reference table knows both currencies (else an amount is not converted between them). */
    static boolean known(String from, String to) {
        return NOK_PER_UNIT.containsKey(from) && NOK_PER_UNIT.containsKey(to);
    }

    /** Whether the text prints a rate within {@code [from, to)}. */
    public boolean printedWithin(int from, int to) {
        for (Printed p : printed) if (p.at() >= from && p.at() < to) return true;
        return false;
    }

    /** Where the printed rates stand, in text order. */
    public int[] printedAt() {
        return printed.stream().mapToInt(Printed::at).distinct().sorted().toArray();
    }

    /**
     * The factors that take an amount in {@code from} to {@code to}; null when either currency is not in the
     * reference table (it is then not converted).
     */
    public Factor factor(String from, String to) {
        Double f = NOK_PER_UNIT.get(from);
        Double g = NOK_PER_UNIT.get(to);
        if (f == null || g == null || from.equals(to)) return null;
        double reference = f / g;
        Factor best = null;
        double bestDistance = Math.log(PLAUSIBLE);
        for (Printed p : printed) {
            boolean forward = p.a() != null && p.a().equals(from) && p.b().equals(to);
            boolean backward = p.a() != null && p.a().equals(to) && p.b().equals(from);
            if (p.a() != null && !forward && !backward) continue;
            // "1 EUR = 11,6 NOK" says which way; a pair or a rate word alone is taken the way near the reference
            double[] ways = !p.directed() ? new double[] {p.value(), 1 / p.value()}
                    : new double[] {forward ? p.value() : 1 / p.value()};
            for (double v : ways) {
                double distance = Math.abs(Math.log(v / reference));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Factor(v * (1 - p.relativeHalf()), v * (1 + p.relativeHalf()), true);
                }
            }
        }
        // two printed rates against a third currency ("7,46 kr. pr. euro og 162 yen pr. euro": kroner per yen is
        // 7,46 / 162; fourteenth probe), taken when their quotient is nearer the reference than any rate alone
        for (int i = 0; i < printed.size(); i++) {
            for (int j = 0; j < printed.size(); j++) {
                Printed p = printed.get(i);
                Printed q = printed.get(j);
                if (i == j || p.a() != null && q.a() != null && !p.a().equals(q.a()) && !p.b().equals(q.b())) continue;
                double v = p.value() / q.value();
                double distance = Math.abs(Math.log(v / reference));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    double half = p.relativeHalf() + q.relativeHalf();
                    best = new Factor(v * (1 - half), v * (1 + half), true);
                }
            }
        }
        return best != null ? best : new Factor(reference * (1 - REFERENCE_BAND), reference * (1 + REFERENCE_BAND), false);
    }

    private static Map<String, Double> load() {
        Properties p = new Properties();
        try (InputStream in = ExchangeRates.class.getResourceAsStream("reference-rates.properties")) {
            if (in == null) throw new IllegalStateException("reference-rates.properties is missing from the bundle");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> m = new HashMap<>();
        p.forEach((k, v) -> m.put(k.toString().trim(), Double.valueOf(v.toString().trim())));
        return Map.copyOf(m);
    }
}
