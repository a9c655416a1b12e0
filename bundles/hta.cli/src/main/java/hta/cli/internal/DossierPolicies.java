package hta.cli.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The confidentiality policies a dossier is judged under: that of every jurisdiction it has a submission or a price
 * in whose plugin is installed, and — when one is missing, or none is there — the dossier's own classifications
 * only ({@link ConfidentialityPolicy#storedOnly()}).
 *
 * @param policies the policies
 * @param missing  the codes of the jurisdictions without an installed plugin
 */
record DossierPolicies(List<ConfidentialityPolicy> policies, List<String> missing) {
    static DossierPolicies of(Dossier dossier, JurisdictionRegistry registry) {
        Set<String> codes = new LinkedHashSet<>();
        for (Submission s : dossier.submissions) if (s.jurisdiction != null) codes.add(s.jurisdiction);
        for (PricePoint p : dossier.prices) if (p.jurisdiction != null) codes.add(p.jurisdiction);
        List<ConfidentialityPolicy> policies = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Optional<Jurisdiction> j = registry.find(code);
            if (j.isPresent()) policies.add(j.get().confidentiality()); else missing.add(code);
        }
        if (policies.isEmpty() || !missing.isEmpty()) policies.add(ConfidentialityPolicy.storedOnly());
        return new DossierPolicies(policies, missing);
    }
}
