package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import hta.dossier.validation.Finding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a dossier's derived figures, computed by the product from their formulas over named inputs
 * (prices, other figures, budget-table cells, patients per year), so that every memo prints the same figure
 * wherever it appears: a stored value is what the writer last typed, the computed one is what the inputs give.
 * A figure without a formula is an input; its value is the one stated. A derived figure whose formula is a
 * description rather than a formula, refers to something the dossier does not have, takes part in a cycle or
 * divides by zero has no value here and is a finding for the writer; so is a stored value that differs from
 * the computed one. Classification is not decided here: {@link Taint} makes a derived figure as restricted as its
 * inputs, and nothing in this class prints or logs a value. Immutable once built; not tied to the dossier after.
 *
 * @since 0.4
 */
public final class FormulaEvaluation {
    /** How a figure's value was obtained. */
    public enum Outcome {
        /** No formula: an input, its value as stated. */
        STATED,
        /** Computed from its formula. */
        COMPUTED,
        /** The formula is a description in words, not a formula over named inputs. */
        NOT_A_FORMULA,
        /** The formula refers to a price, figure, cell or patient count the dossier does not have. */
        MISSING_INPUT,
        /** The formula depends on itself through other figures. */
        CYCLE,
        /** The arithmetic fails (division by zero). */
        ARITHMETIC
    }

    /**
     * One figure.
     *
     * @param key      how formulas refer to it: {@code figure:<id>}, or {@code cell:<row>:<year>} for a budget cell
     * @param jsonPath where it is in the dossier file
     * @param figure   the figure as stored
     * @param outcome  how its value was obtained
     * @param value    the value: computed for a derived figure, stated for an input; null when it has none
     * @param fictional whether the figure is made up, or computed from anything made up (demo data): a memo marks
     *                 it as fictional
     */
    public record Result(String key, String jsonPath, Figure figure, Outcome outcome, BigDecimal value,
                         boolean fictional) {
        /** Whether the figure has a value the product can stand behind. */
        public boolean hasValue() {
            return value != null;
        }

        /** Whether a derived figure's stored value differs from the computed one (at the stored precision). */
        public boolean storedDiffers() {
            return outcome == Outcome.COMPUTED && figure.value != null && figure.value.compareTo(value) != 0;
        }
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    private final Map<String, Result> results;
    private final List<Finding> findings;

    private FormulaEvaluation(Map<String, Result> results, List<Finding> findings) {
        this.results = results;
        this.findings = List.copyOf(findings);
    }

    /** Evaluates every figure of the dossier (economics figures, budget figures, budget-table cells). */
    public static FormulaEvaluation of(Dossier d) {
        return new Evaluator(d).run();
    }

    /** Every figure, in file order. */
    public List<Result> results() {
        return List.copyOf(results.values());
    }

    /** The figure with this id (economics, budget figure or budget cell). */
    public Optional<Result> result(String figureId) {
        return results.values().stream().filter(r -> figureId != null && figureId.equals(r.figure().id)).findFirst();
    }

    /**
     * The value a memo prints for a figure: computed when derived, stated when an input; empty when the figure
     * is unknown or its formula cannot be evaluated (a template then leaves it out).
     */
    public Optional<BigDecimal> value(String figureId) {
        return result(figureId).map(Result::value);
    }

    /** Whether a figure is made up or computed from anything made up. */
    public boolean isFictional(String figureId) {
        return result(figureId).map(Result::fictional).orElse(false);
    }

    /** The value of a budget-table cell (row id, 1-based year), as {@link #value}. */
    public Optional<BigDecimal> cell(String rowId, int year) {
        return Optional.ofNullable(results.get("cell:" + rowId + ":" + year)).map(Result::value);
    }

    /** What the writer should fix: formulas that are not formulas or cannot be evaluated, stale stored values. */
    public List<Finding> findings() {
        return findings;
    }

    /** The scale a computed value is rounded to: the stored value's when there is one, else by the unit. */
    static int scale(Figure f) {
        if (f.value != null) return Math.max(0, f.value.scale());
        if (f.unit != null && f.unit.matches("[A-Z]{3}")) return 0;
        return 2;
    }

    /** One evaluation run: resolves references depth-first, detecting cycles. */
    private static final class Evaluator {
        private final Dossier dossier;
        private final Map<String, Result> results = new LinkedHashMap<>();
        private final Map<String, Figure> figures = new LinkedHashMap<>();
        private final Map<String, String> paths = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Map<String, BigDecimal> patients = new LinkedHashMap<>();
        private final Set<String> visiting = new HashSet<>();
        private final List<Finding> findings = new ArrayList<>();

        Evaluator(Dossier d) {
            this.dossier = d;
            for (int i = 0; i < d.economics.figures.size(); i++) {
                add(d.economics.figures.get(i), null, "$.economics.figures[" + i + "]");
            }
            for (int b = 0; b < d.budgetImpacts.size(); b++) {
                BudgetImpact bi = d.budgetImpacts.get(b);
                for (int y = 1; y <= bi.patientsPerYear.size(); y++) {
                    // as the taint engine reads them: the first budget impact stating a year's patients wins
                    if (bi.patientsPerYear.get(y - 1) != null) patients.putIfAbsent("patients:" + y, bi.patientsPerYear.get(y - 1));
                }
                for (int i = 0; i < bi.figures.size(); i++) {
                    add(bi.figures.get(i), null, "$.budgetImpacts[" + b + "].figures[" + i + "]");
                }
                for (int r = 0; r < bi.rows.size(); r++) {
                    BudgetImpact.BudgetRow row = bi.rows.get(r);
                    for (int c = 0; c < row.cells.size(); c++) {
                        add(row.cells.get(c), "cell:" + row.id + ":" + (c + 1),
                                "$.budgetImpacts[" + b + "].rows[" + r + "].cells[" + c + "]");
                    }
                }
            }
        }

        private void add(Figure f, String cellKey, String path) {
            String key = cellKey != null ? cellKey : "figure:" + (f.id == null ? "#" + figures.size() : f.id);
            figures.putIfAbsent(key, f);
            paths.putIfAbsent(key, path);
            if (cellKey != null && f.id != null) aliases.putIfAbsent("figure:" + f.id, cellKey);
        }

        FormulaEvaluation run() {
            for (String key : figures.keySet()) evaluate(key);
            return new FormulaEvaluation(results, findings);
        }

        private Result evaluate(String key) {
            Result done = results.get(key);
            if (done != null) return done;
            Figure f = figures.get(key);
            String path = paths.get(key);
            if (f.formula == null || f.formula.isBlank()) {
                return record(new Result(key, path, f, Outcome.STATED, f.value, f.isFictional()));
            }
            if (!visiting.add(key)) {
                return new Result(key, path, f, Outcome.CYCLE, null, f.isFictional());
            }
            try {
                Formula formula;
                try {
                    formula = Formula.parse(f.formula);
                } catch (IllegalArgumentException e) {
                    findings.add(new Finding("formula-text", path + ".formula", describe(f) + " has the formula '"
                            + f.formula + "', which is a description, not a formula over named inputs (price:ID,"
                            + " figure:ID, cell:ROW:YEAR, patients:YEAR with + - * / and brackets): " + e.getMessage()
                            + ". The figure is left out of memos until its formula can be computed."));
                    return record(new Result(key, path, f, Outcome.NOT_A_FORMULA, null, f.isFictional()));
                }
                Map<FormulaReference, BigDecimal> inputs = new LinkedHashMap<>();
                boolean fictional = f.isFictional();
                for (FormulaReference ref : formula.references()) {
                    Optional<BigDecimal> v = input(ref, key);
                    if (v == null) {
                        findings.add(new Finding("formula-cycle", path + ".formula", describe(f)
                                + " depends on itself through " + ref + "; it cannot be computed"));
                        return record(new Result(key, path, f, Outcome.CYCLE, null, f.isFictional()));
                    }
                    if (v.isEmpty()) {
                        findings.add(new Finding("formula-input", path + ".formula", describe(f) + " refers to "
                                + ref + ", which the dossier does not have or has no value for; it cannot be computed"));
                        return record(new Result(key, path, f, Outcome.MISSING_INPUT, null, f.isFictional()));
                    }
                    inputs.put(ref, v.get());
                    fictional |= fictional(ref);
                }
                BigDecimal value;
                try {
                    value = formula.evaluate(inputs::get, MC).setScale(scale(f), RoundingMode.HALF_UP);
                } catch (ArithmeticException e) {
                    findings.add(new Finding("formula-arithmetic", path + ".formula", describe(f)
                            + " cannot be computed: its formula divides by zero"));
                    return record(new Result(key, path, f, Outcome.ARITHMETIC, null, f.isFictional()));
                }
                Result r = record(new Result(key, path, f, Outcome.COMPUTED, value, fictional));
                if (r.storedDiffers()) {
                    // no value in the message: findings are shown and logged, and the figure may be confidential
                    findings.add(new Finding("formula-value", path + ".value", describe(f) + ": the stored value"
                            + " differs from what its formula gives; memos print the computed value, so correct or"
                            + " remove the stored one"));
                }
                return r;
            } finally {
                visiting.remove(key);
            }
        }

        /** The value of a reference; empty when the dossier lacks it; null when it is part of a cycle. */
        private Optional<BigDecimal> input(FormulaReference ref, String from) {
            switch (ref.kind()) {
                case PRICE:
                    return dossier.price(ref.id()).map((PricePoint p) -> p.amount);
                case PATIENTS:
                    return Optional.ofNullable(patients.get(ref.toString()));
                default:
                    String key = aliases.getOrDefault(ref.toString(), ref.toString());
                    if (!figures.containsKey(key)) return Optional.empty();
                    if (visiting.contains(key)) return null;
                    Result r = evaluate(key);
                    if (r.outcome() == Outcome.CYCLE) return null;
                    return Optional.ofNullable(r.value());
            }
        }

        /** Whether a (resolvable) input is made up; evaluated inputs were recorded before this is asked. */
        private boolean fictional(FormulaReference ref) {
            if (ref.kind() == FormulaReference.Kind.PRICE) {
                return dossier.price(ref.id()).map(PricePoint::isFictional).orElse(false);
            }
            if (ref.kind() == FormulaReference.Kind.PATIENTS) return false;
            Result r = results.get(aliases.getOrDefault(ref.toString(), ref.toString()));
            return r != null && r.fictional();
        }

        private Result record(Result r) {
            results.putIfAbsent(r.key(), r);
            return results.get(r.key());
        }

        private static String describe(Figure f) {
            return "The figure " + (f.id == null ? "" : "'" + f.id + "'")
                    + (f.label == null ? "" : " (" + f.label + ")");
        }
    }
}
