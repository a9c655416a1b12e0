package org.example.hta.amnog;

import hta.jurisdiction.DecisionTerm;
import java.util.List;
import java.util.Map;

/**
 * The G-BA's words for the added benefit: its extent (Ausmaß), the decision's outcome codes, and its certainty
 * (Wahrscheinlichkeit), kept in the submission's jurisdiction data as {@code {"certainty": "hinweis"}}. Standard AMNOG
 * terms, to be checked against the G-BA's own pages before use (JURISDICTIONS.md §6b). Stateless.
 */
final class AddedBenefit {
    static final List<DecisionTerm> EXTENTS = List.of(
            new DecisionTerm("erheblich", "erheblicher Zusatznutzen", "major added benefit", true),
            new DecisionTerm("betraechtlich", "beträchtlicher Zusatznutzen", "considerable added benefit", true),
            new DecisionTerm("gering", "geringer Zusatznutzen", "minor added benefit", true),
            new DecisionTerm("nicht-quantifizierbar", "nicht quantifizierbarer Zusatznutzen", "non-quantifiable added benefit", true),
            new DecisionTerm("kein-zusatznutzen", "ein Zusatznutzen ist nicht belegt", "added benefit not proven", false),
            new DecisionTerm("geringerer-nutzen", "geringerer Nutzen", "lesser benefit", false));
    static final Map<String, String> CERTAINTY = Map.of("beleg", "Beleg", "hinweis", "Hinweis", "anhaltspunkt", "Anhaltspunkt");

    private AddedBenefit() {
    }
}
