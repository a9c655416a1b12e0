package hta.confidentiality;

import hta.confidentiality.internal.DateSpans;
import hta.confidentiality.internal.DeclaredScales;
import hta.confidentiality.internal.DurationShares;
import hta.confidentiality.internal.ImplicitUnits;
import hta.confidentiality.internal.FreeGoods;
import hta.confidentiality.internal.Lexicon;
import hta.confidentiality.internal.MemoContext;
import hta.confidentiality.internal.NamedPrices;
import hta.confidentiality.internal.PerceivedText;
import hta.confidentiality.internal.Quantity;
import hta.confidentiality.internal.Quantity.Dim;
import hta.confidentiality.internal.Ranges;
import hta.confidentiality.internal.QuantityReader;
import hta.confidentiality.internal.Ratios;
import hta.confidentiality.internal.SeparatorStyle;
import hta.confidentiality.internal.Sentences;
import hta.confidentiality.internal.Targets;
import hta.confidentiality.internal.TextVariants;
import hta.confidentiality.internal.WrittenProducts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The confidential values of a dossier prepared for scanning text, and the scan itself. Immutable and
 * thread-safe; build once per set of values and scan many texts.
 *
 * <p>How it reads (docs/confidentiality.md): the text is first seen as a reader sees it ({@code PerceivedText}:
 * NFKC, invisible format characters and combining marks dropped, every space and dash unified); then every
 * quantity is found in any rendering — digits in any grouping and decimal style, exponents, scale words,
 * numbers spelled out in full or in part, percentages, ratios, durations in any unit — each as the interval it
 * stands for at its printed precision; the words around it (declared by the jurisdiction in
 * {@link NumberWords}, on top of a language-independent fallback) say whether it is money, a percentage of a
 * price, a share of a population, a duration or a measurement.
 *
 * <p>When it reports: a printed quantity reveals a confidential value when the value can be recovered from it
 * within the tolerance (±1 % unless the jurisdiction sets its own) — as written, or through the arithmetic
 * writers use (see {@link Derivation} and {@link LeakModel}) — and the quantity pins the value down: to two
 * significant digits when written with a scale word, an exponent or in words ("12 mill."; a single digit, "1 mill.",
 * says too little), otherwise to within twice the tolerance ("37 %" does; "10 years" for 9.6 does not). A quantity that is a rendering of a public value of the dossier reveals nothing new and is passed,
 * unless the public value equals a confidential one ({@link LeakFinding.Kind#COINCIDES_WITH_PUBLIC}). A number
 * without any unit must show three significant digits unless written with a scale word.
 *
 * @since 0.2
 */
public final class LeakIndex {
    /** Half the width of a two-significant-digit interval at its widest ("10 mill." stands for [9.5, 10.5)). */
    private static final double TWO_DIGITS = 0.05;
    /** A number without a unit is compared with percentages when printed this finely (three digits or more). */
    private static final double BARE_PERCENT = 0.002;
    /** Half the interval a fraction stands for, as a ratio: half a percentage point. */
    private static final double FRACTION_HALF = 0.005;
    /** Intermediate rounding in a writer's arithmetic, as a share of the result (0.005 %). */
    private static final double SLACK = 0.00005;
    /** A chain needs a printed half-width within this share of the tolerance (0.05 % at ±1 %): four digits or more. */
    private static final double PRECISE = 0.05;
    private static final String DIGITS = "digits";
    private final Lexicon lexicon;
    private final Targets targets;
    private final double tolerance;
    private final double[] publicNumbers;
    private final double[] publicPercentages;
    /** The back-calculations whose factor the memo prints (a period, a count, an exchange rate). */
    private final MemoContext context;
    /** Figures in sentences that name a confidential price ("med avtalt pris", "at the PAS price"). */
    private final NamedPrices named;
    /** Whether the writer's arithmetic over a sentence's numbers is redone (not on rendered pages: tables). */
    private final boolean sentences;

    /** Share of a value within which a number hidden in a file's internals counts as written (0.1 %). */
    private static final BigDecimal INTERNALS_TOLERANCE = new BigDecimal("0.001");
    private final LeakModel model;
    private volatile LeakIndex internals;
    private volatile LeakIndex pages;

    private LeakIndex(LeakModel model) {
        this.model = model;
        this.lexicon = new Lexicon(model.words());
        this.targets = new Targets(model);
        this.tolerance = model.tolerance().doubleValue();
        List<Double> numbers = new ArrayList<>();
        List<Double> percentages = new ArrayList<>();
        for (PublicValue p : model.publicValues()) {
            if (p.value() == null) continue;
            (p.kind() == SecretValue.Kind.PERCENTAGE ? percentages : numbers).add(p.value().abs().doubleValue());
        }
        publicNumbers = sorted(numbers);
        publicPercentages = sorted(percentages);
        double[] prices = model.publicValues().stream().filter(p -> p.value() != null && p.key().startsWith("price:")
                && p.kind() == SecretValue.Kind.AMOUNT && p.value().signum() > 0).mapToDouble(p -> p.value().doubleValue()).toArray();
        List<PublicValue> pricesInCurrency = model.publicValues().stream().filter(p -> p.value() != null
                && p.key().startsWith("price:") && p.kind() == SecretValue.Kind.AMOUNT && p.value().signum() > 0
                && p.currency() != null).toList();
        context = new MemoContext(targets.base(), publicNumbers, tolerance, model.arithmetic() ? model.divisors() : List.of(),
                model.arithmetic() ? model.vatRates() : List.of(), this::publicArithmetic, model.arithmetic() ? prices : new double[0],
                model.arithmetic() ? pricesInCurrency : List.of());
        named = new NamedPrices(model.arithmetic() ? model.words().prose().confidentialPrices() : java.util.Set.of(),
                model.secrets(), tolerance, model.vatRates());
        sentences = true;
    }

    /** The same index with other rules for figures in sentences that name a confidential price. */
    private LeakIndex(LeakIndex of, NamedPrices named) {
        this.model = of.model;
        this.lexicon = of.lexicon;
        this.targets = of.targets;
        this.tolerance = of.tolerance;
        this.publicNumbers = of.publicNumbers;
        this.publicPercentages = of.publicPercentages;
        this.context = of.context;
        this.named = named;
        this.sentences = false;
    }

    /**
     * The index for the pages of a rendered memo, read back: everything but the rules for figures in sentences — a
     * figure in a sentence that names a confidential price, and the writer's arithmetic over a sentence's numbers. A
     * template's tables have no sentences (a process table's "180 dagar" would stand next to a column headed with a
     * price's name; a table's public figures would be combined with each other), and the writer's prose on the
     * pages was scanned field by field with those rules before rendering ({@link PrintedFields}).
     *
     * @since 0.7
     */
    public LeakIndex forRenderedPages() {
        LeakIndex i = pages;
        if (i == null) {
            i = new LeakIndex(this, NamedPrices.NONE);
            pages = i;
        }
        return i;
    }

    /**
     * The written forms of the values, without the writer's arithmetic and without language words (digits in any
     * style, exponents, the percent sign, ISO currency codes and symbols).
     *
     * @param publicValues values a reader may see (list price, public figures): a printed quantity that renders
     *                     one of them is not reported
     */
    public static LeakIndex of(Collection<SecretValue> secrets, Collection<BigDecimal> publicValues) {
        return of(secrets, publicValues, NumberWords.NONE);
    }

    /** The written forms of the values, in a language's words too. @since 0.4 */
    public static LeakIndex of(Collection<SecretValue> secrets, Collection<BigDecimal> publicValues, NumberWords words) {
        List<PublicValue> publics = new ArrayList<>();
        for (BigDecimal v : publicValues) {
            if (v != null) publics.add(new PublicValue("", v, null));
        }
        return new LeakIndex(LeakModel.writtenForms(List.copyOf(secrets), publics, words));
    }

    /** The full model: written forms and the writer's arithmetic. @since 0.4 */
    public static LeakIndex of(LeakModel model) {
        return new LeakIndex(model);
    }

    /**
     * The index for the internals of a file (content streams, object strings, decoded streams), where numbers are
     * drawing coordinates, sizes and glyph codes rather than prose: written forms only, within 0.1 %. A reader's
     * arithmetic works on what the page shows, which the full index scans.
     *
     * @since 0.4
     */
    public LeakIndex forFileInternals() {
        LeakIndex i = internals;
        if (i == null) {
            // a markup is the reader's arithmetic on what the page shows (a ratio such as 1.29 is any coordinate)
            List<SecretValue> written = model.secrets().stream()
                    .filter(s -> !BackCalculations.RATIO_TO_LIST.equals(s.unit()) && !BackCalculations.MARKUP.equals(s.unit()))
                    .toList();
            i = new LeakIndex(new LeakModel(written, model.publicValues(), List.of(), List.of(), model.words(),
                    model.tolerance().min(INTERNALS_TOLERANCE), List.of(), false));
            internals = i;
        }
        return i;
    }

    /** Number of ways back to a confidential value indexed (for diagnostics and the benchmark). */
    public int size() {
        return targets.size();
    }

    /** Every place in {@code text} where a secret is written or can be back-calculated, in text order. */
    public List<LeakFinding> scan(String location, String text) {
        List<LeakFinding> findings = scanAsPerceived(location, text);
        if (text == null) return findings;
        List<String> variants = TextVariants.of(text);
        if (variants.isEmpty()) return findings;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LeakFinding f : findings) seen.add(f.valueId() + "@" + f.offset());
        boolean added = false;
        for (String variant : variants) {
            // only the sentences around what the variant changed are read again, not the whole text
            for (int[] w : TextVariants.changedWindows(text, variant)) {
                for (LeakFinding f : scanAsPerceived(location, variant.substring(w[0], w[1]))) {
                    LeakFinding at = new LeakFinding(f.location(), f.valueId(), f.offset() + w[0], f.length(), f.kind(),
                            f.form());
                    if (seen.add(at.valueId() + "@" + at.offset())) {
                        findings.add(at);
                        added = true;
                    }
                }
            }
        }
        if (added) findings.sort(java.util.Comparator.comparingInt(LeakFinding::offset));
        return findings;
    }

    private List<LeakFinding> scanAsPerceived(String location, String text) {
        List<LeakFinding> findings = new ArrayList<>();
        if (text == null || text.isEmpty() || targets.size() == 0) return findings;
        PerceivedText perceived = PerceivedText.of(text);
        // one finding per place and value: the readings of one number share its start and come one after another
        List<String> reportedHere = new ArrayList<>();
        int here = -1;
        List<Targets.Target> hits = new ArrayList<>();
        List<Quantity> quantities = SeparatorStyle.consistent(perceived, new QuantityReader(perceived, lexicon).readAll());
        List<Quantity> units = ImplicitUnits.in(perceived, lexicon);
        if (!units.isEmpty()) {
            // "for hver krone": one of the money, for the sentence's shares of it
            quantities = new ArrayList<>(quantities);
            quantities.addAll(units);
            quantities.sort(java.util.Comparator.comparingInt(Quantity::start));
        }
        Sentences bySentence = new Sentences(perceived, lexicon, quantities);
        List<Quantity> all = quantities;
        List<Quantity> free = new ArrayList<>(FreeGoods.in(perceived, lexicon));
        free.addAll(Ratios.in(perceived, lexicon, quantities));
        free.addAll(DurationShares.in(perceived, lexicon, quantities)); // "96 prosent av den tiårige horisonten"
        free.addAll(WrittenProducts.in(perceived, quantities)); // "=260000*12"
        List<Quantity> declared = DeclaredScales.in(perceived, lexicon, quantities);
        List<Quantity> spans = sentences ? DateSpans.in(perceived, lexicon) : List.of();
        if (!free.isEmpty() || !declared.isEmpty() || !spans.isEmpty()) {
            all = new ArrayList<>(quantities);
            // a bare figure a caption makes money is that money, not also a percentage or a count: "Maks-AUP 43,03 –
            // eks. mva. 34,42 (mill. kr)" (sixteenth probe: 34,42 met a list price's margin over a net price)
            java.util.Set<Integer> madeMoney = new java.util.HashSet<>();
            for (Quantity d : declared) if (d.dim() == Dim.MONEY && d.form().equals(DeclaredScales.FORM)) madeMoney.add(d.start());
            if (!madeMoney.isEmpty()) all.removeIf(q -> q.dim() == Dim.PLAIN && madeMoney.contains(q.start()));
            all.addAll(free);
            all.addAll(declared);
            all.addAll(spans);
        }
        java.util.Set<Integer> publicHere = publicReadings(all, bySentence);
        for (Quantity read : all) {
            Quantity q = asWritten(read);
            if (context.ownVatFactor(perceived, lexicon, q)) continue;
            hits.clear();
            candidates(q, hits);
            // "£2,600k" is the £2.6m list price: its reading as 2.600 thousand is no one's arithmetic
            if (publicHere.contains(q.start())) hits.removeIf(t -> !t.written());
            if (hits.isEmpty()) continue;
            if (q.start() != here) {
                here = q.start();
                reportedHere.clear();
            }
            double explainedBy = publicInside(q.dim() == Dim.PERCENT ? publicPercentages : publicNumbers, q.lo(), q.hi());
            // the simplest way back is the one a finding names: the value as written before one operation, one
            // operation before a chain (29 950 000 is the price as written, not a third of a two-year budget sum)
            for (int rank = 0; rank < 3; rank++) {
                for (Targets.Target t : hits) {
                    if (rank(t) != rank || reported(reportedHere, t.secretId())) continue;
                    LeakFinding f = judge(q, t, explainedBy, location, perceived, bySentence);
                    if (f != null) {
                        findings.add(f);
                        reportedHere.add(t.secretId());
                    }
                }
            }
        }
        int before = findings.size();
        if (model.arithmetic()) {
            // the spans of time between dates of a sentence are numbers of its arithmetic too ("i avtaleperioden
            // 2026–2028: 9,98 millioner kroner" a year: fourteenth probe)
            List<Quantity> withSpans = quantities;
            if (!spans.isEmpty()) {
                withSpans = new ArrayList<>(quantities);
                withSpans.addAll(spans);
                withSpans.sort(java.util.Comparator.comparingInt(Quantity::start));
            }
            context.scan(location, perceived, lexicon, withSpans, findings, sentences);
        }
        named.scan(location, perceived, quantities, this::shownPublic, findings);
        if (findings.size() > before) findings.sort(java.util.Comparator.comparingInt(LeakFinding::offset));
        return findings;
    }

    /**
     * Where a number read more than one way ("£2,600k" as 2 600 000 or 2.600 thousand) has a reading of money that is
     * a public amount of the dossier to its printed precision, or that its sentence's own factor takes to one: the
     * places, by start.
     */
    private java.util.Set<Integer> publicReadings(List<Quantity> all, Sentences read) {
        java.util.Map<Integer, Double> first = new java.util.HashMap<>();
        java.util.Set<Integer> several = new java.util.HashSet<>();
        for (Quantity q : all) {
            Double m = first.putIfAbsent(q.start(), q.mid());
            if (m != null && Math.abs(m - q.mid()) > 1e-9 * Math.abs(q.mid())) several.add(q.start());
        }
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (several.isEmpty()) return out;
        for (Quantity q : all) {
            // (or its sentence's own factor takes it to one: "£650,000 per vial for four vials" is no £650.000)
            if (q.dim() == Dim.MONEY && q.mid() > 0 && several.contains(q.start())
                    && (!Double.isNaN(publicInside(publicNumbers, q.lo(), q.hi())) || model.arithmetic()
                    && context.publicByOwnFactor(read, q))) {
                out.add(q.start());
            }
        }
        return out;
    }

    private void candidates(Quantity q, List<Targets.Target> hits) {
        double half = (q.hi() - q.lo()) / 2;
        if ((q.dim() == Dim.MONEY || q.dim() == Dim.PLAIN) && half <= PRECISE * tolerance * q.mid()) {
            // chains only for a number to four digits or more, and only within its printed precision
            double w = 2 * half + SLACK * q.mid();
            targets.findChains(q.mid() - w, q.mid() + w, hits);
        }
        switch (q.dim()) {
            case MONEY -> targets.find(Dim.MONEY, q.lo(), q.hi(), hits);
            case PERCENT -> targets.find(Dim.PERCENT, q.lo(), q.hi(), hits);
            case DURATION -> targets.find(Dim.DURATION, q.lo(), q.hi(), hits);
            case PLAIN -> {
                boolean precise = scaled(q) || (q.hi() - q.lo()) <= 0.01 * q.mid() + 1e-12;
                if (!precise) return;
                targets.find(Dim.MONEY, q.lo(), q.hi(), hits);
                targets.find(Dim.PLAIN, q.lo(), q.hi(), hits);
                // a percentage without its sign, to three digits: "65.4p for every pound", "a discount of 34.6"
                if (q.hi() <= 100 && q.hi() - q.lo() <= BARE_PERCENT * q.mid()) targets.find(Dim.PERCENT, q.lo(), q.hi(), hits);
                int before = hits.size();
                targets.find(Dim.DURATION, q.lo(), q.hi(), hits);
                // a number without a unit is a duration only as written in the value's own unit
                for (int i = hits.size() - 1; i >= before; i--) {
                    if (!hits.get(i).written() || hits.get(i).slope() != 1) hits.remove(i);
                }
            }
            default -> {
            }
        }
        // a ratio is a percentage written as a fraction: 0,3687
        if (q.dim() == Dim.PLAIN && q.hi() <= 1.0 && q.lo() > 0 && ((q.hi() - q.lo()) <= 0.05 * q.mid() || isFraction(q))) {
            List<Targets.Target> ratios = new ArrayList<>();
            targets.find(Dim.PERCENT, q.lo() * 100, q.hi() * 100, ratios);
            for (Targets.Target t : ratios) {
                // a volume deal's share is what is free, a discount: "one free for every two" is no markup of 33 %
                if (q.form().equals(FreeGoods.FORM) && t.form().equals(Targets.AS_MARKUP)) continue;
                hits.add(t.scaled(t.form().isEmpty() ? "as a ratio" : t.form() + ", as a ratio", 0.01));
            }
        }
    }

    /**
     * A quantity at the precision its way of writing stands for. A fraction ("2/3", "⅔", "a third", "knapt to
     * tredjedeler") is how a writer rounds a share, the way "33 %" rounds it: it stands for its value give or take half
     * a percentage point (a third pins a discount of 33 %; "two thirds of the list price" an agreed price at 66.7 %),
     * however exact its digits are. Hedges around it ("just under", "om lag", "i underkant av") say the same and
     * change nothing: the reader's tolerance is already wider than what a hedge allows.
     */
    private static Quantity asWritten(Quantity q) {
        double mid = q.mid();
        if (q.dim() == Dim.PLAIN && q.hi() <= 1.0 && isFraction(q)) {
            double half = Math.max((q.hi() - q.lo()) / 2, FRACTION_HALF);
            return q.over(Math.max(0, mid - half), mid + half);
        }
        // trailing zeros before a scale word are rounding too, as they are in plain digits, down to two significant
        // digits: "390 millioner" is [385, 395) million, which "just under 390 million" for 387.5 million over five
        // years also says
        double step = q.hi() - q.lo();
        if (!q.form().contains("scale word") || !wholeScale(step)) return q;
        double units = mid / step;
        long n = Math.round(units);
        if (n % 10 != 0 || Math.abs(n) < 100 || Math.abs(units - n) > 1e-6 * Math.abs(units)) return q;
        // never coarser than two significant digits: "30 millioner" still pins a price of 29.95 million
        while (n % 10 == 0 && Math.abs(n) >= 100) {
            n /= 10;
            step *= 10;
        }
        if (step == q.hi() - q.lo()) return q;
        return q.over(mid - step / 2, mid + step / 2);
    }

    /**
     * Whether a quantity's last printed digit is a whole unit of a scale (thousand, million, billion, trillion): a
     * whole number before a scale word ("390 millioner"). Written decimals are precision, not rounding: "30,0
     * miljoner" is [29.95, 30.05) million.
     */
    private static boolean wholeScale(double step) {
        for (double scale = 1e3; scale <= 1e12; scale *= 1e3) {
            if (Math.abs(step - scale) <= 1e-9 * scale) return true;
        }
        return false;
    }

    private static boolean isFraction(Quantity q) {
        return q.form().contains("fraction");
    }

    private static int rank(Targets.Target t) {
        return t.written() ? 0 : t.chain() ? 2 : 1;
    }

    /** Ids are shared strings (one per confidential value), so identity decides; this runs for every hit. */
    private static boolean reported(List<String> ids, String id) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == id) return true;
        }
        return false;
    }

    /** Written with a scale word, an exponent, in words or rounded by trailing zeros; a unit after it ("in years") is not a scale. */
    private static boolean scaled(Quantity q) {
        String f = q.form();
        return f.contains("scale word") || f.startsWith("with an exponent") || f.contains("spelled out")
                || f.startsWith("rounded digits") || f.contains("fraction") || f.equals(DeclaredScales.FORM);
    }

    /** The finding for a quantity that meets a target, or null when a public value explains it or it says too little. */
    private LeakFinding judge(Quantity q, Targets.Target t, double explainedBy, String location, PerceivedText text,
                              Sentences read) {
        if (!Double.isNaN(explainedBy)) {
            int offset = text.origin(q.start());
            int length = text.origin(q.end()) - offset;
            if (t.written() && t.slope() == 1 && Math.abs(explainedBy - t.secret()) <= 1e-9 * Math.max(1, t.secret())) {
                return new LeakFinding(location, t.secretId(), offset, length, LeakFinding.Kind.COINCIDES_WITH_PUBLIC,
                        q.form());
            }
            return null;
        }
        // the reader's interval for the value: the printed interval taken back through the operation
        double half = (q.hi() - q.lo()) / 2 / Math.abs(t.slope());
        // a scale word, an exponent or words: two significant digits pin the value, as the scanner always held;
        // otherwise the printed precision must come within twice the tolerance ("37 %" does, "10 years" for 9.6 not)
        // two significant digits pin a value as written ("12 mill.", "19 %"); the writer's arithmetic needs the
        // printed number within twice the tolerance ("18 000 kr" is no one's price per day)
        double pin = t.written() && (scaled(q) || q.dim() == Dim.PERCENT) ? Math.max(TWO_DIGITS, 2 * tolerance) : 2 * tolerance;
        // a discount pins the net price through its complement: "rundt 8 prosent" for 8.3 % gives it within 0.6 %
        boolean net = t.written() && q.dim() == Dim.PERCENT && t.secret() < 100
                && half <= 2 * tolerance * (100 - t.secret()) + 1e-12;
        // a round figure that is the value to the last digit says it, however few its digits: "the list price less
        // £0.5 mill." for a price exactly half a million below its list price (eleventh probe); so does one that is
        // a derivation the dossier states to the last digit: "the list price and the amount Boards pay add up to
        // £4.7m" (thirteenth probe), not a guessed operation, which round figures meet by chance
        boolean stated = t.written() ? t.slope() == 1 : !t.chain() && Double.isNaN(t.guess());
        boolean face = stated && q.dim() == Dim.MONEY && q.hedge() == null && q.mid() >= 1000
                && Math.abs(q.mid() - t.exact()) <= 1e-9 * t.exact();
        if (half > pin * t.secret() + 1e-12 && !net && !face) return null;
        if (!agrees(q, t, read)) return null;
        String form = t.form().isEmpty() ? q.form() : q.form().equals(DIGITS) ? t.afterDigits() : q.form() + ", " + t.form();
        int offset = text.origin(q.start());
        int length = text.origin(q.end()) - offset;
        return new LeakFinding(location, t.secretId(), offset, length,
                t.written() ? LeakFinding.Kind.WRITTEN : LeakFinding.Kind.DERIVED, form);
    }

    /**
     * Whether the printed quantity agrees with what the operation gives. A value as written is recovered within the
     * tolerance. The writer's arithmetic is exact up to the printed precision (a rounded number may also be cut
     * rather than rounded, and intermediate rounding and the calendar add {@link #SLACK}), never looser than the
     * tolerance: a number printed to every digit that is only near an operation's result was not computed from the
     * value. A chain of two operations needs a number printed to four significant digits or more (a rounder number
     * cannot be told apart from the many chains it would meet). Whatever agrees only loosely and is exactly an
     * operation on a public value (the list price per vial) is the writer's arithmetic on that value.
     */
    private boolean agrees(Quantity q, Targets.Target t, Sentences read) {
        double printedHalf = (q.hi() - q.lo()) / 2;
        double mid = q.mid();
        double exact = t.exact();
        double off = Math.abs(exact - mid);
        double tight = 2 * printedHalf + SLACK * exact;
        if (!t.written()) {
            // the writer's arithmetic keeps the currency of what it computes from: "€3.04m" is no quarter of 12.16
            // million kroner (an amount converted at a rate is read by MemoContext; the memo's own "kr" has no code).
            // The digits of a value as written refuse whatever currency is written beside them ("£31,234,567")
            if (q.currency() != null && t.currency() != null && !q.currency().equals(t.currency())) return false;
            boolean rough = printedHalf > PRECISE * tolerance * mid || q.form().startsWith(Ranges.WIDE_MIDPOINT);
            if (t.chain() && rough) return false;
            // writers state the operation they do ("per month", "over three years", "per vial"): one the sentence
            // does not state is a guess among some twenty, and a number rounder than four digits meets one of them
            // for one confidential value or another by chance ("39 Mkr" is three times a discount in money); a
            // stated one the memo's own factors take at three digits (MemoFactors)
            if (rough && t.unstatedFor(q, read)) return false;
            // the memo's own factor taking the amount to a public amount explains it, at any number of digits
            // ("Listpriset är 33 miljoner kronor, eller 41,25 miljoner kronor inklusive moms")
            // (a chain too: "£650,000 per vial for a patient needing four vials" is the list price, whatever chain
            // of operations on a confidential value it meets)
            if (context.publicByOwnFactor(read, q)) return false;
            // a hedge ("roughly", "knapt") says a rounded number is approximate: one operation may then miss by the
            // tolerance ("around £540,000" read as 540.000 shows every digit and is no rounding)
            boolean hedged = q.hedge() != null && !t.chain() && printedHalf > PRECISE * tolerance * mid;
            double miss = hedged ? t.spread(tolerance)
                    : Math.min(t.spread(tolerance), printedHalf + SLACK * exact);
            if (off > printedHalf + miss) return false;
        }
        // the digits of a value as written, in a currency other than the value's, that the sentence's own factor
        // takes to a public amount of their currency are that amount's arithmetic: "At list price, including VAT, the
        // cost is £3.12m per patient" is the £2.6m list price, not a Norwegian comparator's 3.12 million kroner
        if (t.written() && q.currency() != null && t.currency() != null && !q.currency().equals(t.currency())
                && context.publicByOwnFactor(read, q)) {
            return false;
        }
        // a value as written that lies outside the printed interval, near it, while an operation on a public value
        // lies inside, is that operation: "26,15 mio. kr., svarende til 32,7 mio. kr. inkl. moms" is the public list
        // price with VAT, not a confidential 32,76 million (both inside: ambiguity refuses)
        if (t.written() && (exact < q.lo() || exact > q.hi()) && targets.explained(q.lo() - SLACK * mid, q.hi() + SLACK * mid)) {
            return false;
        }
        if (off <= tight) return true;
        double around = 2 * printedHalf + SLACK * mid;
        return !targets.explained(mid - around, mid + around);
    }

    /** Whether an amount is, to its printed precision, a public value or an operation on one ("£216,667 a month"). */
    private boolean publicArithmetic(Quantity q) {
        double half = (q.hi() - q.lo()) / 2;
        double w = half + SLACK * q.mid();
        if (!Double.isNaN(publicInside(publicNumbers, q.mid() - w, q.mid() + w))) return true;
        // an operation on a public value explains only a number shown to four digits or more: the public values'
        // operations and chains lie so densely that a rounder number ("about $2.43 million") always meets one
        return half <= PRECISE * tolerance * q.mid() && targets.explained(q.mid() - w, q.mid() + w);
    }

    /** Whether a public value of the dossier, as it is or through an operation, lies in the quantity's interval. */
    private boolean shownPublic(Quantity q, double[] interval) {
        if (q.dim() == Dim.PERCENT) return !Double.isNaN(publicInside(publicPercentages, interval[0], interval[1]));
        return !Double.isNaN(publicInside(publicNumbers, interval[0], interval[1])) || targets.explained(interval[0], interval[1]);
    }

    /** A public value inside [lo, hi), or NaN. */

    private static double publicInside(double[] sorted, double lo, double hi) {
        int i = Arrays.binarySearch(sorted, lo - Math.ulp(lo) * 4);
        if (i < 0) i = -i - 1;
        for (; i < sorted.length && sorted[i] < hi + Math.ulp(hi) * 4; i++) {
            if (sorted[i] >= lo - Math.ulp(lo) * 4) return sorted[i];
        }
        return Double.NaN;
    }

    private static double[] sorted(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        Arrays.sort(a);
        return a;
    }
}
