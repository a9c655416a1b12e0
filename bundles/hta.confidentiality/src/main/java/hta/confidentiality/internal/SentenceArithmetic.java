package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's own arithmetic over the numbers of one sentence, which a reader redoes with a calculator: a sum or
 * a difference of two amounts ("a comparator at 287 000 a year; over ten years the gene therapy saves 1 687 600":
 * 10 × 287 000 − 1 687 600), an amount times or divided by a number of the sentence ("4,12 times a year of the
 * comparator, 287 000"; "1,505 per inhabitant, 5,5 million inhabitants"), a percentage of, above or below an
 * amount ("9,05 % lower than the 2022 price of 1 300 000"), an amount times a number plus or minus another, and
 * the other amount of an average weighted by a share ("70 % of the patients … 30 % on the comparator").
 * Each result is an interval from the operands' printed precision; only results known to half a percent or better
 * are offered, because a rougher result meets some confidential value by chance. A round amount without a hedge
 * is taken at face value (the writer's arithmetic is exact on what the writer printed), as is a whole number or a
 * length of time: "over ti år" is ten years, not 9.5 to 10.5. Stateless.
 */
final class SentenceArithmetic {
    /**
     * A result of the sentence's arithmetic: the interval and what was done, at the first amount used; a percentage
     * when {@code percent} (the share one amount is of another), else an amount.
     */
    record Result(double lo, double hi, String currency, Quantity at, String form, boolean percent) {
    }

    /**
     * One operand or result: the interval its printed digits stand for, and the narrower one of its face value (a
     * round amount without a hedge taken as written: "287 000" is 287 000, not 286 500 to 287 500).
     */
    record Operand(double lo, double hi, double faceLo, double faceHi, Quantity q) {
        Operand(double lo, double hi, Quantity q) {
            this(lo, hi, lo, hi, q);
        }

        Operand times(Operand f, double m) {
            return new Operand(lo * f.lo * m, hi * f.hi * m, faceLo * f.faceLo * m, faceHi * f.faceHi * m, q);
        }

        Operand per(Operand f, double m) {
            return new Operand(lo / (f.hi * m), hi / (f.lo * m), faceLo / (f.faceHi * m), faceHi / (f.faceLo * m), q);
        }

        Operand plus(Operand b) {
            return new Operand(lo + b.lo, hi + b.hi, faceLo + b.faceLo, faceHi + b.faceHi, q);
        }

        Operand minus(Operand b) {
            return new Operand(lo - b.hi, hi - b.lo, faceLo - b.faceHi, faceHi - b.faceLo, q);
        }
    }

    /** The form of a number in percentage points ("plus thirteen percentage points"). */
    static final String POINTS = " in percentage points";

    private SentenceArithmetic() {
    }

    /**
     * Every result of the sentences' arithmetic within {@code maxRelative} (half-width over the middle).
     *
     * @param quantities the quantities of a text, in order
     * @param sentenceOf where the sentence of a position starts
     * @param priced     whether the sentence of a position names a discount or a confidential price
     */
    static List<Result> of(List<Quantity> quantities, java.util.function.IntUnaryOperator sentenceOf,
                           java.util.function.IntPredicate priced, double maxRelative) {
        Map<Integer, List<Quantity>> bySentence = new LinkedHashMap<>();
        for (Quantity q : quantities) bySentence.computeIfAbsent(sentenceOf.applyAsInt(q.start()), k -> new ArrayList<>()).add(q);
        List<Result> out = new ArrayList<>();
        List<Quantity> before = List.of();
        List<List<Quantity>> recent = new ArrayList<>(); // the last three sentences with quantities, the latest first
        for (List<Quantity> s : bySentence.values()) {
            if (s.size() >= 2) sentence(s, maxRelative, out);
            if (s.size() >= 3) Totals.of(s, priced.test(s.get(0).start()), maxRelative, out);
            if (s.size() >= 2 && priced.test(s.get(0).start())) PercentArithmetic.pointsOnPercentages(s, maxRelative, out);
            // "… en reduksjon på 20 prosent fra maksimal AUP. Etter nye forhandlinger ble det oppnådd ytterligere 13
            // prosent på det reduserte beløpet": a reduction of one sentence, then one of the next, when one of the
            // two names a discount or a confidential price (twelfth probe)
            if (!before.isEmpty() && (priced.test(before.get(0).start()) || priced.test(s.get(0).start()))) {
                for (Quantity a : PercentArithmetic.reductions(before)) {
                    for (Quantity b : PercentArithmetic.reductions(s)) {
                        PercentArithmetic.reduce(a, b, " over two sentences", maxRelative, out);
                    }
                }
            }
            if (!before.isEmpty()) TwoSentences.parts(before, s, maxRelative, out);
            // a change told after a figure, up to two sentences with figures of their own between them ("Førstetilbudet
            // var 34,60 millioner kroner. Forhandlingene varte i 11 uker med 3 møter. Sluttilbudet ble 4,65 millioner
            // kroner lavere": seventeenth probe)
            for (List<Quantity> earlier : recent) TwoSentences.change(earlier, s, maxRelative, out);
            recent.add(0, s);
            if (recent.size() > 3) recent.remove(3);
            before = s;
        }
        return out;
    }

    private static void sentence(List<Quantity> qs, double maxRelative, List<Result> out) {
        List<Operand> amounts = new ArrayList<>();
        List<Operand> factors = new ArrayList<>();
        for (Quantity q : qs) {
            if (q.mid() <= 0) continue;
            if (q.dim() == Dim.MONEY) {
                amounts.add(money(q));
            } else if (q.dim() == Dim.PLAIN && q.mid() >= 100_000 && q.form().contains("scale word") && q.period() == 0) {
                // millions without a money word or a thing counted are an amount in a memo ("12 prosent mer enn de
                // 2,786 millionene den kostet", fourteenth probe), and may still be a factor
                amounts.add(money(q));
                factors.add(new Operand(q.lo(), q.hi(), q.mid(), q.mid(), q));
            } else if (q.dim() == Dim.DURATION && wholeUnits(q) || (q.dim() == Dim.PLAIN || q.dim() == Dim.OTHER) && whole(q)) {
                // "over ti år", "5 years", "3 patients": a count is what it says
                factors.add(new Operand(q.mid(), q.mid(), q));
            } else if (q.dim() == Dim.PLAIN || q.dim() == Dim.OTHER) {
                // "4,12 ganger", "5,5 millioner innbyggere": a ratio or count to its digits, and as written — the
                // writer's arithmetic is exact on it ("8,5 vunna kvalitetsjusterade levnadsår … 2 882 353 kronor
                // per QALY", tenth probe)
                factors.add(new Operand(q.lo(), q.hi(), q.mid(), q.mid(), q));
            } else if (q.dim() == Dim.DURATION) {
                // "2,14 års drift": a length of time to its digits
                factors.add(new Operand(q.lo(), q.hi(), q));
            } else if (q.dim() == Dim.PERCENT) {
                double lo = q.lo() / 100;
                double hi = q.hi() / 100;
                // a percentage without a hedge is also what it says: 88 % of £30,000 is £26,400 exactly, "0,085
                // procent av … 10 miljarder" 8,5 million (thirteenth probe)
                boolean whole = q.hedge() == null;
                double flo = whole ? q.mid() / 100 : lo;
                double fhi = whole ? q.mid() / 100 : hi;
                factors.add(new Operand(lo, hi, flo, fhi, q)); // "83,3 % of"
                factors.add(new Operand(1 + lo, 1 + hi, 1 + flo, 1 + fhi, q)); // "312 % higher than"
                if (hi < 1) factors.add(new Operand(1 - hi, 1 - lo, 1 - fhi, 1 - flo, q)); // "9,05 % lower than"
            }
        }
        partsOfUnits(qs, out);
        indexed(qs, out);
        perPeriodOverYears(qs, factors);
        PercentArithmetic.successiveReductions(qs, maxRelative, out);
        PercentArithmetic.sharePlusPoints(qs, maxRelative, out);
        PercentArithmetic.partsOfPercentages(qs, maxRelative, out);
        countsTogether(qs, amounts, maxRelative, out);
        sharedUnits(qs, maxRelative, out);
        if (amounts.isEmpty() || amounts.size() + factors.size() < 2) return;
        weightedAverages(qs, amounts, maxRelative, out);
        List<Operand> withUnits = new ArrayList<>(amounts);
        withUnits.addAll(beforeRoundUnits(qs));
        shares(withUnits, maxRelative, out);
        printedRates(amounts, factors, maxRelative, out);
        annuities(qs, amounts, maxRelative, out);
        for (Operand a : amounts) {
            List<Operand> scaled = new ArrayList<>();
            scaled.add(a);
            for (Operand f : factors) {
                if (f.q().start() == a.q().start() || f.lo() <= 0) continue;
                // a rate over a length of time: "287 000 a year … over ten years" is ten years' worth, "52 360 a
                // week over eleven years" 52 (or 52.18) weeks times eleven
                for (double m : a.q().period() > 0 && f.q().dim() == Dim.DURATION ? perYear(a.q().period()) : ONE) {
                    Operand times = a.times(f, m);
                    Operand per = a.per(f, m);
                    add(out, times, a.q(), a.q().currency(), "× " + name(f) + " as written in its sentence", maxRelative);
                    add(out, per, a.q(), a.q().currency(), "÷ " + name(f) + " as written in its sentence", maxRelative);
                    if (f.faceLo() != f.lo()) {
                        // a round amount as written through a count or ratio to its digits: "med 100 millioner kroner
                        // kan sykehusene kjøpe 3,34 behandlinger" (the writer rounded the count, not the amount)
                        Operand face = new Operand(a.faceLo(), a.faceHi(), a.q());
                        Operand printed = new Operand(f.lo(), f.hi(), f.q());
                        add(out, face.times(printed, m), a.q(), a.q().currency(), "× " + name(f) + " as written in its sentence",
                                maxRelative);
                        add(out, face.per(printed, m), a.q(), a.q().currency(), "÷ " + name(f) + " as written in its sentence",
                                maxRelative);
                    }
                    scaled.add(times);
                }
            }
            perRoundCount(qs, a, factors, maxRelative, out);
            List<Operand> years = Totals.aYearOf(a, amounts, maxRelative, out);
            scaled.addAll(years);
            for (Operand x : scaled) {
                String xs = x == a ? "" : years.contains(x) ? " over a year" : " × a number of the sentence";
                for (Operand b : amounts) {
                    if (b.q().start() == a.q().start() || !sameCurrency(a.q(), b.q())) continue;
                    String c = a.q().currency() != null ? a.q().currency() : b.q().currency();
                    // a sum once, in text order; a multiple and an amount before it too ("With 4 QALYs gained and
                    // £298,000 of prophylaxis avoided, the ICER … is £450,500", fourteenth probe)
                    if (b.q().start() > a.q().start() || x != a) {
                        add(out, x.plus(b), a.q(), c,
                                "the sum of two amounts of its sentence" + xs, maxRelative);
                    }
                    add(out, x.minus(b), a.q(), c,
                            "the difference of two amounts of its sentence" + xs, maxRelative);
                    if (x != a) {
                        add(out, b.minus(x), a.q(), c,
                                "the difference of two amounts of its sentence" + xs, maxRelative);
                    }
                }
            }
        }
    }

    /**
     * "612 500 kronor per undviken blödning, med fyra färre blödningar per år under tio år": a whole count per a
     * period over a whole length of time is a count, a factor of its own (forty bleeds).
     */
    private static void perPeriodOverYears(List<Quantity> qs, List<Operand> factors) {
        for (Quantity c : qs) {
            if (c.dim() != Dim.OTHER && c.dim() != Dim.PLAIN || c.period() <= 0 || !whole(c) || c.mid() < 1) continue;
            for (Quantity y : qs) {
                // the length of time before or after the count ("Over ti år … 250 arbeidsdager i året", fourteenth probe)
                if (y.dim() != Dim.DURATION || !wholeUnits(y) || y.start() >= c.start() && y.start() < c.end()) continue;
                double total = c.mid() * y.mid() / c.period();
                factors.add(new Operand(total, total, c));
            }
        }
    }

    /**
     * "Over the first three years (3, 4 and 5 patients) boards will spend £25.2m", "til de 2 + 3 patienter": the
     * whole counts of a sentence added up, as a total an amount is over (÷ the sum).
     */
    private static void countsTogether(List<Quantity> qs, List<Operand> amounts, double maxRelative, List<Result> out) {
        double sum = 0;
        int counts = 0;
        for (Quantity q : qs) {
            if ((q.dim() == Dim.PLAIN || q.dim() == Dim.OTHER) && whole(q) && q.mid() >= 1 && q.mid() <= MAX_COUNT) {
                sum += q.mid();
                counts++;
            }
        }
        if (counts < 2) return;
        Operand total = new Operand(sum, sum, null);
        for (Operand a : amounts) {
            add(out, a.per(total, 1), a.q(), a.q().currency(), "÷ the sum of the counts of its sentence (" + (long) sum + ")",
                    maxRelative);
        }
    }

    /** The round counts a rate is given per ("per 1000 innbyggere", "per 100,000 population"). */
    private static final double[] ROUND_COUNTS = {10, 100, 1000, 10_000, 100_000, 1_000_000};

    /**
     * "36 586 kroner per 1000 innbyggere, med 5,5 millioner innbyggere": an amount per a round count, the number
     * right after it, taken times another count of the sentence (the population it is per a part of).
     */
    private static void perRoundCount(List<Quantity> qs, Operand a, List<Operand> factors, double maxRelative,
                                      List<Result> out) {
        int i = qs.indexOf(a.q());
        Quantity per = i < 0 ? null : next(qs, i);
        if (per == null || per.dim() != Dim.PLAIN && per.dim() != Dim.OTHER || per.hedge() != null || !whole(per)) return;
        double n = per.mid();
        if (java.util.Arrays.stream(ROUND_COUNTS).noneMatch(r -> r == n)) return;
        for (Operand f : factors) {
            Dim d = f.q().dim();
            if (f.q() == per || f.q() == a.q() || d != Dim.PLAIN && d != Dim.OTHER || f.q().mid() <= n) continue;
            add(out, a.times(f, 1 / n), a.q(), a.q().currency(), "per " + (long) n + ", × " + name(f)
                    + " as written in its sentence", maxRelative);
        }
    }

    /**
     * "tjueni og en halv million pluss 450 000 kroner": a number without a unit right before an amount is in that
     * amount's money when the two are added or taken from each other (the unit is written once, after both).
     */
    private static void sharedUnits(List<Quantity> qs, double maxRelative, List<Result> out) {
        for (int i = 0; i + 1 < qs.size(); i++) {
            Quantity a = qs.get(i);
            Quantity first = next(qs, i);
            // every reading of the next number ("30 000 hvert kvartal" per quarter and over a year)
            for (Quantity b : qs) if (first != null && b.start() == first.start()) sharedUnit(a, b, maxRelative, out);
        }
    }

    private static void sharedUnit(Quantity a, Quantity b, double maxRelative, List<Result> out) {
        if (a.mid() <= 0 || a.period() != 0 || b.mid() <= 0) return;
        if (b.period() > 0 && b.period() < 1 && a.dim() == Dim.MONEY && b.dim() == Dim.PLAIN && b.mid() >= 1000) {
            // "tre kvart million kroner pluss 30 000 hvert kvartal": both per that period, a year of it
            Operand year = new Operand(1 / b.period(), 1 / b.period(), b);
            add(out, money(a).plus(money(b)).times(year, 1), b, a.currency(),
                    "an amount and a number after it, added in its money, per the period after them over a year", maxRelative);
        }
        if (b.period() != 0) return;
        if (a.dim() == Dim.PLAIN && b.dim() == Dim.MONEY) {
            add(out, money(a).plus(money(b)), a, b.currency(), "a number and the amount after it, added in its money", maxRelative);
            add(out, money(a).minus(money(b)), a, b.currency(), "a number less the amount after it, in its money", maxRelative);
        } else if (a.dim() == Dim.MONEY && b.dim() == Dim.PLAIN && b.mid() >= 1000 && b.mid() < a.mid()) {
            // "en kvart milliard kroner minus knappe ti millioner": a large number after an amount is in its money
            add(out, money(a).plus(money(b)), b, a.currency(), "an amount and a number after it, added in its money", maxRelative);
            add(out, money(a).minus(money(b)), b, a.currency(), "an amount less a number after it, in its money", maxRelative);
        }
    }

    /**
     * An amount as printed, and at face value: a whole amount without a hedge is what it says ("287 000" and
     * "1 000" exactly, not 286 500 to 287 500; "696" to its last digit, 695,5 to 696,5 — the writer may have
     * rounded it).
     */
    static Operand money(Quantity q) {
        boolean whole = q.mid() == Math.rint(q.mid());
        double last = whole && q.mid() % 10 != 0 ? 0.5 : 0;
        // decimals are what they say too: "0,78 kroner per IE" times 4 million is 3,12 million (thirteenth probe)
        return q.hedge() == null ? new Operand(q.lo(), q.hi(), q.mid() - last, q.mid() + last, q) : new Operand(q.lo(), q.hi(), q);
    }

    /** The largest number added up as a count of patients, years or doses. */
    private static final int MAX_COUNT = 1000;

    /**
     * "If 70 % of the patients get it and 30 % stay on the comparator (287 000 a year), the average first-year cost
     * is 913 780": an average of two amounts weighted by a share of the sentence gives the other amount back,
     * X = (average − (1 − q) × a) / q, for either share.
     */
    private static void weightedAverages(List<Quantity> qs, List<Operand> amounts, double maxRelative, List<Result> out) {
        if (amounts.size() < 2) return;
        for (Quantity s : qs) {
            if ((s.dim() != Dim.SHARE && s.dim() != Dim.PERCENT) || s.mid() <= 0 || s.mid() >= 100) continue;
            boolean whole = s.mid() == Math.rint(s.mid());
            double lo = (whole ? s.mid() : s.lo()) / 100;
            double hi = (whole ? s.mid() : s.hi()) / 100;
            Operand[] weights = {new Operand(lo, hi, s), new Operand(1 - hi, 1 - lo, s)};
            for (Operand average : amounts) {
                for (Operand a : amounts) {
                    if (a == average || !sameCurrency(a.q(), average.q())) continue;
                    String c = a.q().currency() != null ? a.q().currency() : average.q().currency();
                    for (int w = 0; w < 2; w++) {
                        Operand rest = average.minus(a.times(weights[1 - w], 1)).per(weights[w], 1);
                        add(out, rest, average.q(), c, "the other amount of an average weighted by a share of its sentence",
                                maxRelative);
                    }
                }
            }
        }
    }

    /** The result at the printed precision when that is narrow enough, else at face value when that is. */
    private static final double[] ONE = {1};

    /** How many of a rate's periods a year holds, as writers count them (52 or 52.18 weeks, 365 or 365.25 days). */
    static double[] perYear(double period) {
        double n = 1 / period;
        if (Math.abs(n - 12) < 0.01) return new double[] {12};
        if (Math.abs(n - 365.25 / 7) < 0.1) return new double[] {52, 365.25 / 7};
        if (Math.abs(n - 365.25) < 1) return new double[] {365, 365.25};
        return new double[] {n};
    }

    /**
     * "696 kroner for hver 1 000 kroner i maks-AUP", "for every £100 of list price, boards pay £80.77": one amount
     * as a share of another, and what is left of it, in percent.
     */
    private static void shares(List<Operand> amounts, double maxRelative, List<Result> out) {
        for (Operand a : amounts) {
            for (Operand b : amounts) {
                if (a == b || a.q().mid() >= b.q().mid() || !sameCurrency(a.q(), b.q())) continue;
                Operand share = new Operand(a.lo() / b.hi() * 100, a.hi() / b.lo() * 100,
                        a.faceLo() / b.faceHi() * 100, a.faceHi() / b.faceLo() * 100, a.q());
                // per a round unit of money ("£0.81 for each £1", "74 kronor och 24 öre för varje hundralapp" read
                // as 74,24 of 100) the share is as precise as its own digits, like a percentage written as one
                if (perUnit(b.q())) {
                    double unit = b.q().mid();
                    double lo = a.q().lo() / unit * 100;
                    double hi = a.q().hi() / unit * 100;
                    if (hi - lo <= 1 + 1e-9) {
                        out.add(new Result(lo, hi, null, a.q(), "an amount per a round unit of money", true));
                        out.add(new Result(100 - hi, 100 - lo, null, a.q(), "what an amount leaves of a round unit of money", true));
                        continue;
                    }
                }
                if (a.q().hedge() == null && b.q().hedge() == null && whole(a.q()) && whole(b.q()) && b.q().mid() <= 1000) {
                    // "of each £26 on the list price, Boards pay £21": small whole amounts set against each other are
                    // a ratio, exact as written
                    double r = a.q().mid() / b.q().mid() * 100;
                    out.add(new Result(r * (1 - 1e-6), r * (1 + 1e-6), null, a.q(),
                            "one small whole amount of its sentence as a share of another", true));
                    out.add(new Result(100 - r * (1 + 1e-6), 100 - r * (1 - 1e-6), null, a.q(),
                            "what one small whole amount leaves of another", true));
                }
                addPercent(out, share, a.q(), "one amount of its sentence as a share of another", maxRelative);
                Operand rest = new Operand(100 - share.hi(), 100 - share.lo(), 100 - share.faceHi(), 100 - share.faceLo(), a.q());
                addPercent(out, rest, a.q(), "what one amount of its sentence leaves of another", maxRelative);
            }
        }
    }

    /**
     * "En annuitet på 3,69 millioner kroner per år i ti år ved 4 % rente", "the annual equivalent cost is £252,500
     * over ten years at 3.5%": an equal yearly amount over a whole number of years (2–50) at a rate of its sentence
     * (0.5–15 %) is a one-off price, its present value A × (1 − (1 + r)^−n) / r when paid at the end of each year,
     * times (1 + r) when paid at the start. And any amount grown or discounted at that rate over those years (1 year
     * or more): A × (1 + r)^n and A / (1 + r)^n, a price indexed or a present value.
     */
    private static void annuities(List<Quantity> qs, List<Operand> amounts, double maxRelative, List<Result> out) {
        for (Quantity years : qs) {
            double n = years.mid();
            if (years.dim() != Dim.DURATION || !wholeUnits(years) || n < 1 || n > 50 || n != Math.rint(n)) continue;
            for (Quantity rate : qs) {
                if (rate.dim() != Dim.PERCENT || rate.mid() < 0.5 || rate.mid() > 15) continue;
                boolean whole = rate.hedge() == null && rate.mid() == Math.rint(rate.mid());
                double lo = (whole ? rate.mid() : rate.lo()) / 100;
                double hi = (whole ? rate.mid() : rate.hi()) / 100;
                Operand arrears = new Operand(annuity(hi, n), annuity(lo, n), years); // the factor falls as the rate rises
                Operand advance = new Operand(annuity(hi, n) * (1 + hi), annuity(lo, n) * (1 + lo), years);
                // "med 2 prosent årlig prisjustering i tre år … 31,78 millioner i 2029", "nåverdi … ved 3 prosent":
                // a price grown or discounted at the rate for the years (thirteenth probe)
                Operand grown = new Operand(Math.pow(1 + lo, n), Math.pow(1 + hi, n), years);
                for (Operand a : amounts) {
                    add(out, a.per(grown, 1), a.q(), a.q().currency(), GROWN + " back", maxRelative);
                    add(out, a.times(grown, 1), a.q(), a.q().currency(), GROWN + " forward", maxRelative);
                    if (n < 2 || a.q().period() != 0 && Math.abs(a.q().period() - 1) > 1e-9) continue; // a yearly amount
                    add(out, a.times(arrears, 1), a.q(), a.q().currency(), ANNUITY + " (paid at the end of each year)", maxRelative);
                    add(out, a.times(advance, 1), a.q(), a.q().currency(), ANNUITY + " (paid at the start of each year)", maxRelative);
                }
            }
        }
    }

    private static final String ANNUITY = "an equal yearly amount over the years of its sentence at its rate";
    private static final String GROWN = "compounded at its sentence's rate over its years,";

    private static double annuity(double r, double n) {
        return (1 - Math.pow(1 + r, -n)) / r;
    }

    /** The largest amount read as a rate between currencies, and how many times it an amount converted is. */
    private static final double MAX_RATE = 100;
    private static final double MIN_CONVERTED = 1000;

    /**
     * "In Canadian dollars (CAD 1.73 to the pound) the NHS pays CAD 3.28 million", "A$1.93 per £1": a small amount
     * with decimals is a rate between currencies the sentence prints, and a large amount of the sentence taken
     * through it (divided or multiplied) is an amount in the other currency, whatever the currencies are (a rate
     * printed beside an amount needs no reference table).
     */
    private static void printedRates(List<Operand> amounts, List<Operand> factors, double maxRelative, List<Result> out) {
        List<Operand> rates = new ArrayList<>(amounts);
        // "at 1.73 Canadian dollars per pound": a number whose currency the reader does not know, for an amount that
        // says its own
        for (Operand f : factors) {
            if (f.q().dim() == Dim.PLAIN && amounts.stream().anyMatch(a -> a.q().currency() != null)) rates.add(f);
        }
        for (Operand r : rates) {
            double m = r.q().mid();
            if (m >= MAX_RATE || m == Math.rint(m) || r.lo() != r.q().lo()) continue;
            for (Operand a : amounts) {
                if (a == r || a.q().mid() < MIN_CONVERTED * m) continue;
                Operand rate = new Operand(r.lo(), r.hi(), r.q());
                add(out, a.per(rate, 1), a.q(), null, "an amount at a rate between currencies its sentence prints", maxRelative);
                add(out, a.times(rate, 1), a.q(), null, "an amount at a rate between currencies its sentence prints", maxRelative);
            }
        }
    }

    /**
     * "73 out of every 100 pounds", "78 ud af hver 100 kroner": a bare number before a round unit of money that it
     * is less than counts that money's parts, a share as precise as its digits (as a percentage written as one).
     */
    private static void partsOfUnits(List<Quantity> qs, List<Result> out) {
        // "af hver tusindkroneseddel i AIP betaler regionerne de 780": a bare number after a unit named after "every"
        for (Quantity u : qs) {
            if (!ImplicitUnits.FORM.equals(u.form()) || u.mid() < 10) continue;
            for (Quantity a : qs) {
                if (a.start() <= u.start() || a.dim() != Dim.PLAIN || a.mid() <= 0 || a.mid() >= u.mid()) continue;
                double lo = a.lo() / u.mid() * 100;
                double hi = a.hi() / u.mid() * 100;
                if (hi - lo > 1 + 1e-9) continue;
                out.add(new Result(lo, hi, null, a, "a number of a round unit of money", true));
                out.add(new Result(100 - hi, 100 - lo, null, a, "what a number leaves of a round unit of money", true));
            }
        }
        for (int i = 0; i + 1 < qs.size(); i++) {
            Quantity a = qs.get(i);
            Quantity b = qs.get(i + 1);
            if (a.dim() != Dim.PLAIN || a.mid() <= 0 || b.dim() != Dim.MONEY || !perUnit(b) || a.mid() >= b.mid()) continue;
            double lo = a.lo() / b.mid() * 100;
            double hi = a.hi() / b.mid() * 100;
            if (hi - lo > 1 + 1e-9) continue;
            out.add(new Result(lo, hi, null, a, "a number of a round unit of money", true));
            out.add(new Result(100 - hi, 100 - lo, null, a, "what a number leaves of a round unit of money", true));
        }
    }

    /**
     * "Med AIP som indeks 100 betaler regionerne 78": a bare 100 sets an index, and another bare number of its
     * sentence is a percentage of what the 100 stands for (and 100 less it the rest); "one in every 3.7 pounds of
     * the list price is waived": one of the money per an amount is the share 1/N, and "£4 for every £5" the share 4/5
     * ({@link ImplicitUnits#ONE_IN}).
     */
    private static void indexed(List<Quantity> qs, List<Result> out) {
        // "indeks 100", "maksimal AUP satt til 1 000": the base the sentence's other bare numbers are parts of
        double base = qs.stream().filter(q -> q.dim() == Dim.PLAIN && q.hedge() == null && (q.mid() == 100 || q.mid() == 1000)
                && !ImplicitUnits.ONE_IN.equals(q.form())).mapToDouble(Quantity::mid).findFirst().orElse(0);
        boolean index = base > 0;
        for (int i = 0; i < qs.size(); i++) {
            Quantity x = qs.get(i);
            if (ImplicitUnits.ONE_IN.equals(x.form())) {
                Quantity n = next(qs, i);
                if (n == null || n.mid() <= 1 || n.dim() != Dim.MONEY && n.dim() != Dim.PLAIN) continue;
                boolean whole = n.hedge() == null && whole(n);
                double lo = 100 * x.mid() / (whole ? n.mid() : n.hi());
                double hi = 100 * x.mid() / (whole ? n.mid() : n.lo());
                if (hi >= 100) continue;
                if (hi - lo > 1 + 1e-9) continue;
                out.add(new Result(lo, hi, null, n, "one of every so many of the money, as a share", true));
                out.add(new Result(100 - hi, 100 - lo, null, n, "what one of every so many of the money leaves", true));
            } else if (index && x.dim() == Dim.PLAIN && x.mid() > 0 && x.mid() != base && x.mid() < 10 * base) {
                double lo = x.lo() * 100 / base;
                double hi = x.hi() * 100 / base;
                out.add(new Result(lo, hi, null, x, "a number of a sentence that sets an index of " + (long) base, true));
                if (hi < 100) out.add(new Result(100 - hi, 100 - lo, null, x,
                        "what a number leaves of an index of " + (long) base + " its sentence sets", true));
            }
        }
    }

    /** The first quantity after {@code qs[i]} that starts after its end (a reading of the same place is skipped). */
    private static Quantity next(List<Quantity> qs, int i) {
        for (int k = i + 1; k < qs.size(); k++) if (qs.get(k).start() >= qs.get(i).end()) return qs.get(k);
        return null;
    }

    /** 1, 10, 100 or 1 000 of a currency without a hedge: the unit an amount per unit is counted in. */
    private static boolean perUnit(Quantity b) {
        double v = b.mid();
        return b.hedge() == null && (v == 1 || v == 10 || v == 100 || v == 1000 || v == 10_000);
    }

    /**
     * "7.800 pr. 10.000 kr. af AIP": a whole number right before a round unit of money is in that money (its word is
     * written once, after the unit; fourteenth probe): an amount of {@code qs} to set against the unit.
     */
    private static List<Operand> beforeRoundUnits(List<Quantity> qs) {
        List<Operand> out = new ArrayList<>();
        for (Quantity a : qs) {
            if (a.dim() != Dim.PLAIN || !whole(a) || a.hedge() != null) continue;
            int next = Integer.MAX_VALUE; // every reading of the next number ("10.000": ten thousand, or ten)
            for (Quantity b : qs) if (b.start() >= a.end()) next = Math.min(next, b.start());
            for (Quantity b : qs) {
                if (b.start() == next && b.dim() == Dim.MONEY && perUnit(b) && a.mid() < b.mid()) {
                    out.add(new Operand(a.lo(), a.hi(), a.mid(), a.mid(),
                            new Quantity(a.lo(), a.hi(), Dim.MONEY, a.start(), a.end(), a.form(), 0, b.currency(), null)));
                }
            }
        }
        return out;
    }

    static void addPercent(List<Result> out, Operand r, Quantity at, String form, double maxRelative) {
        if (narrow(r.lo(), r.hi(), maxRelative)) {
            out.add(new Result(r.lo(), r.hi(), null, at, form, true));
        } else if (narrow(r.faceLo(), r.faceHi(), maxRelative)) {
            out.add(new Result(r.faceLo(), r.faceHi(), null, at, form + ", at face value", true));
        }
    }

    static void add(List<Result> out, Operand r, Quantity at, String currency, String form, double maxRelative) {
        if (narrow(r.lo(), r.hi(), maxRelative)) {
            out.add(new Result(r.lo(), r.hi(), currency, at, form, false));
        } else if (narrow(r.faceLo(), r.faceHi(), maxRelative)) {
            out.add(new Result(r.faceLo(), r.faceHi(), currency, at, form + ", at face value", false));
        }
    }

    private static boolean narrow(double lo, double hi, double maxRelative) {
        return lo > 0 && (hi - lo) / 2 <= maxRelative * (lo + hi) / 2;
    }

    /** Unit widths of a length of time counted whole: a year, a month, a week, a day (in years). */
    private static final double[] UNITS = {10, 1, 1.0 / 12, 7 / 365.25, 1 / 365.25};

    /** A length of time that is a whole count of its unit ("ti år", "sju måneder", "et tiår"), not "2,14 år". */
    private static boolean wholeUnits(Quantity q) {
        double w = q.hi() - q.lo();
        if (w == 0) return true;
        for (double u : UNITS) if (Math.abs(w - u) < 1e-9 * Math.max(1, u)) return true;
        return false;
    }

    private static boolean whole(Quantity q) {
        return q.mid() == Math.rint(q.mid());
    }

    static boolean sameCurrency(Quantity a, Quantity b) {
        return a.currency() == null || b.currency() == null || a.currency().equals(b.currency());
    }

    private static String name(Operand f) {
        double m = f.q().period() > 0 && f.lo() == f.hi() && f.lo() != f.q().mid() ? f.lo() : f.q().mid(); // 4 a year × 10
        m = Math.round(m * 1e6) / 1e6;
        return f.q().dim() == Dim.PERCENT ? "a percentage" : m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }
}
