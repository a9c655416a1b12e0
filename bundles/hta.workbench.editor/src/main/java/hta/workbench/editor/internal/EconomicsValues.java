package hta.workbench.editor.internal;

import hta.workbench.api.Words;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.FormulaEvaluation;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Taint;
import hta.confidentiality.TaintResult;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PriceKind;
import hta.dossier.json.DossierJson;
import hta.dossier.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the Economics page shows and accepts, without Swing: the words for the analysis types, the numbers and
 * ids a writer types for a figure, and the classification a figure has after taint propagation in each of the
 * dossier's jurisdictions. A refusal is an {@link IllegalArgumentException} whose message is written for the
 * writer.
 */
final class EconomicsValues {
    /** The analysis types the dossier files use, in the order offered. */
    static final Map<String, String> ANALYSIS_TYPES = ordered(
            "COST_UTILITY", "Cost-utility analysis",
            "COST_COMPARISON", "Cost comparison",
            "THRESHOLD_ANALYSIS", "Threshold analysis");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Where no jurisdiction plugin gives a policy: only the classifications the dossier states count. */
    private static final ConfidentialityPolicy DOSSIER_ONLY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of();
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    };

    private EconomicsValues() {
    }

    /**
     * The value a writer typed for figure {@code id}: digits with a point for decimals (spaces as thousands
     * separators are allowed); empty clears it.
     */
    static BigDecimal parseValue(String id, String text) {
        try {
            return Words.parseNumber(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Figure " + id + ": '" + text.strip()
                    + "' is not a number; write digits with a point for decimals, e.g. 3120000 or 9.6");
        }
    }

    /** A figure id typed to replace {@code from} (null for a new figure): non-empty, simple, unique. */
    static String checkId(List<Figure> figures, String from, String text) {
        String id = text == null ? "" : text.strip();
        if (id.isEmpty()) throw new IllegalArgumentException("A figure needs an id (formulas refer to it as figure:<id>)");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Figure id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
        }
        for (Figure f : figures) {
            if (id.equals(f.id) && !id.equals(from)) throw new IllegalArgumentException("A figure '" + id + "' exists already");
        }
        return id;
    }

    /** The first id of the form {@code figure-N} no figure has. */
    static String newId(List<Figure> figures) {
        Set<String> used = new LinkedHashSet<>();
        figures.forEach(f -> used.add(f.id));
        int n = figures.size() + 1;
        while (used.contains("figure-" + n)) n++;
        return "figure-" + n;
    }

    /** Whether the figure is computed from others (it has a formula). */
    static boolean derived(Figure f) {
        return f.formula != null && !f.formula.isBlank();
    }

    static Classification own(Figure f) {
        return f.classification == null ? Classification.PUBLIC : f.classification;
    }

    /** The classification the toggle sets: public becomes confidential, anything restricted becomes public. */
    static Classification toggled(Figure f) {
        return own(f).isPublic() ? Classification.CONFIDENTIAL : Classification.PUBLIC;
    }

    /**
     * The taint analysis of the dossier under each policy (by jurisdiction code), or under the dossier's own
     * classifications alone when no policy is given.
     */
    static Map<String, TaintResult> analyse(Dossier d, Map<String, ConfidentialityPolicy> policies) {
        Map<String, TaintResult> out = new LinkedHashMap<>();
        if (policies.isEmpty()) out.put("", Taint.analyse(d, DOSSIER_ONLY));
        policies.forEach((code, p) -> out.put(code, Taint.analyse(d, p)));
        return out;
    }

    /** The effective classification of a figure in each analysis. */
    static Map<String, Classification> effective(Figure f, Map<String, TaintResult> taints) {
        Map<String, Classification> out = new LinkedHashMap<>();
        taints.forEach((code, t) -> out.put(code, f.id == null ? own(f) : t.of("figure:" + f.id)));
        return out;
    }

    /**
     * The effective classification in words: one word when every jurisdiction agrees, else one per jurisdiction;
     * {@code (inherited)} where it is more restricted than the figure's own.
     */
    static String describe(Figure f, Map<String, Classification> effective) {
        Set<Classification> distinct = new LinkedHashSet<>(effective.values());
        if (distinct.size() == 1) return word(f, distinct.iterator().next());
        List<String> parts = new ArrayList<>();
        effective.forEach((code, c) -> parts.add(code.toUpperCase() + ": " + word(f, c)));
        return String.join("; ", parts);
    }

    /** Whether the figure is restricted anywhere, by itself or through its inputs. */
    static boolean restricted(Figure f, Map<String, Classification> effective) {
        return !own(f).isPublic() || effective.values().stream().anyMatch(c -> !c.isPublic());
    }

    private static String word(Figure f, Classification c) {
        if (c == own(f)) return Words.classification(c);
        return Words.classification(c) + (c.isPublic() ? " (declassified)" : " (inherited)");
    }

    /**
     * Each economics figure's evaluation, by row: a derived figure's value computed from its formula (none when it
     * cannot be computed), an input's as stated. Null for a row the evaluation does not know.
     */
    static List<FormulaEvaluation.Result> values(Dossier d, FormulaEvaluation evaluation) {
        Map<String, FormulaEvaluation.Result> byPath = new LinkedHashMap<>();
        evaluation.results().forEach(r -> byPath.put(r.jsonPath(), r));
        List<FormulaEvaluation.Result> out = new ArrayList<>();
        for (int i = 0; i < d.economics.figures.size(); i++) out.add(byPath.get(path(i)));
        return out;
    }

    /** What is wrong with the economics figures' formulas, for the writer (no value is named). */
    static List<String> formulaProblems(FormulaEvaluation evaluation) {
        List<String> out = new ArrayList<>();
        for (Finding f : evaluation.findings()) {
            if (f.jsonPath().startsWith("$.economics.figures[")) out.add(f.message());
        }
        return out;
    }

    /**
     * The value figure {@code row} gets with {@code formula}: computed over the dossier's inputs (null when the
     * formula is blank, is not a formula or cannot be computed: a stored value would then be a stale copy).
     */
    static BigDecimal computedWith(Dossier d, int row, String formula) {
        if (formula == null || formula.isBlank()) return d.economics.figures.get(row).value;
        // tried on a copy: the stored value's precision is kept, as memos round to it
        Dossier trial = DossierJson.copy(d);
        trial.economics.figures.get(row).formula = formula;
        FormulaEvaluation.Result r = values(trial, FormulaEvaluation.of(trial)).get(row);
        return r != null && r.outcome() == FormulaEvaluation.Outcome.COMPUTED ? r.value() : null;
    }

    private static String path(int row) {
        return "$.economics.figures[" + row + "]";
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) m.put(codesAndLabels[i], codesAndLabels[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
