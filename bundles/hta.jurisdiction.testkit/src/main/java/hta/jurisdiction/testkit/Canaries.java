package hta.jurisdiction.testkit;

import hta.confidentiality.SecretValue;
import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.Party;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Planted values: a word no template writes by itself in every free-text field of a dossier, and a distinct value,
 * marked confidential, in every place that can hold a confidential value — each price, economics and budget figure,
 * budget cell, a confidential run at the end of every narrative paragraph, each agreement. Planting tells which of
 * the dossier's fields a template prints, and proves that the confidential ones stay out of what they must stay out
 * of. Made by {@link #plant}; not thread-safe.
 */
public final class Canaries {
    /** One planted value: where it is, whose it is, whether it is confidential. */
    public record Place(String field, String jurisdiction, boolean confidential) {
    }

    private final Map<String, Place> words = new LinkedHashMap<>();
    private final Map<SecretValue, String> numbers = new LinkedHashMap<>();
    private final boolean allConfidential;
    /** Which of the kit's series of values this planting uses (0: the first); see {@link #plant(Dossier, boolean, int)}. */
    private final int series;
    private int next;

    private Canaries(boolean allConfidential, int series) {
        this.allConfidential = allConfidential;
        this.series = series;
    }

    /**
     * Plants canaries in {@code d}. With {@code allConfidential}, every price, figure, budget cell and agreement is
     * made confidential; otherwise each keeps its classification (public values stay printed, so what a template
     * derives from them runs too) and only the confidential ones get new values.
     */
    public static Canaries plant(Dossier d, boolean allConfidential) {
        return plant(d, allConfidential, 0);
    }

    /**
     * Plants canaries of another series of values: the same words, other numbers. A check takes the next series when
     * a planted value happens to read, through the leak scanner's tolerance and arithmetic, as a number the memo
     * prints anyway (a public figure, an article number): such a finding says nothing about the template.
     *
     * @since 0.2
     */
    public static Canaries plant(Dossier d, boolean allConfidential, int series) {
        Canaries c = new Canaries(allConfidential, series);
        c.plantText(d);
        c.plantValues(d);
        return c;
    }

    /**
     * Makes every price, figure, budget cell and agreement of {@code d} confidential, as {@link #plant} with
     * {@code allConfidential} does, but keeps their values: the memo the planted one is compared with.
     *
     * @since 0.2
     */
    public static void classifyAllConfidential(Dossier d) {
        d.prices.forEach(p -> p.classification = Classification.CONFIDENTIAL);
        d.economics.figures.forEach(f -> f.classification = Classification.CONFIDENTIAL);
        for (BudgetImpact b : d.budgetImpacts) {
            b.figures.forEach(f -> f.classification = Classification.CONFIDENTIAL);
            b.rows.forEach(r -> r.cells.forEach(f -> {
                if (f != null) f.classification = Classification.CONFIDENTIAL;
            }));
        }
        d.submissions.forEach(s -> s.agreements.forEach(a -> a.classification = Classification.CONFIDENTIAL));
    }

    /** The planted words, each with its place. */
    public Map<String, Place> words() {
        return words;
    }

    /** The planted confidential numbers, each with the jurisdiction it belongs to (null: the dossier's). */
    public Map<SecretValue, String> numbers() {
        return numbers;
    }

    private String word(String field, String jurisdiction, boolean confidential) {
        // letters only (digits would read as numbers to the leak scan), starting with a rare pair
        StringBuilder sb = new StringBuilder();
        int n = next++;
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        String w = (confidential ? "Zqc" : "Zqp") + sb + "x";
        words.put(w.toLowerCase(Locale.ROOT), new Place(field, jurisdiction, confidential));
        return w;
    }

    private void text(String field, String jurisdiction, Supplier<String> get, Consumer<String> set) {
        String v = get.get();
        if (v != null && !v.isBlank()) set.accept(v + " " + word(field, jurisdiction, false));
    }

    private void plantText(Dossier d) {
        text("product.brandName", null, () -> d.product.brandName, v -> d.product.brandName = v);
        text("product.inn", null, () -> d.product.inn, v -> d.product.inn = v);
        text("product.marketingAuthorisationHolder", null, () -> d.product.marketingAuthorisationHolder,
                v -> d.product.marketingAuthorisationHolder = v);
        d.product.localNames.replaceAll((lang, v) -> v + " " + word("product.localNames." + lang, null, false));
        d.indications.forEach(i -> i.wording.replaceAll((lang, v) -> v + " " + word("indications[" + i.id + "]." + lang, null, false)));
        text("evidence.comparator", null, () -> d.evidence.comparator, v -> d.evidence.comparator = v);
        text("evidence.followUp", null, () -> d.evidence.followUp, v -> d.evidence.followUp = v);
        d.evidence.keyOutcomes.replaceAll(v -> v + " " + word("evidence.keyOutcomes", null, false));
        d.evidence.uncertainties.replaceAll(v -> v + " " + word("evidence.uncertainties", null, false));
        d.evidence.translations.forEach((lang, w) -> {
            if (w.comparator != null) w.comparator = w.comparator + " " + word("evidence." + lang + ".comparator", null, false);
            w.keyOutcomes.replaceAll(v -> v + " " + word("evidence." + lang + ".keyOutcomes", null, false));
            w.uncertainties.replaceAll(v -> v + " " + word("evidence." + lang + ".uncertainties", null, false));
        });
        for (PricePoint p : d.prices) {
            text("prices[" + p.id + "].pack", p.jurisdiction, () -> p.pack, v -> p.pack = v);
            text("prices[" + p.id + "].note", p.jurisdiction, () -> p.note, v -> p.note = v);
            text("prices[" + p.id + "].source", p.jurisdiction, () -> p.source, v -> p.source = v);
        }
        d.economics.figures.forEach(f -> text("economics.figures[" + f.id + "].label", null, () -> f.label, v -> f.label = v));
        for (BudgetImpact b : d.budgetImpacts) {
            b.figures.forEach(f -> text("budgetImpacts[" + b.jurisdiction + "].figures[" + f.id + "].label", b.jurisdiction,
                    () -> f.label, v -> f.label = v));
            b.rows.forEach(r -> text("budgetImpacts[" + b.jurisdiction + "].rows[" + r.id + "].label", b.jurisdiction,
                    () -> r.label, v -> r.label = v));
        }
        for (Submission s : d.submissions) plantText(s);
    }

    private void plantText(Submission s) {
        String at = "submissions[" + s.jurisdiction + "]";
        List<Party> parties = new ArrayList<>(s.recipients);
        parties.addAll(s.copyTo);
        parties.addAll(s.signatories);
        if (s.sender != null) parties.add(s.sender);
        for (Party p : parties) {
            text(at + ".party.organisation", s.jurisdiction, () -> p.organisation, v -> p.organisation = v);
            text(at + ".party.name", s.jurisdiction, () -> p.name, v -> p.name = v);
            text(at + ".party.role", s.jurisdiction, () -> p.role, v -> p.role = v);
        }
        if (s.decision != null) {
            text(at + ".decision.conditions", s.jurisdiction, () -> s.decision.conditions, v -> s.decision.conditions = v);
            text(at + ".decision.publishedWording", s.jurisdiction, () -> s.decision.publishedWording,
                    v -> s.decision.publishedWording = v);
            s.decision.summary.replaceAll((lang, v) -> v + " " + word(at + ".decision.summary." + lang, s.jurisdiction, false));
        }
        s.milestones.forEach(m -> text(at + ".milestones[" + m.kind + "].note", s.jurisdiction, () -> m.note, v -> m.note = v));
        for (Map.Entry<String, Narrative> section : s.sections.entrySet()) {
            for (List<TextRun> paragraph : section.getValue().paragraphs) {
                for (TextRun run : paragraph) {
                    if (run.text == null || run.text.isBlank()) continue;
                    boolean secret = run.classification != null && !run.classification.isPublic();
                    run.text = run.text + " " + word(at + ".sections." + section.getKey(), s.jurisdiction, secret) + " ";
                }
                // a confidential run at the end of every paragraph: a place where a writer can hide a value
                paragraph.add(new TextRun(word(at + ".sections." + section.getKey() + " (planted confidential run)",
                        s.jurisdiction, true), Classification.CONFIDENTIAL));
            }
        }
        for (Agreement a : s.agreements) {
            boolean secret = allConfidential || (a.classification != null && !a.classification.isPublic());
            if (secret) a.classification = Classification.CONFIDENTIAL;
            a.description = (a.description == null ? "" : a.description + " ") + word(at + ".agreements[" + a.kind + "].description", s.jurisdiction, secret);
            a.reference = word(at + ".agreements[" + a.kind + "].reference", s.jurisdiction, secret);
        }
    }

    private void plantValues(Dossier d) {
        for (PricePoint p : d.prices) {
            if (allConfidential) p.classification = Classification.CONFIDENTIAL;
            if (!allConfidential && !p.isConfidential()) continue;
            p.declassification = null;
            p.amount = value(p.amount);
            boolean share = p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE;
            numbers.put(new SecretValue("price:" + p.id, p.amount, share ? SecretValue.Kind.PERCENTAGE : SecretValue.Kind.AMOUNT,
                    p.currency), p.jurisdiction);
        }
        java.util.Set<String> codes = HiddenValues.jurisdictions(d);
        d.economics.figures.forEach(f -> {
            String prefix = HiddenValues.prefix(f.id);
            figure(f, "figure:" + f.id, codes.contains(prefix) ? prefix : null);
        });
        for (BudgetImpact b : d.budgetImpacts) {
            b.figures.forEach(f -> figure(f, "figure:" + f.id, b.jurisdiction));
            for (BudgetImpact.BudgetRow r : b.rows) {
                for (int y = 1; y <= r.cells.size(); y++) figure(r.cells.get(y - 1), "cell:" + r.id + ":" + y, b.jurisdiction);
            }
        }
    }

    private void figure(Figure f, String key, String jurisdiction) {
        if (f == null) return;
        if (allConfidential) f.classification = Classification.CONFIDENTIAL;
        if (!allConfidential && (f.classification == null || f.classification.isPublic())) return;
        f.declassification = null;
        f.value = value(f.value);
        String unit = f.unit == null ? null : f.unit.toLowerCase(Locale.ROOT);
        SecretValue.Kind kind = "percent".equals(unit) || "%".equals(unit) ? SecretValue.Kind.PERCENTAGE
                : f.unit != null && f.unit.matches("[A-Z]{3}") ? SecretValue.Kind.AMOUNT : SecretValue.Kind.NUMBER;
        numbers.put(new SecretValue(key, f.value, kind, f.unit), jurisdiction);
    }

    /**
     * A distinct value of the same order as the one it replaces (templates compute with them: a duration stays a
     * plausible duration), with enough significant digits that no other number of a memo reads as it.
     */
    private BigDecimal value(BigDecimal old) {
        // series 0 is the kit's first choice; the others scramble the factors (7^series is prime to 500, so they stay
        // distinct within one planting), which also moves two values planted for equal originals apart
        int k = (int) ((next++ * BigInteger.valueOf(7).modPow(BigInteger.valueOf(series), BigInteger.valueOf(500)).longValue()
                + 29L * series) % 500);
        BigDecimal base = old == null || old.signum() == 0 ? new BigDecimal("271828") : old.abs();
        BigDecimal factor = new BigDecimal("1.0731").add(new BigDecimal(k).movePointLeft(3));
        int scale = base.compareTo(new BigDecimal("1000")) < 0 ? 3 : 2;
        return base.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
    }
}
