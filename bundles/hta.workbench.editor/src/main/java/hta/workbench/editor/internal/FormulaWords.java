package hta.workbench.editor.internal;

import hta.dossier.BudgetImpact;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import hta.workbench.api.Words;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula as a writer reads it on the Budget Impact page: each reference by what it names —
 * {@code price:no-rhf-aup} "Norway agreed price", {@code figure:no-comparator-annual-cost} the figure's label,
 * {@code cell:no-budget-intervention:2} "Intervensjon, year 2", {@code patients:3} "patients in year 3" — and
 * {@code *} as ×. A reference the dossier does not hold stays as written (the taint check names it). Pure.
 */
final class FormulaWords {
    private static final Pattern REFERENCE = Pattern.compile("\\b(price|figure|cell|patients):([A-Za-z0-9._-]+)(?::(\\d+))?");

    private FormulaWords() {
    }

    /** {@code formula} in words; {@code country} names a jurisdiction code ("Norway"). */
    static String of(Dossier d, String formula, Function<String, String> country) {
        if (formula == null || formula.isBlank()) return "";
        Matcher m = REFERENCE.matcher(formula);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(name(d, m, country)));
        m.appendTail(sb);
        return sb.toString().replace(" * ", " × ");
    }

    private static String name(Dossier d, Matcher m, Function<String, String> country) {
        String id = m.group(2);
        return switch (m.group(1)) {
            case "price" -> d.price(id).map(p -> price(p, country)).orElse(m.group());
            case "figure" -> figure(d, id) == null ? m.group() : figure(d, id);
            case "cell" -> cell(d, id, m.group(3), m.group());
            default -> m.group(3) == null && id.matches("\\d+") ? "patients in year " + id : m.group();
        };
    }

    private static String price(PricePoint p, Function<String, String> country) {
        return Words.price(p.jurisdiction == null ? null : country.apply(p.jurisdiction), p.kind);
    }

    /** A figure's label, from the economics or a budget impact; null when no figure has the id. */
    private static String figure(Dossier d, String id) {
        for (Figure f : d.economics.figures) if (id.equals(f.id)) return f.label != null ? f.label : id;
        for (BudgetImpact b : d.budgetImpacts) {
            for (Figure f : b.figures) if (id.equals(f.id)) return f.label != null ? f.label : id;
        }
        return null;
    }

    private static String cell(Dossier d, String row, String year, String asWritten) {
        if (year == null) return asWritten;
        for (BudgetImpact b : d.budgetImpacts) {
            for (BudgetImpact.BudgetRow r : b.rows) {
                if (row.equals(r.id)) return (r.label != null ? r.label : row) + ", year " + year;
            }
        }
        return asWritten;
    }
}
