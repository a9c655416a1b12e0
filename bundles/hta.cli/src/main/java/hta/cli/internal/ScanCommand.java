package hta.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.RedactionMark;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta scan}: finds confidential values (and values derived from them) written unmarked in a dossier's
 * narrative, under the policy of every jurisdiction the dossier has a submission or price in. A jurisdiction
 * whose plugin is not installed contributes the dossier's own classifications only.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "List the places in a dossier's narrative where a confidential value is written unmarked."
                + " Exit code 1 when there is any.")
final class ScanCommand implements Callable<Integer> {
    /** Policy for a jurisdiction whose plugin is absent: only what the dossier itself marks confidential. */
    private static final ConfidentialityPolicy STORED_ONLY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of();
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    };

    private final Services services;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "dossier id")
    String dossierId;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    ScanCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Dossier dossier = DossierLoading.load(workspace.open(services.workspaces()), dossierId);
        Set<String> codes = new LinkedHashSet<>();
        for (Submission s : dossier.submissions) if (s.jurisdiction != null) codes.add(s.jurisdiction);
        for (PricePoint p : dossier.prices) if (p.jurisdiction != null) codes.add(p.jurisdiction);
        List<ConfidentialityPolicy> policies = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Optional<Jurisdiction> j = services.jurisdictions().find(code);
            if (j.isPresent()) policies.add(j.get().confidentiality()); else missing.add(code);
        }
        if (policies.isEmpty() || !missing.isEmpty()) policies.add(STORED_ONLY);
        List<LeakFinding> findings = LeakScanner.scanNarratives(dossier, policies);
        if (json) {
            ObjectNode root = DossierJson.mapper().createObjectNode();
            root.put("dossier", dossierId);
            missing.forEach(root.putArray("jurisdictionsWithoutPlugin")::add);
            root.put("count", findings.size());
            ArrayNode a = root.putArray("findings");
            for (LeakFinding f : findings) {
                a.addObject().put("location", f.location()).put("valueId", f.valueId()).put("offset", f.offset())
                        .put("length", f.length());
            }
            services.out().println(DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (String code : missing) {
                services.err().println("hta: jurisdiction '" + code + "' is not installed; only values the dossier"
                        + " marks confidential are checked for it");
            }
            for (LeakFinding f : findings) services.out().println(f);
            services.out().println(findings.isEmpty() ? "No confidential value found in the narrative of '" + dossierId + "'."
                    : findings.size() + " place(s) reveal confidential values.");
        }
        return findings.isEmpty() ? 0 : 1;
    }
}
