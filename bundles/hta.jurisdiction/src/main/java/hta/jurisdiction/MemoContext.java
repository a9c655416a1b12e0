package hta.jurisdiction;

import java.util.List;
import java.util.Optional;

/**
 * What a template may know beyond the dossier: the other jurisdictions currently installed, read through
 * the registry so that one country's memo can quote another's decision without importing its bundle.
 *
 * @param registry the live registry
 */
public record MemoContext(JurisdictionRegistry registry) {
    public List<Jurisdiction> otherJurisdictions(String self) {
        return registry.jurisdictions().stream().filter(j -> !j.code().equals(self)).toList();
    }

    /**
     * The decision term of another jurisdiction, when its plugin is installed and knows the outcome code;
     * empty otherwise, in which case a template falls back to the wording stored in the dossier.
     *
     * @since 1.1
     */
    public Optional<DecisionTerm> decisionTerm(String jurisdiction, String outcome) {
        if (jurisdiction == null || outcome == null) return Optional.empty();
        return registry.find(jurisdiction).flatMap(j -> j.decisionTerm(outcome));
    }
}
