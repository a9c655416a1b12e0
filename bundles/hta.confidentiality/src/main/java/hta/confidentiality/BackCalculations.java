package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.confidentiality.internal.BaseTargets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways back to a confidential value that only this dossier knows, and the public numbers a writer divides
 * by: a confidential discount or rebate with a public list price of the same product (in any jurisdiction) gives the net price
 * (list × (1 − d)) and the discount in money (list × d); a budget row or year column with a confidential cell
 * gives every sum over consecutive years (and over the rows of a year) that includes it; a row computed from one
 * confidential value gives that value back from any sum over its years ({@link BudgetRowDerivations}). Stateless.
 */
final class BackCalculations {
    private static final Set<PriceKind> REFERENCE = Set.of(PriceKind.LIST_PRICE, PriceKind.MAXIMUM_PHARMACY_PRICE,
            PriceKind.PHARMACY_PURCHASE_PRICE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");

    private BackCalculations() {
    }

    static List<Derivation> of(Dossier d, TaintResult taint) {
        List<Derivation> result = new ArrayList<>();
        for (PricePoint discount : d.prices) {
            if (discount.id == null || discount.amount == null || taint.isShownPublicly("price:" + discount.id)
                    || (discount.kind != PriceKind.DISCOUNT && discount.kind != PriceKind.REBATE)) {
                continue;
            }
            for (PricePoint list : d.prices) {
                // every public list price of the product, in any jurisdiction: a reader who knows the Norwegian
                // maximum price and reads "after the discount a pack costs X" recovers a discount agreed in England
                if (list.id == null || list.amount == null || list.amount.signum() == 0 || !REFERENCE.contains(list.kind)
                        || !Objects.equals(list.product, discount.product)
                        || !taint.isShownPublicly("price:" + list.id)) {
                    continue;
                }
                BigDecimal l = list.amount.abs();
                String where = Objects.equals(list.jurisdiction, discount.jurisdiction) ? "" : BaseTargets.ANOTHER_LIST;
                result.add(new Derivation(discount.id, BaseTargets.NET_PRICE + where,
                        l.negate().divide(HUNDRED), l, SecretValue.Kind.AMOUNT, list.currency));
                result.add(new Derivation(discount.id, BaseTargets.DISCOUNT_IN_MONEY + where, l.divide(HUNDRED),
                        BigDecimal.ZERO, SecretValue.Kind.AMOUNT, list.currency));
                if (where.isEmpty()) mixedTotals(discount.id, l, l.negate().divide(HUNDRED), l, list.currency, result);
            }
        }
        for (PricePoint agreed : d.prices) {
            if (agreed.kind != PriceKind.AGREED_PRICE || agreed.id == null || agreed.amount == null
                    || taint.isShownPublicly("price:" + agreed.id)) {
                continue;
            }
            for (PricePoint list : ConfidentialValues.listPrices(d, agreed, taint)) {
                mixedTotals(agreed.id, list.amount.abs(), BigDecimal.ONE, BigDecimal.ZERO, agreed.currency, result);
                // "listpriset och det regionerna betalar blir tillsammans 57,5 miljoner kronor", "the average of the
                // two is 28,75 million": stated, so read at the printed precision, not only at four digits as the
                // guessed totals are (thirteenth probe)
                BigDecimal l = list.amount.abs();
                result.add(new Derivation(agreed.id, "the list price and this one added up", BigDecimal.ONE, l,
                        SecretValue.Kind.AMOUNT, agreed.currency));
                result.add(new Derivation(agreed.id, "the mean of the list price and this one", new BigDecimal("0.5"),
                        l.divide(BigDecimal.valueOf(2)), SecretValue.Kind.AMOUNT, agreed.currency));
            }
        }
        result.addAll(BudgetRowDerivations.of(d, taint));
        for (BudgetImpact b : d.budgetImpacts) {
            List<List<String>> keys = new ArrayList<>();
            List<List<Figure>> rows = new ArrayList<>();
            for (BudgetImpact.BudgetRow r : b.rows) {
                List<String> k = new ArrayList<>();
                for (int y = 1; y <= r.cells.size(); y++) k.add("cell:" + r.id + ":" + y);
                keys.add(k);
                rows.add(r.cells);
                sums(r.cells, k, "years", b.currency, taint, result);
            }
            int years = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int y = 0; y < years; y++) {
                List<Figure> column = new ArrayList<>();
                List<String> k = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    if (y < rows.get(r).size()) {
                        column.add(rows.get(r).get(y));
                        k.add(keys.get(r).get(y));
                    }
                }
                if (column.size() > 1) range(column, k, "sum of the rows of year " + (y + 1), b.currency, taint, result);
            }
        }
        return result;
    }

    /** The most treatments a total of some at the list price and some at the confidential price is read over. */
    private static final int MIXED_COUNT = 4;

    /**
     * Totals of some treatments at the public list price and some at the confidential one ("de tre behandlingene
     * kostet 102,93 millioner", two before the agreement and one after): a × list + b × net for a, b ≥ 1 and a + b at
     * most {@value #MIXED_COUNT}, where the net price is {@code slope} × value + {@code offset}. The counts are guesses
     * the sentence need not state, so the scanner reads them for numbers shown to four digits only.
     */
    private static void mixedTotals(String id, BigDecimal list, BigDecimal slope, BigDecimal offset, String currency,
                                    List<Derivation> out) {
        for (int a = 1; a < MIXED_COUNT; a++) {
            for (int b = 1; a + b <= MIXED_COUNT; b++) {
                BigDecimal nb = BigDecimal.valueOf(b);
                out.add(new Derivation(id, BaseTargets.MIXED_TOTAL + a + " at the list price and " + b + " at this one",
                        slope.multiply(nb), list.multiply(BigDecimal.valueOf(a)).add(offset.multiply(nb)),
                        SecretValue.Kind.AMOUNT, currency));
            }
        }
    }

    /** The unit of a ratio of a public price to a confidential one (a markup): prose only, never a file's internals. */
    static final String RATIO_TO_LIST = hta.confidentiality.internal.Targets.RATIO_TO_LIST;
    /** The unit of the same as a percentage above the price. */
    static final String MARKUP = hta.confidentiality.internal.Targets.MARKUP;

    /**
     * How much a public list price lies above a confidential one, which writers give instead of the discount ("the
     * list price is about 37 % higher than what the NHS pays", "maks-AUP er 1,29 ganger avtaleprisen"): for a
     * confidential discount or rebate d, the markup d / (1 − d) as a percentage and the ratio 1 / (1 − d) (no list
     * price needed); for a confidential agreed price A with a public list price L of the same product and currency,
     * L / A − 1 and L / A. Both are given as values of the confidential item (its id), as a reader recovers it from
     * them within the tolerance; they are not linear in the value, so they are values of their own rather than
     * {@link Derivation}s.
     */
    static List<SecretValue> markups(Dossier d, TaintResult taint) {
        List<SecretValue> out = new ArrayList<>();
        for (PricePoint p : d.prices) {
            if (p.id == null || p.amount == null || p.amount.signum() <= 0 || taint.isShownPublicly("price:" + p.id)) {
                continue;
            }
            if (p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE) {
                if (p.amount.compareTo(HUNDRED) >= 0) continue;
                BigDecimal paid = HUNDRED.subtract(p.amount);
                addMarkup(out, p.id, HUNDRED.divide(paid, java.math.MathContext.DECIMAL64));
                continue;
            }
            if (REFERENCE.contains(p.kind)) continue;
            for (PricePoint list : d.prices) {
                if (list.id == null || list.amount == null || !REFERENCE.contains(list.kind)
                        || !Objects.equals(list.product, p.product) || !Objects.equals(list.currency, p.currency)
                        || !taint.isShownPublicly("price:" + list.id) || list.amount.compareTo(p.amount) <= 0) {
                    continue;
                }
                addMarkup(out, p.id, list.amount.divide(p.amount, java.math.MathContext.DECIMAL64));
            }
        }
        return out;
    }

    private static void addMarkup(List<SecretValue> out, String id, BigDecimal ratio) {
        out.add(new SecretValue(id, ratio.subtract(BigDecimal.ONE).multiply(HUNDRED), SecretValue.Kind.PERCENTAGE, MARKUP));
        out.add(new SecretValue(id, ratio, SecretValue.Kind.NUMBER, RATIO_TO_LIST));
    }

    /** Every sum over consecutive cells of a row that holds a confidential cell. */
    private static void sums(List<Figure> cells, List<String> keys, String what, String currency, TaintResult taint,
                             List<Derivation> out) {
        for (int a = 0; a < cells.size(); a++) {
            for (int b = a + 1; b < cells.size(); b++) {
                range(cells.subList(a, b + 1), keys.subList(a, b + 1), "sum of " + what + " " + (a + 1) + "–" + (b + 1),
                        currency, taint, out);
            }
        }
    }

    private static void range(List<Figure> cells, List<String> keys, String form, String currency, TaintResult taint,
                              List<Derivation> out) {
        BigDecimal total = BigDecimal.ZERO;
        for (Figure f : cells) {
            if (f.value == null) return;
            total = total.add(f.value);
        }
        for (int i = 0; i < cells.size(); i++) {
            Figure f = cells.get(i);
            String key = keys.get(i);
            if (taint.isShownPublicly(key) || f.value.signum() == 0) continue;
            String id = f.id != null ? f.id : key;
            out.add(new Derivation(id, form, BigDecimal.ONE, total.subtract(f.value), SecretValue.Kind.AMOUNT, currency));
        }
    }

    /** Public numbers a writer divides a price or cost by: patients per year, the number in a pack's description. */
    static List<BigDecimal> divisors(Dossier d, TaintResult taint) {
        Set<BigDecimal> result = new LinkedHashSet<>();
        for (BudgetImpact b : d.budgetImpacts) {
            for (BigDecimal p : b.patientsPerYear) {
                if (p != null && p.signum() > 0) result.add(p.stripTrailingZeros());
            }
        }
        for (PricePoint p : d.prices) {
            if (p.pack == null) continue;
            // every number of the pack's description: "100 mg, 30 tabletter" gives per tablet and per milligram
            Matcher m = LEADING_NUMBER.matcher(p.pack);
            for (int found = 0; found < 4 && m.find(); found++) {
                BigDecimal v = new BigDecimal(m.group(1).replace(',', '.'));
                if (v.signum() > 0) result.add(v.stripTrailingZeros());
            }
        }
        return List.copyOf(result);
    }
}
