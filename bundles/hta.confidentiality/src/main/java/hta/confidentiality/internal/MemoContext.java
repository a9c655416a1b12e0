package hta.confidentiality.internal;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The back-calculations whose factor the memo itself prints, after the scan of the writer's usual arithmetic: an
 * amount taken back through a period, count or VAT word of its sentence ({@link MemoFactors}), and an amount written
 * in another currency than a confidential amount's, taken back at the rate the memo prints or an approximate
 * reference rate ({@link ExchangeRates}), and the writer's own arithmetic over the numbers of a sentence (sums,
 * differences, products; {@link SentenceArithmetic}). Each is compared with the confidential amounts as they are and the
 * dossier's own derivations of them ({@link BaseTargets}), exactly up to the printed precision (the factor is
 * the memo's, not a guess), and passes when a public value of the dossier gives the same. Immutable; thread-safe.
 */
public final class MemoContext {
    /** A memo's factor needs three significant digits or more: half the printed interval within 0.5 × tolerance. */
    private static final double THREE_DIGITS = 0.5;
    /** The widest relative half-width of a rounded amount per period read over another period: two digits. */
    private static final double ROUNDED_RATE = 0.05;
    /** Intermediate rounding in a writer's arithmetic, as a share of the result (0.005 %). */
    private static final double SLACK = 0.00005;
    private final BaseTargets base;
    private final java.util.function.Predicate<Quantity> publicArithmetic;
    private final double[] publicNumbers;
    private final double tolerance;
    private final double[] units;
    private final double[] vat;
    /** The dossier's public prices: what a sentence that names one without printing it computes from. */
    private final double[] prices;

    /**
     * @param publicNumbers the dossier's public amounts, sorted
     * @param divisors      the public numbers of the dossier (pack descriptions, patients per year)
     * @param publicArithmetic whether an amount, to its printed precision, is a public value or an operation on one
     * @param prices        the dossier's public prices
     */
    /** The dossier's public prices whose currency is known, for another country's price at a printed rate. */
    private final List<hta.confidentiality.PublicValue> pricesInCurrency;

    public MemoContext(BaseTargets base, double[] publicNumbers, double tolerance, List<java.math.BigDecimal> divisors,
                       List<java.math.BigDecimal> vatRates, java.util.function.Predicate<Quantity> publicArithmetic,
                       double[] prices, List<hta.confidentiality.PublicValue> pricesInCurrency) {
        this.base = base;
        this.prices = prices;
        this.pricesInCurrency = List.copyOf(pricesInCurrency);
        this.publicArithmetic = publicArithmetic;
        this.publicNumbers = publicNumbers;
        this.tolerance = tolerance;
        List<Double> u = new ArrayList<>(List.of(1.0));
        for (java.math.BigDecimal d : divisors) {
            double v = d.doubleValue();
            if (v > 1 && v <= 1000 && !u.contains(v)) u.add(v);
        }
        units = u.stream().mapToDouble(Double::doubleValue).toArray();
        vat = vatRates.stream().mapToDouble(java.math.BigDecimal::doubleValue).distinct().toArray();
    }

    /**
     * Adds what the memo's own factors give back to {@code findings} (one finding per place and value); with
     * {@code sentences}, also what the writer's arithmetic over each sentence's numbers gives.
     */
    public void scan(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities, List<LeakFinding> findings,
                     boolean sentences) {
        if (base.isEmpty()) return;
        for (int i = 1; i < quantities.size(); i++) {
            if (quantities.get(i).start() < quantities.get(i - 1).start()) {
                quantities = new ArrayList<>(quantities); // the sentence's quantities are found by place: in text order
                quantities.sort(java.util.Comparator.comparingInt(Quantity::start));
                break;
            }
        }
        Set<String> reported = null;
        Set<Integer> publicByFactor = new HashSet<>();
        MemoFactors factors = null;
        ExchangeRates rates = null;
        List<Targets.Target> hits = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.dim() != Dim.MONEY || q.mid() <= 0) continue;
            double rel = (q.hi() - q.lo()) / 2 / q.mid();
            boolean precise = rel <= THREE_DIGITS * tolerance;
            // an amount with fewer digits but no hedge is also what it says: "16 kuren 980 000 kr" divides to
            // exactly 61 250, though "980 000" alone could be rounded to ±5 000
            // a hedged amount is rounded: only a period the sentence states takes it to another period, to its
            // printed precision ("om lag 120 000 kroner annenhver uke" is 3,1 millioner a year within 4 %)
            boolean hedgedRound = !precise && q.hedge() != null;
            if (!hedgedRound || rel <= ROUNDED_RATE) {
                if (factors == null) factors = MemoFactors.of(text, lex, units, vat);
                List<MemoFactors.Factor> around = factors.around(q);
                // the memo's own factor taking the amount to a public one is what it says ("26,15 mio. kr. svarer til
                // 1,74 mio. kr. om året over en 15-årig horisont"): another factor meeting a confidential one is chance
                if (toPublic(q, around, text, quantities)) {
                    around = List.of();
                    publicByFactor.add(q.start());
                }
                for (MemoFactors.Factor f : around) {
                    if (hedgedRound && !f.period()) continue;
                    double[] range = f.period() ? rateRange(q) : precise ? new double[] {q.lo(), q.hi()}
                            : new double[] {q.mid(), q.mid()};
                    double lo = range[0] * f.factor() * (1 - SLACK);
                    double hi = range[1] * f.factor() * (1 + SLACK);
                    if (explained(lo, hi, Double.NaN)) continue;
                    hits.clear();
                    base.find(lo, hi, q.currency(), false, hits);
                    if (!hits.isEmpty()) reported = report(location, text, q, hits, f.form(), reported, findings);
                }
            }
            if (q.currency() != null && rel <= tolerance) {
                if (rates == null) rates = ExchangeRates.in(text, lex, quantities);
                // an amount that is exact arithmetic on a public value ("£216,667 a month" of a £2.6m list price), or a
                // public value at a rate the memo prints ("€3.07m" at £1 = €1.18), is that: a ±8 % guess at another
                // rate does not outweigh it
                if (factors == null) factors = MemoFactors.of(text, lex, units, vat);
                boolean publicAmount = publicArithmetic.test(q) || atPrintedRate(q, rates)
                        || publicByOwnFactor(text, quantities, q, factors.around(q),
                                Sentence.around(text, lex, q.start()).has(lex.words().prose().vat()));
                for (String currency : base.currencies()) {
                    if (currency.equals(q.currency()) || !ExchangeRates.known(q.currency(), currency)) continue;
                    ExchangeRates.Factor fx = rates.factor(q.currency(), currency);
                    if (fx == null || publicAmount && !fx.printed()) continue;
                    double lo = q.lo() * fx.lo() * (1 - SLACK);
                    double hi = q.hi() * fx.hi() * (1 + SLACK);
                    hits.clear();
                    if (fx.printed()) base.find(lo, hi, currency, true, hits);
                    else base.findConverted(lo, hi, currency, hits);
                    double mid = q.mid() * (fx.lo() + fx.hi()) / 2;
                    // at the memo's own rate, a public amount nearer the converted amount than the confidential one
                    // is what it converts; at a reference rate (±8 %) both readings stand, and ambiguity refuses: the
                    // writer can print the rate used ("1 EUR = 11,6 NOK"), which settles it
                    if (fx.printed()) hits.removeIf(t -> explained(lo, hi, Math.abs(Math.log(t.exact() / mid))));
                    String how = "converted from " + q.currency() + " to " + currency + (fx.printed()
                            ? " at the exchange rate the memo prints" : " at an approximate reference rate (±8 %)");
                    if (!hits.isEmpty()) reported = report(location, text, q, hits, how, reported, findings);
                }
            }
        }
        if (sentences) reported = vatShares(location, text, lex, quantities, reported, findings);
        if (sentences) reported = shareThenAmount(location, text, lex, quantities, reported, findings);
        if (sentences) reported = priceAndMultiple(location, text, lex, quantities, reported, findings);
        if (sentences) {
            if (rates == null) rates = ExchangeRates.in(text, lex, quantities);
            reported = foreignPriceAtPrintedRate(location, text, lex, quantities, rates, reported, findings);
        }
        if (sentences) sentenceArithmetic(location, text, lex, quantities, reported, findings, publicByFactor);
    }

    /**
     * What an amount per period stands for, to its printed precision: a whole amount of four digits or more that
     * ends in one zero is rounded to tens as often as it is exact ("rundt 8 540 kroner per døgn" for 8 542), as a
     * reader who takes it over a year knows.
     */
    private static double[] rateRange(Quantity q) {
        double mid = q.mid();
        double half = (q.hi() - q.lo()) / 2;
        if (mid >= 1000 && half < 5 && mid == Math.rint(mid) && (long) mid % 10 == 0) half = 5;
        return new double[] {mid - half, mid + half};
    }

    /**
     * Whether one of the memo's own factors takes {@code q} to a public amount of the dossier ("1,74 mio. kr. om året
     * over en 15-årig horisont" is a 26,15 million list price): a guess among operations the sentence does not
     * state then explains nothing more.
     */
    /**
     * Whether {@code q} is the memo's own VAT factor in a sentence that names VAT ("maksimal AUP delt på 1,25"): the
     * public factor, not a ratio of a confidential price to a public one that happens to lie within the tolerance of
     * it (fourteenth probe: 1,25 met Scotland's list price over its PAS price, 1,238).
     */
    public boolean ownVatFactor(PerceivedText text, Lexicon lex, Quantity q) {
        if (q.dim() != Dim.PLAIN || vat.length == 0) return false;
        boolean factor = false;
        for (double r : vat) {
            for (double f : new double[] {1 + r, 1 / (1 + r)}) factor |= q.lo() <= f && f <= q.hi();
        }
        return factor && Sentence.around(text, lex, q.start()).has(lex.words().prose().vat());
    }

    public boolean publicByOwnFactor(Sentences read, Quantity q) {
        // an amount, or a large number without its unit (a table's "Inklusive moms | 41 250 000" under "SEK")
        if (q.dim() != Dim.MONEY && (q.dim() != Dim.PLAIN || q.mid() < 1000) || q.mid() <= 0) return false;
        // or one a rate the memo prints takes to a public amount ("I svenske kroner (1,49 SEK pr. DKK) svarer AIP til
        // 37,25 mio. SEK")
        return read.ownFactor(q, x -> x.currency() != null && atPrintedRate(x, read.rates())
                || publicByOwnFactor(read.text(), read.quantities(), x, read.factors(units, vat).around(x),
                        read.statesVat(x.start())));
    }

    private boolean publicByOwnFactor(PerceivedText text, List<Quantity> quantities, Quantity q,
                                      List<MemoFactors.Factor> around, boolean statesVat) {
        if (statesVat) {
            // VAT alone is no factor of the memo's (VAT in and out is an operation of its own), but the sentence's
            // VAT word taking the amount to the public price it prints explains it: "Listpriset är 33 miljoner
            // kronor, eller 41,25 miljoner kronor inklusive moms"
            around = new ArrayList<>(around);
            for (double r : vat) {
                around.add(new MemoFactors.Factor(1 + r, "with VAT as written"));
                around.add(new MemoFactors.Factor(1 / (1 + r), "without VAT as written"));
                if (r > 0) around.add(new MemoFactors.Factor(1 / r, "the VAT alone, as written")); // "VAT on the list price would be £520,000"
            }
        }
        if (toPublic(q, around, text, quantities)) return true;
        // and the sentence's whole numbers of other things, as multipliers: "312.500 kr. pr. kg for en patient på 80
        // kg" is the public AIP of 25 million per patient
        int[] b = Sentence.bounds(text, q.start());
        List<MemoFactors.Factor> numbers = new ArrayList<>(around);
        for (Quantity p : within(quantities, b)) {
            if (p.start() < b[0] || p.start() >= b[1] || p.start() == q.start() || p.hedge() != null) continue;
            double n = p.mid();
            if ((p.dim() == Dim.OTHER || p.dim() == Dim.PLAIN) && n > 1 && n <= 1000 && n == Math.rint(n)) {
                numbers.add(new MemoFactors.Factor(n, "times a number of its sentence"));
                numbers.add(new MemoFactors.Factor(1 / n, "divided by a number of its sentence"));
            }
        }
        return toDossierPublic(q, numbers);
    }

    /**
     * Whether one of the sentence's own factors takes {@code q} exactly to a public amount of the dossier, though the
     * sentence does not print it: "Listpriset inklusive moms är 41,25 miljoner kronor" (33 million with VAT), "£650,000
     * per vial for a patient needing four vials" (the £2.6m list price), "312.500 kr. pr. kg for en patient på 80 kg".
     * Exactly: the amount's face value when whole ("650,000" is 650 000, not 645 000 to 655 000), otherwise its printed
     * interval to three significant digits or better — a rounder amount through a factor meets one of the dossier's
     * many public amounts by chance (eleventh session, the tenth probe's harmless twins).
     */
    private boolean toDossierPublic(Quantity q, List<MemoFactors.Factor> around) {
        // a whole amount is what it says, to its last digit when that is not a zero ("285 kr. i timen" for 285,19)
        boolean whole = q.hedge() == null && q.mid() == Math.rint(q.mid());
        double last = whole && q.mid() % 10 != 0 ? 0.5 : 0;
        double lo = whole ? q.mid() - last : q.lo();
        double hi = whole ? q.mid() + last : q.hi();
        if (!whole && (hi - lo) / 2 > THREE_DIGITS * tolerance * q.mid()) return false;
        for (MemoFactors.Factor f : around) {
            if (explained(lo * f.factor() * (1 - SLACK), hi * f.factor() * (1 + SLACK), Double.NaN)) return true;
        }
        return false;
    }

    /**
     * Whether one of the memo's own factors takes {@code q} to a public amount its sentence prints ("Listeprisen på
     * 26,15 mio. kr. svarer til 1,74 mio. kr. om året over en 15-årig horisont"). Only a public amount the writer put
     * in the sentence counts: a factor meets one of the dossier's many public amounts by chance far too often.
     */
    private boolean toPublic(Quantity q, List<MemoFactors.Factor> around, PerceivedText text, List<Quantity> quantities) {
        if (around.isEmpty()) return false;
        int[] b = Sentence.bounds(text, q.start());
        for (Quantity p : within(quantities, b)) {
            if (p.start() < b[0] || p.start() >= b[1] || p.start() == q.start() || p.dim() != Dim.MONEY) continue;
            if (!explained(p.lo(), p.hi(), Double.NaN)) continue;
            for (MemoFactors.Factor f : around) {
                // to the printed precision: 1,74 million × 15 is 26,03–26,18 million, which holds 26,15 million
                if (q.lo() * f.factor() * (1 - SLACK) <= p.hi() && q.hi() * f.factor() * (1 + SLACK) >= p.lo()) return true;
            }
        }
        return false;
    }

    /**
     * A percentage in a sentence that names VAT, taken with or without it: "Eksklusive mva. betaler sykehusene 55,7 %
     * av maksimal AUP inklusive mva." is 69,6 % of the price without VAT (twelfth probe). To a percentage point.
     */
    private Set<String> vatShares(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities,
                                  Set<String> reported, List<LeakFinding> findings) {
        List<Targets.Target> hits = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.dim() != Dim.PERCENT || q.mid() <= 0 || q.mid() >= 100) continue;
            if (!Sentence.around(text, lex, q.start()).has(lex.words().prose().vat())) continue;
            for (double r : vat) {
                if (r <= 0 || Math.abs(q.mid() - 100 * r) < 1e-9) continue; // the VAT rate itself
                for (double f : new double[] {1 + r, 1 / (1 + r)}) {
                    double lo = q.lo() * f;
                    double hi = q.hi() * f;
                    if (hi - lo > 1 || hi >= 100) continue;
                    hits.clear();
                    base.findPercent(lo * (1 - SLACK), hi * (1 + SLACK), hits);
                    String how = f > 1 ? "of a price with VAT, without it" : "of a price without VAT, with it";
                    if (!hits.isEmpty()) reported = report(location, text, q, hits, how, reported, findings);
                }
            }
        }
        return reported;
    }

    /**
     * A share of a public price the sentence names but does not print, then an amount off it or on top: "Maksimal AUP
     * reduseres først med 20 prosent, og deretter trekkes 4 472 990 kroner fra", "nio tiondelar av listpriset minus
     * 5,2 miljoner kronor", "the list price reduced by a quarter and then by a further £52,000" (thirteenth probe).
     * Each of the dossier's public prices, times the share or what it leaves, less or plus each amount of the
     * sentence at face value, looked up among the confidential amounts in the amount's currency.
     */
    private Set<String> shareThenAmount(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities,
                                        Set<String> reported, List<LeakFinding> findings) {
        if (prices.length == 0) return reported;
        List<Targets.Target> hits = new ArrayList<>();
        for (Quantity s : quantities) {
            boolean part = s.dim() == Dim.PLAIN && s.form().contains("fraction") && s.mid() > 0 && s.mid() < 1;
            if (!part && (s.dim() != Dim.PERCENT || s.mid() <= 0 || s.mid() >= 100 || s.hedge() != null)) continue;
            double share = part ? s.mid() : s.mid() / 100;
            int[] b = Sentence.bounds(text, s.start());
            for (Quantity a : within(quantities, b)) {
                // an amount, or a large bare number the price names its money ("4/5 af AIP minus en halv million")
                boolean amount = a.dim() == Dim.MONEY || a.dim() == Dim.PLAIN && a.mid() >= 1000 && !yearLike(a);
                if (!amount || a == s || a.start() < b[0] || a.start() >= b[1] || a.hedge() != null || a.mid() <= 0) continue;
                // an amount of three digits or more is taken to its printed precision ("to tredjedele af AIP plus
                // 2,83 mio. kr.": the writer rounded the 2 833 333 that makes the price), a rounder one at face value
                double half = (a.hi() - a.lo()) / 2 <= 0.005 * a.mid() ? (a.hi() - a.lo()) / 2 : 0;
                for (double price : prices) {
                    for (double f : new double[] {share, 1 - share}) {
                        for (double v : new double[] {price * f - a.mid(), price * f + a.mid()}) {
                            if (v <= 0 || a.mid() >= price) continue;
                            hits.clear();
                            base.find(v * (1 - SLACK) - half, v * (1 + SLACK) + half, a.currency(), false, hits);
                            String how = "a share of a public price the sentence names, then this amount off or on top";
                            if (!hits.isEmpty()) reported = report(location, text, a, hits, how, reported, findings);
                        }
                    }
                }
            }
        }
        return reported;
    }

    /**
     * The quantities of {@code sorted} (in text order) that start within {@code b}: a sentence's own, found by place.
     * Going through every quantity of the text for each one made a long narrative quadratic.
     */
    private static List<Quantity> within(List<Quantity> sorted, int[] b) {
        return sorted.subList(Quantity.firstFrom(sorted, b[0]), Quantity.firstFrom(sorted, b[1]));
    }


    /** A whole number a year could be (1900–2100): no amount. */
    private static boolean yearLike(Quantity q) {
        return q.mid() >= 1900 && q.mid() <= 2100 && q.mid() == Math.rint(q.mid());
    }

    /**
     * A public price the sentence names but does not print, with so many times an amount, making a total it prints:
     * "AIP og tre gange regionernes betaling udgør tilsammen 83,5 mio. kr." (thirteenth probe). Each of the dossier's
     * public prices taken from or less each amount of the sentence, over each whole count of it (2–12), at face value
     * (the writer's arithmetic), looked up among the confidential amounts in its currency.
     */
    private Set<String> priceAndMultiple(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities,
                                         Set<String> reported, List<LeakFinding> findings) {
        if (prices.length == 0) return reported;
        List<Targets.Target> hits = new ArrayList<>();
        for (Quantity a : quantities) {
            // halfway between a public price and an amount: "midt mellom maks-AUP og 16 871 262 kroner", "16,87
            // millionar" (fifteenth probe); the amount to its printed precision, three significant digits at least (a
            // round amount, "690 000 kroner", met a budget cell halfway to another country's price by chance), unless
            // the sentence says halfway ("halfway between the list price and £1,600,000"): then at face value
            if (a.dim() != Dim.MONEY || a.hedge() != null || a.mid() <= 0) continue;
            boolean precise = (a.hi() - a.lo()) / 2 <= 0.005 * a.mid();
            boolean faceValue = !precise && a.mid() == Math.rint(a.mid()) && saysHalfway(text, lex, a.start());
            if (!precise && !faceValue) continue;
            double half = faceValue ? 0 : (a.hi() - a.lo()) / 4;
            for (double price : prices) {
                double v = (a.mid() + price) / 2;
                if (Math.abs(a.mid() - price) < 1e-9 * price) continue;
                hits.clear();
                base.find(v * (1 - SLACK) - half, v * (1 + SLACK) + half, a.currency(), false, hits);
                if (!hits.isEmpty()) {
                    reported = report(location, text, a, hits, "halfway between a public price and this amount", reported,
                            findings);
                }
            }
        }
        for (Quantity m : quantities) {
            double n = m.mid();
            if (m.dim() != Dim.PLAIN && m.dim() != Dim.OTHER || m.hedge() != null || n < 2 || n > 12 || n != Math.rint(n)) continue;
            int[] b = Sentence.bounds(text, m.start());
            for (Quantity a : within(quantities, b)) {
                if (a.dim() != Dim.MONEY || a.start() < b[0] || a.start() >= b[1] || a.hedge() != null || a.mid() <= 0) continue;
                for (double price : prices) {
                    double v = Math.abs(a.mid() - price) / n;
                    if (v == 0) continue;
                    hits.clear();
                    base.find(v * (1 - SLACK), v * (1 + SLACK), a.currency(), false, hits);
                    String how = "a public price the sentence names, and so many times an amount, making this total";
                    if (!hits.isEmpty()) reported = report(location, text, a, hits, how, reported, findings);
                }
            }
        }
        return reported;
    }

    /**
     * Whether the sentence at {@code at} has a word made of the memo's word for a half and more ("halfway",
     * "halvveis", "halvvägs", "halvvejs").
     */
    private static boolean saysHalfway(PerceivedText text, Lexicon lex, int at) {
        int[] b = Sentence.bounds(text, at);
        List<String> halves = new ArrayList<>();
        for (java.util.Map.Entry<String, Integer> f : lex.words().fractions().entrySet()) {
            if (f.getValue() == 2 && f.getKey().indexOf(' ') < 0) halves.add(f.getKey());
        }
        int i = b[0];
        while (i < b[1]) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < b[1] && Character.isLetter(text.charAt(e))) e++;
            String w = text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
            for (String h : halves) if (w.length() >= h.length() + 3 && w.startsWith(h)) return true;
            i = e;
        }
        return false;
    }

    /**
     * Another country's public price at the rate its sentence prints, less or plus an amount of the sentence, or a
     * percentage of it or below it: "Omregnet med 1 SEK = 1,02 NOK ligger tilbudet 3,71 millioner kroner under den
     * svenske listeprisen", "Boards pay 65.4 per cent of the Norwegian maximum pharmacy price (converted at NOK 13.40
     * per pound)" (sixteenth probe: seven such sentences in four languages). Only a sentence that prints a rate: the
     * writer names the price, and the rate says which; with a VAT word in the sentence, with and without VAT too.
     * An amount in the price's own currency is converted first ("12,80 mio. NOK mindre end den norske maksimale AUP").
     */
    private Set<String> foreignPriceAtPrintedRate(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities,
                                                  ExchangeRates rates, Set<String> reported, List<LeakFinding> findings) {
        if (pricesInCurrency.isEmpty()) return reported;
        int[] at = rates.printedAt();
        if (at.length == 0) return reported;
        List<Targets.Target> hits = new ArrayList<>();
        int done = -1;
        for (int rateAt : at) {
            int[] b = Sentence.bounds(text, rateAt);
            if (b[0] <= done) continue;
            done = b[0];
            List<Quantity> own = within(quantities, b);
            boolean statesVat = Sentence.around(text, lex, rateAt).has(lex.words().prose().vat());
            for (hta.confidentiality.PublicValue price : pricesInCurrency) {
                double p = price.value().doubleValue();
                for (String currency : base.currencies()) {
                    if (currency.equals(price.currency())) continue;
                    ExchangeRates.Factor fx = rates.factor(price.currency(), currency);
                    if (fx == null || !fx.printed()) continue;
                    for (Quantity a : own) {
                        if (a.hedge() != null || a.mid() <= 0 || rates.printedWithin(a.start(), a.start() + 1)) continue;
                        List<double[]> found = new ArrayList<>(); // {lo, hi} in the target currency
                        String how;
                        if (a.dim() == Dim.MONEY && (a.currency() == null || a.currency().equals(currency)
                                || a.currency().equals(price.currency()))) {
                            boolean inPriceCurrency = price.currency().equals(a.currency());
                            // the price itself printed beside its rate is no operand of its own
                            if (inPriceCurrency && a.lo() <= p && p <= a.hi()) continue;
                            double aLo = inPriceCurrency ? a.lo() * fx.lo() : a.lo();
                            double aHi = inPriceCurrency ? a.hi() * fx.hi() : a.hi();
                            found.add(new double[] {p * fx.lo() - aHi, p * fx.hi() - aLo});
                            found.add(new double[] {p * fx.lo() + aLo, p * fx.hi() + aHi});
                            how = "another country's public price at the rate the sentence prints, less or plus this amount";
                        } else if (a.dim() == Dim.PERCENT && a.mid() < 100 && !isVatRate(a)) {
                            found.add(new double[] {p * fx.lo() * a.lo() / 100, p * fx.hi() * a.hi() / 100});
                            found.add(new double[] {p * fx.lo() * (1 - a.hi() / 100), p * fx.hi() * (1 - a.lo() / 100)});
                            how = "this percentage of or below another country's public price at the rate the sentence prints";
                        } else {
                            continue;
                        }
                        for (double[] r : found) {
                            if (r[0] <= 0) continue;
                            List<double[]> ways = new ArrayList<>(List.of(r));
                            if (statesVat) {
                                for (double v : vat) {
                                    ways.add(new double[] {r[0] * (1 + v), r[1] * (1 + v)});
                                    ways.add(new double[] {r[0] / (1 + v), r[1] / (1 + v)});
                                }
                            }
                            for (double[] w : ways) {
                                hits.clear();
                                base.find(w[0] * (1 - SLACK), w[1] * (1 + SLACK), currency, false, hits);
                                if (!hits.isEmpty()) reported = report(location, text, a, hits, how, reported, findings);
                            }
                        }
                    }
                }
            }
        }
        return reported;
    }

    /** Whether a percentage is one of the memo's VAT rates as written ("25 % mva."). */
    private boolean isVatRate(Quantity a) {
        for (double v : vat) if (a.lo() <= v * 100 && v * 100 <= a.hi()) return true;
        return false;
    }

    /** Whether a rate the memo prints takes {@code q} to a public amount of the dossier. */
    private boolean atPrintedRate(Quantity q, ExchangeRates rates) {
        for (String currency : base.currencies()) {
            if (currency.equals(q.currency()) || !ExchangeRates.known(q.currency(), currency)) continue;
            ExchangeRates.Factor fx = rates.factor(q.currency(), currency);
            if (fx != null && fx.printed() && explained(q.lo() * fx.lo() * (1 - SLACK), q.hi() * fx.hi() * (1 + SLACK), Double.NaN)) {
                return true;
            }
        }
        return false;
    }

    /** The sums, differences, products and quotients of the numbers of each sentence that meet a confidential amount. */
    private Set<String> sentenceArithmetic(String location, PerceivedText text, Lexicon lex, List<Quantity> quantities,
                                           Set<String> reported, List<LeakFinding> findings, Set<Integer> publicByFactor) {
        List<Targets.Target> hits = new ArrayList<>();
        // every amount takes part, also one already found: a finding may be a coincidence the writer acknowledges,
        // and the sum it is part of then still gives a price away (last look of the sixteenth session: "12 millioner"
        // met a budget cell, was acknowledged, and "12 + 8 + 9,95 millioner" printed the agreed price)
        List<Quantity> operands = quantities;
        java.util.Map<Integer, Boolean> vatNamed = new java.util.HashMap<>();
        Set<String> priceWords = new HashSet<>(lex.words().discounts());
        priceWords.addAll(lex.words().prose().confidentialPrices());
        List<SentenceArithmetic.Result> results = new ArrayList<>(SentenceArithmetic.of(operands, at -> Sentence.start(text, lex, at),
                at -> Sentence.around(text, lex, at).has(priceWords), THREE_DIGITS * tolerance));
        results.addAll(VatRateOperands.of(operands, at -> Sentence.around(text, lex, at).namesVat(lex.words().prose().vat()), vat,
                THREE_DIGITS * tolerance));
        for (SentenceArithmetic.Result r : results) {
            // an amount the memo's own factor takes to a public one is that public amount's share, whatever else
            if (publicByFactor.contains(r.at().start())) continue;
            double lo = r.lo() * (1 - SLACK);
            double hi = r.hi() * (1 + SLACK);
            hits.clear();
            if (r.percent()) {
                base.findPercent(lo, hi, hits);
            } else {
                if (explained(lo, hi, Double.NaN)) continue;
                base.find(lo, hi, r.currency(), false, hits);
            }
            if (!hits.isEmpty()) reported = report(location, text, r.at(), hits, r.form(), reported, findings);
            if (r.percent() || vat.length == 0) continue;
            Boolean named = vatNamed.get(r.at().start());
            if (named == null) {
                named = Sentence.around(text, lex, r.at().start()).has(lex.words().prose().vat());
                vatNamed.put(r.at().start(), named);
            }
            // a sentence that names VAT may take the result on through the memo's own rate: "25,9 millioner inkludert
            // sveitsisk merverdiavgift på 8,1 prosent" is 23,96 without it and 29,95 with Norway's (fourteenth probe)
            if (named) reported = throughOwnVat(location, text, r, lo, hi, reported, findings);
        }
        return reported;
    }

    /** A result of a sentence that names VAT, with the memo's VAT added or taken off, met with a confidential amount. */
    private Set<String> throughOwnVat(String location, PerceivedText text, SentenceArithmetic.Result r, double lo, double hi,
                                      Set<String> reported, List<LeakFinding> findings) {
        List<Targets.Target> hits = new ArrayList<>();
        for (double v : vat) {
            for (double f : new double[] {1 + v, 1 / (1 + v)}) {
                if (explained(lo * f, hi * f, Double.NaN)) continue;
                hits.clear();
                base.find(lo * f, hi * f, r.currency(), false, hits);
                String how = r.form() + (f > 1 ? ", then the memo's VAT added" : ", then the memo's VAT taken off");
                if (!hits.isEmpty()) reported = report(location, text, r.at(), hits, how, reported, findings);
            }
        }
        return reported;
    }

    /** Adds a finding per value not yet reported at this place; the places reported, made on the first call. */
    private static Set<String> report(String location, PerceivedText text, Quantity q, List<Targets.Target> hits, String how,
                                      Set<String> reported, List<LeakFinding> findings) {
        if (reported == null) {
            reported = new HashSet<>();
            for (LeakFinding f : findings) reported.add(f.valueId() + "@" + f.offset());
        }
        for (Targets.Target t : hits) {
            int offset = text.origin(q.start());
            if (!reported.add(t.secretId() + "@" + offset)) continue;
            String form = q.form() + ", " + how + (t.form().isEmpty() ? "" : ", " + t.form());
            findings.add(new LeakFinding(location, t.secretId(), offset, text.origin(q.end()) - offset,
                    LeakFinding.Kind.DERIVED, form));
        }
        return reported;
    }

    /**
     * Whether a public amount lies in [lo, hi] — and, when {@code within} is a number, nearer the middle (in log
     * distance) than that: the writer's arithmetic on a public value.
     */
    private boolean explained(double lo, double hi, double within) {
        int i = Arrays.binarySearch(publicNumbers, lo);
        if (i < 0) i = -i - 1;
        double mid = Math.sqrt(lo * hi);
        for (; i < publicNumbers.length && publicNumbers[i] <= hi; i++) {
            if (Double.isNaN(within) || Math.abs(Math.log(publicNumbers[i] / mid)) < within) return true;
        }
        return false;
    }
}
