package hta.confidentiality.internal;

import hta.confidentiality.NumberWords.Duration;
import hta.confidentiality.internal.Lexicon.Meaning;
import hta.confidentiality.internal.Sentence.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The factors a memo's own words supply for an amount in its sentence, which a reader applies to take it back to
 * a confidential amount: a period written with its length ("per 21-dagarscykel", "every three weeks", "dagskostnaden",
 * "a year", "per pasientår") turns the amount into one for the days a pack covers (a pack of 28 tablets, one a
 * day) or a year; a count next to it ("14 cycles", "over fem år", "femårsperioden", "14-cycle course") is a
 * multiplier or divisor (a total over the count, or an average per one); a VAT word in the sentence adds or
 * removes VAT. Because the memo names the factor, a number printed to three significant digits is enough: the
 * scanner does not guess among the many operations a rounder number would meet. Not thread-safe: one per scan.
 */
public final class MemoFactors {
    /** value = printed × factor. */
    /** A factor; {@code period} when it takes an amount per a period the sentence states over a year. */
    public record Factor(double factor, String form, boolean period) {
        public Factor(double factor, String form) {
            this(factor, form, false);
        }
    }

    /** The largest count read as a multiplier (cycles, years, doses); larger numbers are populations or amounts. */
    private static final int MAX_COUNT = 100;
    /** Days a year is counted as (13 packs of 28 days is 364). */
    private static final double[] YEAR_DAYS = {365.25, 365, 364};
    private final PerceivedText t;
    private final Lexicon lex;
    private final double[] units;
    private final double[] vat;
    private final Map<Integer, List<Factor>> bySentence = new HashMap<>();

    /**
     * @param units the days one confidential amount can cover: the numbers in pack descriptions (a pack of 28
     *              tablets, one a day; a 21-day cycle), besides a day and a year
     * @param vat   the VAT rates of the jurisdictions
     */
    private MemoFactors(PerceivedText t, Lexicon lex, double[] units, double[] vat) {
        this.t = t;
        this.lex = lex;
        this.units = units;
        this.vat = vat;
    }

    /** The factors of one text's sentences with these units and VAT rates (compared by identity). */
    private record Read(Lexicon lex, double[] units, double[] vat) {
    }

    /** The memo factors of {@code t}'s sentences, read once a text however many passes ask for them. */
    public static MemoFactors of(PerceivedText t, Lexicon lex, double[] units, double[] vat) {
        return t.shared(new Read(lex, units, vat), () -> new MemoFactors(t, lex, units, vat));
    }

    /** The factors the sentence around {@code q} supplies (empty when it names no period and no count). */
    public List<Factor> around(Quantity q) {
        int[] b = Sentence.bounds(t, q.start());
        return bySentence.computeIfAbsent(b[0], k -> factors(Sentence.of(t, lex, b[0], b[1])));
    }

    private List<Factor> factors(Sentence s) {
        List<double[]> periods = new ArrayList<>(); // {days, count of units}
        List<String> periodNames = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Token> k = s.tokens;
        int lengths = 0;
        for (int i = 0; i < k.size(); i++) {
            Token a = k.get(i);
            Token b = i + 1 < k.size() ? k.get(i + 1) : null;
            Token c = i + 2 < k.size() ? k.get(i + 2) : null;
            if (b != null && !a.isWord() && duration(b) != null && a.number() > 1 && a.number() <= MAX_COUNT) lengths++;
            // "over et tiår", "over a decade": ten years as written, with no number before
            if (duration(a) == Duration.DECADES && (i == 0 || k.get(i - 1).isWord())) counts.add(10);
            Duration per = timesPer(s, i);
            if (per != null) {
                // "to ganger i året", "twice a year", "4 times a year": every half-year, every quarter
                int times = s.number(i);
                for (double days : days(per)) {
                    periods.add(new double[] {days / times, 1});
                    periodNames.add(times + " times per " + per.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (a.isWord() && a.sense() != null && a.sense().meaning() == Meaning.PERIOD) {
                period(periods, periodNames, a.sense().duration(), 1, a.word());
            } else if (a.isWord() && a.sense() != null && a.sense().meaning() == Meaning.PER && b != null) {
                if (duration(b) != null) {
                    period(periods, periodNames, duration(b), 1, a.word() + " " + b.word());
                } else if (c != null && duration(c) != null && s.number(i + 1) > 1) {
                    // "every three weeks", "hver tredje uke", "var fjärde vecka", "every 21 days"
                    period(periods, periodNames, duration(c), s.number(i + 1), "every " + s.number(i + 1) + " " + c.word());
                } else if (c != null && duration(c) != null && fraction(b) > 1) {
                    // "hvert halve år", "every half year": a fraction of the unit
                    periods.add(new double[] {days(duration(c))[0] / fraction(b), 1});
                    periodNames.add("every " + b.word() + " " + c.word());
                } else if (b.isWord() && "-".equals(b.gap()) && c != null && duration(c) != null) {
                    period(periods, periodNames, duration(c), 1, "per " + b.word() + "-" + c.word()); // "per patient-year"
                } else if (b.isWord()) {
                    Duration d = endsWithDuration(b.word());
                    if (d != null) period(periods, periodNames, d, 1, "per " + b.word()); // "per pasientår"
                }
            } else if (a.isWord() && duration(b) != null && gluedRepeat(a) > 1) {
                // "annenhver uke", "varannan vecka": the repeat's ordinal and its "every" written as one word
                int n = gluedRepeat(a);
                period(periods, periodNames, duration(b), n, "every " + n + " " + b.word());
            } else if (b != null && b.isWord() && !a.ordinal() && (!a.isWord() || counted(b))) {
                count(s, i, a, b, c, periods, periodNames, counts);
            } else if (a.isWord() && a.end() - a.start() >= 6) {
                int n = leadingNumber(a);
                if (n > 1 && n <= MAX_COUNT) counts.add(n); // "femårsperioden", "treårsperiode"
            }
        }
        // "en behandlingscykel på 21 dagar", "a cycle of 21 days": a length anywhere in a sentence about a cycle
        if (lengths > 0 && k.stream().anyMatch(t -> t.isWord() && isCycle(t.word()))) {
            for (int i = 0; i + 1 < k.size(); i++) {
                Token a = k.get(i);
                Duration d = duration(k.get(i + 1));
                if (!a.isWord() && d != null && a.number() > 1 && a.number() <= MAX_COUNT) {
                    period(periods, periodNames, d, a.number(), "a cycle of " + a.number() + " " + k.get(i + 1).word());
                }
            }
        }
        List<Factor> out = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            double days = periods.get(p)[0];
            for (double u : units) {
                out.add(new Factor(u / days, "per " + periodNames.get(p) + " as written, for " + name(u) + " days"));
            }
            for (double y : YEAR_DAYS) out.add(new Factor(y / days, "per " + periodNames.get(p) + " as written, over a year", true));
            out.add(new Factor(1 / days, "per " + periodNames.get(p) + " as written, per day"));
        }
        for (int n : counts) {
            out.add(new Factor(n, "times " + n + " as written next to it (a total)"));
            out.add(new Factor(1.0 / n, "divided by " + n + " as written next to it (per one)"));
            // both named: "£105,000 a half-year over ten years", "to ganger i året … 1,56 millioner kroner"
            for (int p = 0; p < periods.size(); p++) {
                for (double y : YEAR_DAYS) {
                    out.add(new Factor(y / periods.get(p)[0] * n, "per " + periodNames.get(p) + " as written, over a year, "
                            + "times " + n + " as written", true));
                }
            }
        }
        if (!out.isEmpty() && s.has(lex.words().prose().vat())) {
            int size = out.size();
            out.add(new Factor(1, ""));
            for (int i = 0; i <= size; i++) {
                Factor f = out.get(i);
                for (double r : vat) {
                    out.add(new Factor(f.factor() * (1 + r), join(f.form(), "without VAT as written"), f.period()));
                    out.add(new Factor(f.factor() / (1 + r), join(f.form(), "with VAT as written"), f.period()));
                }
            }
            out.remove(size);
        }
        if (s.has(lex.words().prose().vat())) {
            // "VAT on the acquisition cost would be £379,600": the VAT alone is the rate's share of the price
            for (double r : vat) if (r > 0) out.add(new Factor(1 / r, "the VAT alone, as written"));
        }
        out.removeIf(f -> Math.abs(f.factor() - 1) < 1e-9);
        return out;
    }

    /** A cycle noun, alone or as the last part of a compound ("behandlingscykel", "treatment-cycle"). */
    private boolean isCycle(String w) {
        for (String c : lex.words().prose().cycles()) {
            if (w.endsWith(c) && (w.length() == c.length() || w.length() >= c.length() + 4)) return true;
        }
        return false;
    }

    /**
     * A count of times per a period at token {@code i}: a whole number, then at most one word that is not itself
     * counted ("ganger", "times", "gånger"; none after "twice"), then a period ("i året", "a year", "per år",
     * "p.a."). The period, or null; n times per a period is once per its n-th part ("1,56 millioner kroner to ganger
     * i året" is 1,56 millioner per half-year).
     */
    private Duration timesPer(Sentence s, int i) {
        List<Token> k = s.tokens;
        int n = s.number(i);
        if (n < 2 || n > MAX_COUNT || k.get(i).ordinal()) return null;
        for (int j = i + 1; j <= i + 2 && j < k.size(); j++) {
            Token w = k.get(j);
            if (!w.isWord()) return null;
            if (w.sense() != null && w.sense().meaning() == Meaning.PERIOD) return w.sense().duration();
            if (w.sense() != null && w.sense().meaning() == Meaning.PER && j + 1 < k.size() && duration(k.get(j + 1)) != null) {
                return duration(k.get(j + 1));
            }
            if (counted(w)) return null; // "6 pasienter per år" is counted as its noun says
        }
        return null;
    }

    /** Whether a word counts what a number before it counts: a duration, a cycle, or a count noun. */
    private boolean counted(Token b) {
        return duration(b) != null || lex.words().prose().cycles().contains(b.word())
                || b.sense() != null && b.sense().meaning() == Meaning.COUNT;
    }

    /** A number and the word after it: a count ("14 cycles", "fem år", "5-årsperioden") or a cycle's length. */
    private void count(Sentence s, int i, Token a, Token b, Token c, List<double[]> periods, List<String> names,
                       List<Integer> counts) {
        int n = s.number(i);
        if (n < 2 || n > MAX_COUNT) return;
        boolean glued = a.gap().isEmpty() || "-".equals(a.gap());
        Duration d = duration(b);
        if (d != null) {
            counts.add(n);
            if (c != null && c.isWord() && lex.words().prose().cycles().contains(c.word())) {
                period(periods, names, d, n, n + " " + b.word() + " " + c.word()); // "21 dagars cykel"
            } else if (c != null && c.isWord() && possessive(b)) {
                // "Fire ukers behandling", "fyra veckors behandling", "four weeks' treatment": a length of something
                period(periods, names, d, n, n + " " + b.word() + " " + c.word());
            }
        } else if (lex.words().prose().cycles().contains(b.word())) {
            counts.add(n); // "14 cycles", "14-cycle course", "14 sykluser"
        } else if (glued && cycleCompound(b.word()) != null) {
            period(periods, names, cycleCompound(b.word()), n, n + "-" + b.word()); // "21-dagarscykel"
        } else if (glued && startsWithDuration(b.word())) {
            counts.add(n); // "5-årsperioden", "5-year"
        } else if (b.sense() != null && b.sense().meaning() == Meaning.COUNT) {
            counts.add(n); // "14 doses", "6 pasienter"
        }
    }

    /**
     * Whether a length-of-time word is the possessive of another the language declares ("ukers" of "uker", "veckors"
     * of "veckor", "weeks'" of "weeks"): it names the length of what follows it.
     */
    private boolean possessive(Token b) {
        String w = b.word();
        if (w.length() < 3) return false;
        boolean apostrophe = "'".equals(b.gap()) || "\u2019".equals(b.gap());
        if (apostrophe) return true;
        if (w.charAt(w.length() - 1) != 's') return false;
        Lexicon.Sense stem = lex.sense(w.substring(0, w.length() - 1), w.substring(0, w.length() - 1));
        return stem != null && stem.meaning() == Meaning.DURATION;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + ", " + b;
    }

    private static String name(double u) {
        return u == Math.rint(u) ? String.valueOf((long) u) : String.valueOf(u);
    }

    private static void period(List<double[]> periods, List<String> names, Duration d, int count, String name) {
        for (double days : days(d)) {
            periods.add(new double[] {days * count, count});
            names.add(name);
        }
    }

    /** Days in one of the unit, as writers count them. */
    private static double[] days(Duration d) {
        return switch (d) {
            case SECONDS -> new double[] {1 / 86400.0};
            case MINUTES -> new double[] {1 / 1440.0};
            case QUARTER_HOURS -> new double[] {1 / 96.0};
            case HOURS -> new double[] {1 / 24.0};
            case DAYS -> new double[] {1};
            case WEEKS -> new double[] {7};
            case MONTHS -> new double[] {365.25 / 12, 30};
            case FORTNIGHTS -> new double[] {14};
            case QUARTERS -> new double[] {365.25 / 4, 91};
            case TERTIALS -> new double[] {365.25 / 3, 122};
            case HALF_YEARS -> new double[] {365.25 / 2, 182};
            case YEARS -> YEAR_DAYS;
            case DECADES -> new double[] {3652.5, 3650};
        };
    }

    /** The denominator of a fraction word ("halve", "half"), else 0. */
    private static int fraction(Token k) {
        return k.isWord() && k.sense() != null && k.sense().meaning() == Meaning.FRACTION ? k.sense().power() : 0;
    }

    private static Duration duration(Token k) {
        if (k == null || !k.isWord() || k.sense() == null) return null;
        return k.sense().meaning() == Meaning.DURATION || k.sense().meaning() == Meaning.PERIOD ? k.sense().duration() : null;
    }

    /**
     * A word that is an ordinal and a word for "every" run together, either way round ("annenhver", "varannan",
     * "annakvar"): the ordinal, else 0. Both parts have three letters or more, so that English "another week" (an
     * + other) is no repeat.
     */
    private int gluedRepeat(Token a) {
        String w = a.word();
        Map<String, Integer> ordinals = lex.words().prose().ordinals();
        for (int cut = 3; cut <= w.length() - 3; cut++) {
            String head = w.substring(0, cut);
            String tail = w.substring(cut);
            Integer n = ordinals.get(head);
            if (n != null && lex.isPer(tail)) return n;
            n = ordinals.get(tail);
            if (n != null && lex.isPer(head)) return n;
        }
        return 0;
    }


    /** "dagarscykel", "dagerssyklus", "daysyklus": a duration word (with a linking s), then a cycle word. */
    private Duration cycleCompound(String w) {
        for (String cycle : lex.words().prose().cycles()) {
            if (!w.endsWith(cycle) || w.length() <= cycle.length()) continue;
            String head = w.substring(0, w.length() - cycle.length());
            Duration d = lex.words().durations().get(head);
            if (d == null && head.endsWith("s")) d = lex.words().durations().get(head.substring(0, head.length() - 1));
            if (d != null) return d;
        }
        return null;
    }

    /** "pasientår", "patientår": a compound that ends in a duration word of two letters or more. */
    private Duration endsWithDuration(String w) {
        return lex.durationEnding(w);
    }

    private boolean startsWithDuration(String w) {
        return lex.startsWithDuration(w);
    }

    /** A compound that begins with a spelled number and then a duration word ("femårsperioden"): the number, or -1. */
    private int leadingNumber(Token a) {
        for (SpelledNumbers language : lex.spelled()) {
            int cut = language.numberPrefix(t, a.start(), a.end());
            if (cut < 2 || cut > a.word().length() - 2 || !startsWithDuration(a.word().substring(cut))) continue;
            int n = Sentence.spelled(t, lex, a.start(), a.start() + cut);
            if (n > 1) return n;
        }
        return -1;
    }
}
