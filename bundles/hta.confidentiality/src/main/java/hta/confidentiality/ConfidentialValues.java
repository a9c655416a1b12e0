package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects every confidential value of a dossier under a jurisdiction's policy, derived ones included (taint
 * and secondary suppression, see {@link Taint}), plus the values a writer typically derives in prose from an
 * agreed price and a public list price of the same product: the difference and the discount in percent
 * (CONFIDENTIALITY.md, principle 2: list − net, net / list). Stateless.
 */
public final class ConfidentialValues {
    private static final Set<PriceKind> PUBLIC_REFERENCE_PRICES = Set.of(PriceKind.LIST_PRICE,
            PriceKind.MAXIMUM_PHARMACY_PRICE, PriceKind.PHARMACY_PURCHASE_PRICE);

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

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

    /**
     * Everything the leak scanner needs for this dossier under one policy: the confidential values, the public
     * values (typed), the dossier's own ways back to a confidential value (a confidential discount turned into a
     * net price with a public list price; sums over budget rows and years that hold a confidential cell), the
     * public numbers a writer divides by (patients per year, pack sizes), and the policy's words, tolerance and
     * VAT rates.
     *
     * @since 0.4
     */
    public static LeakModel model(Dossier d, ConfidentialityPolicy policy) {
        return model(d, policy, Taint.analyse(d, policy));
    }

    /** The model under an analysis already made. @since 0.4 */
    public static LeakModel model(Dossier d, ConfidentialityPolicy policy, TaintResult taint) {
        return model(d, policy, taint, policy.numberWords());
    }

    /** The model under an analysis already made, reading text in {@code words}. */
    static LeakModel model(Dossier d, ConfidentialityPolicy policy, TaintResult taint, NumberWords words) {
        List<SecretValue> secrets = new ArrayList<>(of(d, taint));
        secrets.addAll(BackCalculations.markups(d, taint));
        return new LeakModel(secrets, typedPublicValues(d, taint), BackCalculations.of(d, taint),
                BackCalculations.divisors(d, taint), words, policy.backCalculationTolerance(), policy.vatRates(), true);
    }

    /** One model for several policies (a dossier's jurisdictions): values of each, words of all. @since 0.4 */
    public static LeakModel model(Dossier d, java.util.Collection<ConfidentialityPolicy> policies) {
        List<SecretValue> secrets = new ArrayList<>();
        List<PublicValue> publics = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        LinkedHashSet<BigDecimal> divisors = new LinkedHashSet<>();
        LinkedHashSet<BigDecimal> vat = new LinkedHashSet<>();
        NumberWords words = NumberWords.NONE;
        BigDecimal tolerance = BigDecimal.ZERO;
        for (ConfidentialityPolicy p : policies) {
            LeakModel m = model(d, p);
            for (SecretValue s : m.secrets()) {
                // the same value seen under another policy once; a second value under the same id (a duplicate
                // id, which the structural check refuses anyway) is still looked for: fail closed
                if (secrets.stream().noneMatch(x -> x.id().equals(s.id()) && x.value().compareTo(s.value()) == 0)) {
                    secrets.add(s);
                }
            }
            publics.addAll(m.publicValues());
            derivations.addAll(m.derivations());
            divisors.addAll(m.divisors());
            vat.addAll(m.vatRates());
            words = words.and(m.words());
            tolerance = tolerance.max(m.tolerance());
        }
        if (tolerance.signum() == 0) tolerance = LeakModel.DEFAULT_TOLERANCE;
        return new LeakModel(secrets, publics, derivations, List.copyOf(divisors), words, tolerance, List.copyOf(vat), true);
    }

    /** The values a reader may see, with how each is written (percentages apart from amounts). */
    static List<PublicValue> typedPublicValues(Dossier d, TaintResult taint) {
        List<PublicValue> result = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : taint.values().entrySet()) {
            if (!taint.isShownPublicly(e.getKey())) continue;
            result.add(new PublicValue(e.getKey(), e.getValue(), kindOf(d, e.getKey()), currencyOf(d, e.getKey())));
        }
        identifierNumbers(d, result);
        return result;
    }

    /**
     * The numbers inside the identifiers a public memo prints (a pack's article number, a case reference, a public
     * agreement's reference, the ATC code, a web address in any text): nobody computes with them, and a reader knows them, so a printed
     * "557865" is the article number, not a weekly price. An identifier that is a confidential value's digits
     * still coincides with it ({@link LeakFinding.Kind#COINCIDES_WITH_PUBLIC}), which refuses.
     */
    private static void identifierNumbers(Dossier d, List<PublicValue> out) {
        List<String[]> ids = new ArrayList<>();
        for (int i = 0; i < d.prices.size(); i++) ids.add(new String[] {"$.prices[" + i + "].articleNumber", d.prices.get(i).articleNumber});
        if (d.product != null) ids.add(new String[] {"$.product.atcCode", d.product.atcCode});
        for (int s = 0; s < d.submissions.size(); s++) {
            hta.dossier.Submission sub = d.submissions.get(s);
            ids.add(new String[] {"$.submissions[" + s + "].caseReference", sub.caseReference});
            for (int a = 0; a < sub.agreements.size(); a++) {
                hta.dossier.Agreement ag = sub.agreements.get(a);
                if (ag.classification == null || ag.classification.isPublic()) {
                    ids.add(new String[] {"$.submissions[" + s + "].agreements[" + a + "].reference", ag.reference});
                }
            }
        }
        // a web address in any printed text (a decision's source, a link pasted into narrative) is an identifier too
        for (PrintedFields.Field f : PrintedFields.of(d, null)) {
            if (f.isValue()) continue;
            Matcher u = URL.matcher(f.text());
            while (u.find()) ids.add(new String[] {f.path(), u.group()});
        }
        for (String[] id : ids) {
            if (id[1] == null) continue;
            Matcher m = DIGITS.matcher(id[1]);
            while (m.find()) out.add(new PublicValue("identifier:" + id[0], new BigDecimal(m.group()), SecretValue.Kind.NUMBER));
        }
    }

    /** A web address as written in text. */
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

    /** The currency of a public price, null for anything else. */
    private static String currencyOf(Dossier d, String key) {
        if (!key.startsWith("price:")) return null;
        PricePoint p = d.price(key.substring(6)).orElse(null);
        return p == null || p.currency == null || p.currency.isBlank() ? null : p.currency;
    }

    private static SecretValue.Kind kindOf(Dossier d, String key) {
        if (key.startsWith("price:")) {
            PricePoint p = d.price(key.substring(6)).orElse(null);
            return p != null && (p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE)
                    ? SecretValue.Kind.PERCENTAGE : SecretValue.Kind.AMOUNT;
        }
        if (key.startsWith("figure:")) {
            Figure f = d.economics.figure(key.substring(7)).orElse(null);
            String unit = f == null || f.unit == null ? "" : f.unit.toLowerCase(Locale.ROOT);
            return unit.equals("percent") || unit.equals("%") ? SecretValue.Kind.PERCENTAGE : SecretValue.Kind.NUMBER;
        }
        return key.startsWith("cell:") ? SecretValue.Kind.AMOUNT : SecretValue.Kind.NUMBER;
    }

    private static void derived(Dossier d, PricePoint agreed, TaintResult taint, List<SecretValue> result) {
        for (PricePoint list : listPrices(d, agreed, taint)) {
            result.add(new SecretValue(agreed.id + ":below:" + list.id, list.amount.subtract(agreed.amount),
                    SecretValue.Kind.AMOUNT, agreed.currency));
            BigDecimal share = agreed.amount.multiply(BigDecimal.valueOf(100)).divide(list.amount, MathContext.DECIMAL64);
            result.add(new SecretValue(agreed.id + ":discount-from:" + list.id, BigDecimal.valueOf(100).subtract(share),
                    SecretValue.Kind.PERCENTAGE, "percent"));
            result.add(new SecretValue(agreed.id + ":share-of:" + list.id, share, SecretValue.Kind.PERCENTAGE, "percent"));
        }
    }

    /**
     * The public list prices a reader sets a confidential agreed price against: those of its own jurisdiction for the
     * product in its currency; where it records none, another jurisdiction's in the same currency (the UK list price
     * is recorded once, for England, and Scotland's confidential PAS price is "a fifth below" it).
     */
    static List<PricePoint> listPrices(Dossier d, PricePoint agreed, TaintResult taint) {
        List<PricePoint> lists = d.prices.stream().filter(list -> referenceFor(list, agreed, taint)).toList();
        List<PricePoint> own = lists.stream().filter(list -> Objects.equals(list.jurisdiction, agreed.jurisdiction)).toList();
        return own.isEmpty() ? lists : own;
    }

    /** Whether {@code list} is a public reference price of the agreed price's product in its currency. */
    private static boolean referenceFor(PricePoint list, PricePoint agreed, TaintResult taint) {
        return list.id != null && list.amount != null && list.amount.signum() != 0
                && PUBLIC_REFERENCE_PRICES.contains(list.kind)
                && Objects.equals(list.product, agreed.product)
                && Objects.equals(list.currency, agreed.currency)
                && taint.isShownPublicly("price:" + list.id);
    }

    private static void add(List<SecretValue> result, Figure f, String key, TaintResult taint) {
        if (f.value == null || taint.isShownPublicly(key)) return;
        String unit = f.unit == null ? null : f.unit.toLowerCase(Locale.ROOT);
        SecretValue.Kind kind = "percent".equals(unit) || "%".equals(unit) ? SecretValue.Kind.PERCENTAGE
                : f.unit != null && f.unit.matches("[A-Z]{3}") ? SecretValue.Kind.AMOUNT : SecretValue.Kind.NUMBER;
        result.add(new SecretValue(f.id != null ? f.id : key, f.value, kind, f.unit));
    }
}
