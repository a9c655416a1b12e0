package hta.confidentiality.internal;

import hta.confidentiality.LeakFinding;
import hta.confidentiality.SecretValue;
import hta.confidentiality.internal.Quantity.Dim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Figures stated at a confidential price. A sentence that names a price the jurisdiction keeps confidential
 * ("med avtalt pris", "det avtalade priset", "at the PAS price", "ved SAIP") and prints a precise figure — an
 * amount, a percentage, a ratio or a duration — states something computed from that price: a cost per QALY, a
 * saving against a comparator, a share of another product's price, years of another treatment, an instalment.
 * The writer's arithmetic there has no end of forms (the fifth outside probe found a dozen the derivation model
 * does not enumerate), so the scanner does not try to recognise the operation: the figure is refused unless the
 * dossier shows it is public — a public value, or what the dossier's public values give through the usual
 * operations. The refusal tells the writer what to do: insert the figure as a reference to the dossier's figure,
 * or record it as a public figure with its source. Agencies redact the same way (a cost per QALY at a confidential
 * price is itself confidential).
 *
 * <p>Precise means the figure pins a value within the tolerance: an amount or a ratio to about three significant
 * digits or more, a percentage to a percentage point, a duration to within the tolerance. Whole numbers without a
 * unit (years, counts, page numbers) and shares of a population are never such figures; a VAT rate is public; a
 * hedged figure ("roughly", "om lag") says it is rounded and is left to the tolerance rule.
 * Immutable; thread-safe.
 */
public final class NamedPrices {
    /** Names by their first word, each as its words; names of up to four words. */
    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final List<SecretValue> amounts = new ArrayList<>();
    private final List<SecretValue> percentages = new ArrayList<>();
    private final double tolerance;
    private final double[] vatPercent;
    /** Half a day, in years: a duration read to the day. */
    private static final double DAY = 0.5 / 365.25 * 1.01;

    /** No names: finds nothing. */
    public static final NamedPrices NONE = new NamedPrices(Set.of(), List.of(), 0, List.of());

    public NamedPrices(Set<String> names, List<SecretValue> secrets, double tolerance, List<BigDecimal> vatRates) {
        for (String name : names) {
            String[] words = words(name);
            if (words.length > 0) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        for (SecretValue s : secrets) {
            if (s.value() == null || s.value().signum() == 0) continue;
            // a markup or a ratio to the list price is the reader's arithmetic on a price, not a price of its own
            if (Targets.RATIO_TO_LIST.equals(s.unit()) || Targets.MARKUP.equals(s.unit())) continue;
            (s.kind() == SecretValue.Kind.PERCENTAGE ? percentages : amounts).add(s);
        }
        this.tolerance = tolerance;
        vatPercent = vatRates.stream().mapToDouble(v -> v.doubleValue() * 100).toArray();
    }

    public boolean isEmpty() {
        return byFirst.isEmpty() || amounts.isEmpty() && percentages.isEmpty();
    }

    /**
     * Adds a finding for each precise figure, not reported yet and not shown public by {@code explained}, in a
     * sentence that names a confidential price.
     *
     * @param explained whether a public value of the dossier gives [lo, hi] (for a percentage: in percent)
     */
    public void scan(String location, PerceivedText t, List<Quantity> quantities, BiPredicate<Quantity, double[]> explained,
                     List<LeakFinding> findings) {
        if (isEmpty()) return;
        Set<Integer> reported = null;
        int sentenceStart = -1;
        int sentenceEnd = -1;
        String name = null;
        for (Quantity q : quantities) {
            // a hedged figure says it is rounded; whether it pins a value is the tolerance rule's to say
            if (q.hedge() != null || !precise(q) || vat(q)) continue;
            if (q.start() >= sentenceEnd || q.start() < sentenceStart) {
                int[] b = Sentence.bounds(t, q.start());
                sentenceStart = b[0];
                sentenceEnd = b[1];
                name = nameIn(t, sentenceStart, sentenceEnd);
            }
            if (name == null || explained.test(q, new double[] {q.lo(), q.hi()})) continue;
            int offset = t.origin(q.start());
            if (reported == null) {
                reported = new HashSet<>();
                for (LeakFinding f : findings) reported.add(f.offset());
            }
            if (!reported.add(offset)) continue;
            SecretValue s = named(q);
            findings.add(new LeakFinding(location, s.id(), offset, t.origin(q.end()) - offset, LeakFinding.Kind.DERIVED,
                    q.form() + ", a figure in a sentence that names «" + name + "», a price kept confidential: it is "
                            + "taken as computed from that price unless the dossier records it as public"));
        }
    }

    /** Whether the quantity pins a value within the tolerance and is a kind of figure a price gives. */
    private boolean precise(Quantity q) {
        if (q.mid() <= 0) return false;
        double half = q.form().contains("scale word") || q.form().contains("spelled") ? (q.hi() - q.lo()) / 2
                : rounded(q.mid(), (q.hi() - q.lo()) / 2);
        return switch (q.dim()) {
            case MONEY -> half <= tolerance * q.mid() + 1e-12;
            // a duration in years, months or weeks ("4,12 år", "214 uker"), not whole days of a process step
            case DURATION -> half <= tolerance * q.mid() + 1e-12 && half >= DAY;
            // a percentage to a percentage point: "83,3 prosent", "6,5 procentenheter", "37 %"
            case PERCENT -> half <= tolerance * 100 + 1e-12 && q.mid() < 1000;
            // a ratio or an index with decimals ("4,12 ganger", "76,3"); whole numbers are years, counts, pages
            case PLAIN -> half <= tolerance * q.mid() + 1e-12 && (half < 0.5 || q.form().contains("scale word"));
            default -> false;
        };
    }

    /**
     * Trailing zeros of a whole number in digits are rounding here: "500 000" is no figure to six digits (decimals
     * before a scale word are precision: "1,20 millioner" is to three).
     */
    private static double rounded(double mid, double half) {
        if (mid < 10 || Math.abs(mid - Math.rint(mid)) > 1e-9) return half;
        long n = Math.round(mid);
        double step = 1;
        while (n % 10 == 0) {
            n /= 10;
            step *= 10;
        }
        return Math.max(half, step / 2);
    }

    private boolean vat(Quantity q) {
        if (q.dim() != Dim.PERCENT) return false;
        for (double v : vatPercent) if (q.lo() <= v && v < q.hi()) return true;
        return false;
    }

    /** The confidential value a finding names: a percentage for a percentage, else the amount nearest the figure. */
    private SecretValue named(Quantity q) {
        if (q.dim() == Dim.PERCENT && !percentages.isEmpty()) return percentages.get(0);
        if (amounts.isEmpty()) return percentages.get(0);
        SecretValue best = amounts.get(0);
        if (q.dim() != Dim.MONEY) return best;
        double distance = Double.MAX_VALUE;
        boolean inCurrency = q.currency() != null && amounts.stream().anyMatch(s -> q.currency().equals(s.unit()));
        for (SecretValue s : amounts) {
            if (inCurrency && !q.currency().equals(s.unit())) continue;
            double d = Math.abs(Math.log(s.value().doubleValue() / q.mid()));
            if (d < distance) {
                distance = d;
                best = s;
            }
        }
        return best;
    }

    /** The first name of a confidential price in [from, to), as written there, or null. */
    String nameIn(PerceivedText t, int from, int to) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            // a hyphen inside a word belongs to it: "LIS-pris", "maks-AUP"
            while (e < to && (Character.isLetter(t.charAt(e))
                    || t.charAt(e) == '-' && e + 1 < to && Character.isLetter(t.charAt(e + 1)))) e++;
            words.add(t.substring(i, e).toLowerCase(Locale.ROOT));
            spans.add(new int[] {i, e});
            i = e;
        }
        for (int w = 0; w < words.size(); w++) {
            List<String[]> candidates = byFirst.get(words.get(w));
            if (candidates == null) continue;
            for (String[] name : candidates) {
                if (w + name.length > words.size()) continue;
                boolean all = true;
                for (int k = 1; k < name.length && all; k++) all = name[k].equals(words.get(w + k));
                if (all) return t.substring(spans.get(w)[0], spans.get(w + name.length - 1)[1]);
            }
        }
        return null;
    }

    private static String[] words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
