package hta.confidentiality;

import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Propagates classifications through formulas: every derived figure carries the most restricted
 * classification of its inputs, walked through any number of steps (CONFIDENTIALITY.md, principle 2). A
 * figure or price with a valid {@link Declassification} is public whatever its inputs; nothing else is.
 * Whatever cannot be established counts as confidential (fail closed, issue 14): a value without a classification
 * (a derived one without its own follows its inputs),
 * a formula that cannot be read (a slip, or a derivation written in words), references that cannot be resolved,
 * cycles, and a key declared twice (two values under one id, whichever was meant). Then secondary suppression
 * hides further values where a total shown publicly would reveal a hidden one. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Taint {
    private Taint() {
    }

    /** A value of the dossier as the engine sees it. */
    private static final class Node {
        final String key;
        final Classification stored;
        final Declassification declassification;
        final String formula;
        final BigDecimal value;
        Classification result;
        boolean visiting;
        /** Declared more than once: which value the key means cannot be known. */
        boolean ambiguous;

        Node(String key, Classification stored, Declassification declassification, String formula, BigDecimal value) {
            this.key = key;
            // unknown means confidential; a derived value without one of its own follows its inputs
            boolean derived = formula != null && !formula.isBlank();
            this.stored = stored != null ? stored : derived ? Classification.PUBLIC : Classification.CONFIDENTIAL;
            this.declassification = declassification;
            this.formula = formula;
            this.value = value;
        }
    }

    public static TaintResult analyse(Dossier d, ConfidentialityPolicy policy) {
        return analyse(d, policy, List.of());
    }

    /**
     * Taint and secondary suppression.
     *
     * @param extraRelations totals a template shows that are not stored as formulas (e.g. from
     *                       {@link SecondarySuppression#budgetTable})
     */
    public static TaintResult analyse(Dossier d, ConfidentialityPolicy policy, List<LinearRelation> extraRelations) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PricePoint p : d.prices) {
            if (p.id == null) continue;
            Classification c = policy.confidentialPriceKinds().contains(p.kind)
                    ? Classification.max(p.classification, Classification.CONFIDENTIAL) : p.classification;
            put(nodes, problems, new Node("price:" + p.id, c, p.declassification, null, p.amount));
        }
        for (Figure f : d.economics.figures) addFigure(nodes, problems, f, "figure:" + f.id);
        for (BudgetImpact b : d.budgetImpacts) {
            for (int y = 1; y <= b.patientsPerYear.size(); y++) {
                nodes.putIfAbsent("patients:" + y, new Node("patients:" + y, Classification.PUBLIC, null, null,
                        b.patientsPerYear.get(y - 1)));
            }
            b.figures.forEach(f -> addFigure(nodes, problems, f, "figure:" + f.id));
            for (BudgetImpact.BudgetRow row : b.rows) {
                for (int y = 1; y <= row.cells.size(); y++) {
                    Figure f = row.cells.get(y - 1);
                    String key = "cell:" + row.id + ":" + y;
                    addFigure(nodes, problems, f, key);
                    if (f.id != null) aliases.put("figure:" + f.id, key);
                }
            }
        }
        aliases.forEach((alias, key) -> {
            Node other = nodes.get(alias);
            if (other != null) {
                // a budget cell's id is also known as figure:<id>; a figure with the same id makes both ambiguous
                problems.add(alias + " names both a figure and the budget cell " + key + "; treated as confidential");
                other.ambiguous = true;
                nodes.get(key).ambiguous = true;
            }
        });
        for (Node n : nodes.values()) classify(n, nodes, aliases, problems);

        Map<String, Classification> classes = new LinkedHashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            classes.put(n.key, n.result);
            if (n.value != null) values.put(n.key, n.value);
        }
        aliases.forEach((alias, key) -> {
            if (!classes.containsKey(alias)) classes.put(alias, classes.get(key));
        });

        List<LinearRelation> relations = new ArrayList<>(extraRelations);
        for (Node n : nodes.values()) relation(n, aliases).ifPresent(relations::add);
        Set<String> hidden = new LinkedHashSet<>();
        classes.forEach((k, c) -> {
            if (!c.isPublic() && !aliases.containsKey(k)) hidden.add(k);
        });
        Set<String> fixed = new HashSet<>();
        for (Node n : nodes.values()) {
            if (n.declassification != null && n.declassification.isValid()) fixed.add(n.key);
        }
        List<String> order = new ArrayList<>(nodes.keySet());
        SecondarySuppression.Result s = SecondarySuppression.suppress(order, relations, hidden, fixed);
        problems.addAll(s.problems());
        Set<String> suppressed = new LinkedHashSet<>(s.added());
        aliases.forEach((alias, key) -> {
            if (suppressed.contains(key)) suppressed.add(alias);
        });
        Map<String, Declassification> declassified = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (n.declassification != null && n.declassification.isValid()) declassified.put(n.key, n.declassification);
        }
        return new TaintResult(classes, suppressed, values, problems, declassified);
    }

    private static void addFigure(Map<String, Node> nodes, List<String> problems, Figure f, String key) {
        if (key.equals("figure:null")) {
            problems.add("a figure without an id cannot be referred to or tracked (" + f.label + ")");
            key = "figure:#" + nodes.size();
        }
        put(nodes, problems, new Node(key, f.classification, f.declassification, f.formula, f.value));
    }

    private static void put(Map<String, Node> nodes, List<String> problems, Node n) {
        Node first = nodes.putIfAbsent(n.key, n);
        if (first != null) {
            problems.add(n.key + " is declared twice; treated as confidential");
            first.ambiguous = true;
        }
    }

    private static Classification classify(Node n, Map<String, Node> nodes, Map<String, String> aliases,
                                           List<String> problems) {
        if (n.result != null) return n.result;
        if (n.visiting) {
            problems.add(n.key + " is part of a cycle of formulas; treated as confidential");
            return Classification.CONFIDENTIAL;
        }
        n.visiting = true;
        Classification c = n.ambiguous ? Classification.max(n.stored, Classification.CONFIDENTIAL) : n.stored;
        if (n.formula != null && !n.formula.isBlank()) {
            try {
                Formula.parse(n.formula);
            } catch (IllegalArgumentException e) {
                // its inputs cannot be established: a misspelt reference or words hide what it is computed from
                problems.add(n.key + ": " + e.getMessage() + "; treated as confidential, its references are still followed");
                c = Classification.max(c, Classification.CONFIDENTIAL);
            }
            for (FormulaReference r : Formula.referencesIn(n.formula)) {
                String key = aliases.getOrDefault(r.toString(), r.toString());
                Node input = nodes.get(key);
                if (input == null) {
                    problems.add(n.key + " refers to unknown " + r + "; treated as confidential");
                    c = Classification.max(c, Classification.CONFIDENTIAL);
                } else {
                    c = Classification.max(c, classify(input, nodes, aliases, problems));
                }
            }
        }
        if (n.declassification != null && !n.ambiguous) {
            if (n.declassification.isValid()) {
                if (!c.isPublic() && (n.declassification.author == null || n.declassification.author.isBlank())) {
                    problems.add(n.key + " is declassified without saying who decided; record the author");
                }
                c = Classification.PUBLIC;
            } else {
                problems.add(n.key + " has a declassification without a reason; it does not count");
            }
        }
        n.visiting = false;
        n.result = c;
        return c;
    }

    /** The formula as a relation "key = Σ terms" when it is linear in its references. */
    private static Optional<LinearRelation> relation(Node n, Map<String, String> aliases) {
        if (n.formula == null || n.formula.isBlank()) return Optional.empty();
        try {
            return Formula.parse(n.formula).linearTerms().map(terms -> {
                Map<String, BigDecimal> t = new LinkedHashMap<>();
                terms.forEach((ref, coef) -> {
                    if (ref != null) t.merge(aliases.getOrDefault(ref.toString(), ref.toString()), coef, BigDecimal::add);
                });
                return new LinearRelation(n.key, t);
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
