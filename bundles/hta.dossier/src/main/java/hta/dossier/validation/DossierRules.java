package hta.dossier.validation;

import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Indication;
import hta.dossier.Milestone;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The core rules every dossier must meet, whatever the jurisdiction: required fields, milestone dates in order,
 * no negative amounts, known ISO 4217 currencies, every figure and price classified, unique ids. A jurisdiction
 * adds its own rules on top. A dossier with findings can still be saved (it is work in progress); export and
 * {@code hta validate} report them. Stateless and thread-safe.
 */
public final class DossierRules {
    public static final Set<String> AUTHORISATION_TYPES = Set.of("FULL", "CONDITIONAL", "EXCEPTIONAL_CIRCUMSTANCES");
    public static final Set<String> ANALYSIS_TYPES = Set.of("COST_UTILITY", "COST_COMPARISON", "THRESHOLD_ANALYSIS",
            "COST_EFFECTIVENESS", "COST_MINIMISATION");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private DossierRules() {
    }

    /** Every finding, in file order; empty when the dossier meets every core rule. */
    public static List<Finding> check(Dossier d) {
        DossierRules r = new DossierRules();
        r.dossier(d);
        return List.copyOf(r.findings);
    }

    private void dossier(Dossier d) {
        required(d.id, "$.id", "the dossier id");
        if (d.product == null) {
            add("required", "$.product", "the product is missing");
        } else {
            required(d.product.brandName, "$.product.brandName", "the brand name");
            required(d.product.inn, "$.product.inn", "the active substance (INN)");
            if (d.product.authorisationType != null && !AUTHORISATION_TYPES.contains(d.product.authorisationType)) {
                add("known-value", "$.product.authorisationType", "'" + d.product.authorisationType
                        + "' is not an EU authorisation type (FULL, CONDITIONAL or EXCEPTIONAL_CIRCUMSTANCES)");
            }
        }
        for (int i = 0; i < d.indications.size(); i++) {
            Indication ind = d.indications.get(i);
            if (ind.wording == null || ind.wording.isEmpty()) {
                add("required", "$.indications[" + i + "].wording", "the indication has no wording in any language");
            }
        }
        if (d.economics != null) {
            String t = d.economics.analysisType;
            if (t != null && !ANALYSIS_TYPES.contains(t)) {
                add("known-value", "$.economics.analysisType", "'" + t + "' is not an analysis type (" + String.join(", ",
                        new java.util.TreeSet<>(ANALYSIS_TYPES)) + ")");
            }
            for (int i = 0; i < d.economics.figures.size(); i++) {
                figure(d.economics.figures.get(i), "$.economics.figures[" + i + "]", false);
            }
        }
        for (int i = 0; i < d.prices.size(); i++) price(d.prices.get(i), "$.prices[" + i + "]");
        for (int i = 0; i < d.budgetImpacts.size(); i++) budget(d.budgetImpacts.get(i), "$.budgetImpacts[" + i + "]");
        for (int i = 0; i < d.submissions.size(); i++) submission(d.submissions.get(i), "$.submissions[" + i + "]");
    }

    private void price(PricePoint p, String at) {
        required(p.id, at + ".id", "the price id");
        unique("price:" + p.id, p.id, at + ".id");
        required(p.jurisdiction, at + ".jurisdiction", "the jurisdiction of the price");
        if (p.kind == null) add("required", at + ".kind", "the kind of price is missing");
        if (p.amount == null) {
            add("required", at + ".amount", "the amount is missing");
        } else if (p.amount.signum() < 0) {
            add("non-negative", at + ".amount", "the amount " + p.amount.toPlainString() + " is negative");
        }
        boolean share = (p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE) && p.currency == null;
        if (share) {
            if (p.amount != null && p.amount.compareTo(HUNDRED) > 0) {
                add("percentage", at + ".amount", "a discount or rebate without a currency is a percentage, and "
                        + p.amount.toPlainString() + " is more than 100");
            }
        } else {
            currency(p.currency, at + ".currency", true);
        }
        if (p.classification == null) add("classified", at + ".classification", "the price is not classified"
                + " (PUBLIC, CONFIDENTIAL or ACADEMIC_IN_CONFIDENCE)");
        declassification(p.declassification, at + ".declassification");
    }

    private void budget(BudgetImpact b, String at) {
        required(b.jurisdiction, at + ".jurisdiction", "the jurisdiction of the budget impact");
        currency(b.currency, at + ".currency", false);
        for (int y = 0; y < b.patientsPerYear.size(); y++) {
            BigDecimal n = b.patientsPerYear.get(y);
            if (n != null && n.signum() < 0) {
                add("non-negative", at + ".patientsPerYear[" + y + "]", "the number of patients in year " + (y + 1)
                        + " is negative");
            }
        }
        for (int i = 0; i < b.figures.size(); i++) figure(b.figures.get(i), at + ".figures[" + i + "]", true);
        for (int r = 0; r < b.rows.size(); r++) {
            BudgetImpact.BudgetRow row = b.rows.get(r);
            String rowAt = at + ".rows[" + r + "]";
            required(row.id, rowAt + ".id", "the row id");
            required(row.label, rowAt + ".label", "the row label");
            for (int c = 0; c < row.cells.size(); c++) {
                Figure f = row.cells.get(c);
                String cellAt = rowAt + ".cells[" + c + "]";
                figure(f, cellAt, true);
                if (f.formula == null || f.formula.isBlank()) {
                    add("derived", cellAt + ".formula", "a budget-table cell is derived from prices and patient"
                            + " numbers, but this one has no formula, so its classification cannot follow its inputs");
                }
            }
        }
    }

    private void figure(Figure f, String at, boolean money) {
        required(f.id, at + ".id", "the figure id");
        unique("figure:" + f.id, f.id, at + ".id");
        if (f.value == null) add("required", at + ".value", "the figure has no value");
        if (f.classification == null) add("classified", at + ".classification", "the figure "
                + (f.label == null ? "" : "'" + f.label + "' ") + "is not classified (PUBLIC, CONFIDENTIAL or"
                + " ACADEMIC_IN_CONFIDENCE)");
        if (money && f.unit != null && f.unit.matches("[A-Z]{3}")) currency(f.unit, at + ".unit", false);
        declassification(f.declassification, at + ".declassification");
    }

    private void submission(Submission s, String at) {
        required(s.jurisdiction, at + ".jurisdiction", "the jurisdiction code");
        LocalDate previous = null;
        int previousIndex = -1;
        for (int i = 0; i < s.milestones.size(); i++) {
            Milestone m = s.milestones.get(i);
            String mAt = at + ".milestones[" + i + "]";
            required(m.kind, mAt + ".kind", "the kind of milestone");
            if (m.date == null) {
                add("required", mAt + ".date", "the milestone " + (m.kind == null ? "" : "'" + m.kind + "' ") + "has no date");
                continue;
            }
            if (previous != null && m.date.isBefore(previous)) {
                add("milestone-order", mAt + ".date", "the milestone '" + m.kind + "' (" + m.date + ") is dated before"
                        + " the one listed before it, '" + s.milestones.get(previousIndex).kind + "' (" + previous
                        + "); milestones are listed in the order they happened");
            }
            previous = m.date;
            previousIndex = i;
        }
        if (s.decision != null) {
            required(s.decision.outcome, at + ".decision.outcome", "the decision's outcome");
            if (s.decision.publishedWording != null && s.decision.wordingLanguage == null) {
                add("required", at + ".decision.wordingLanguage", "the language of the published wording is missing");
            }
        }
        for (int i = 0; i < s.agreements.size(); i++) {
            Agreement a = s.agreements.get(i);
            String aAt = at + ".agreements[" + i + "]";
            required(a.kind, aAt + ".kind", "the kind of agreement");
            if (a.classification == null) add("classified", aAt + ".classification", "the agreement is not classified");
            if (a.startDate != null && a.endDate != null && a.endDate.isBefore(a.startDate)) {
                add("date-order", aAt + ".endDate", "the agreement ends (" + a.endDate + ") before it starts ("
                        + a.startDate + ")");
            }
        }
    }

    private void currency(String code, String at, boolean needed) {
        if (code == null) {
            if (needed) add("required", at, "the currency is missing (an ISO 4217 code such as NOK, SEK, DKK, GBP, EUR)");
            return;
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            add("known-currency", at, "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    private void declassification(Declassification d, String at) {
        if (d != null && !d.isValid()) add("declassification", at + ".reason", "a declassification needs a reason");
    }

    private void required(String value, String at, String what) {
        if (value == null || value.isBlank()) add("required", at, what + " is missing");
    }

    private void unique(String key, String id, String at) {
        if (id != null && !ids.add(key)) add("unique-id", at, "the id '" + id + "' is used twice");
    }

    private void add(String rule, String at, String message) {
        findings.add(new Finding(rule, at, message));
    }
}
