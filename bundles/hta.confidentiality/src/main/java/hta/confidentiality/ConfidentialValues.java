package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Collects every confidential value of a dossier under a jurisdiction's policy, derived ones included (taint
 * and secondary suppression, see {@link Taint}), plus the values a writer typically derives in prose from an
 * agreed price and a public list price of the same product: the difference and the discount in percent
 * (CONFIDENTIALITY.md, principle 2: list − net, net / list). Stateless.
 */
public final class ConfidentialValues {
    private static final Set<PriceKind> PUBLIC_REFERENCE_PRICES = Set.of(PriceKind.LIST_PRICE,
            PriceKind.MAXIMUM_PHARMACY_PRICE, PriceKind.PHARMACY_PURCHASE_PRICE);

    private ConfidentialValues() {
    }

    public static List<SecretValue> of(Dossier d, ConfidentialityPolicy policy) {
        return of(d, Taint.analyse(d, policy));
    }

    /** The secrets under an analysis already made. @since 0.2 */
    public static List<SecretValue> of(Dossier d, TaintResult taint) {
        List<SecretValue> result = new ArrayList<>();
        for (PricePoint p : d.prices) {
            if (p.id == null || p.amount == null || taint.isShownPublicly("price:" + p.id)) continue;
            SecretValue.Kind kind = p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE
                    ? SecretValue.Kind.PERCENTAGE : SecretValue.Kind.AMOUNT;
            result.add(new SecretValue(p.id, p.amount, kind, p.currency));
            if (p.kind == PriceKind.AGREED_PRICE) derived(d, p, taint, result);
        }
        d.economics.figures.forEach(f -> add(result, f, "figure:" + f.id, taint));
        for (BudgetImpact b : d.budgetImpacts) {
            b.figures.forEach(f -> add(result, f, "figure:" + f.id, taint));
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) add(result, r.cells.get(y - 1), "cell:" + r.id + ":" + y, taint);
            }
        }
        return result;
    }

    /** Every value a reader of the public documents may see (for the scanner's false-positive guard). @since 0.2 */
    public static List<BigDecimal> publicValues(Dossier d, ConfidentialityPolicy policy) {
        return publicValues(Taint.analyse(d, policy));
    }

    /** The values a reader may see, under an analysis already made. @since 0.5 */
    public static List<BigDecimal> publicValues(TaintResult taint) {
        List<BigDecimal> result = new ArrayList<>();
        taint.values().forEach((key, value) -> {
            if (taint.isShownPublicly(key)) result.add(value);
        });
        return result;
    }

    private static void derived(Dossier d, PricePoint agreed, TaintResult taint, List<SecretValue> result) {
        for (PricePoint list : d.prices) {
            if (list.id == null || list.amount == null || list.amount.signum() == 0
                    || !PUBLIC_REFERENCE_PRICES.contains(list.kind)
                    || !Objects.equals(list.jurisdiction, agreed.jurisdiction)
                    || !Objects.equals(list.product, agreed.product)
                    || !Objects.equals(list.currency, agreed.currency)
                    || !taint.isShownPublicly("price:" + list.id)) {
                continue;
            }
            result.add(new SecretValue(agreed.id + ":below:" + list.id, list.amount.subtract(agreed.amount),
                    SecretValue.Kind.AMOUNT, agreed.currency));
            BigDecimal share = agreed.amount.multiply(BigDecimal.valueOf(100)).divide(list.amount, MathContext.DECIMAL64);
            result.add(new SecretValue(agreed.id + ":discount-from:" + list.id, BigDecimal.valueOf(100).subtract(share),
                    SecretValue.Kind.PERCENTAGE, "percent"));
            result.add(new SecretValue(agreed.id + ":share-of:" + list.id, share, SecretValue.Kind.PERCENTAGE, "percent"));
        }
    }

    private static void add(List<SecretValue> result, Figure f, String key, TaintResult taint) {
        if (f.value == null || taint.isShownPublicly(key)) return;
        String unit = f.unit == null ? null : f.unit.toLowerCase(Locale.ROOT);
        SecretValue.Kind kind = "percent".equals(unit) || "%".equals(unit) ? SecretValue.Kind.PERCENTAGE
                : f.unit != null && f.unit.matches("[A-Z]{3}") ? SecretValue.Kind.AMOUNT : SecretValue.Kind.NUMBER;
        result.add(new SecretValue(f.id != null ? f.id : key, f.value, kind, f.unit));
    }
}
