package hta.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.confidentiality.Coincidences;
import hta.confidentiality.Disclosure;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.PrintedFields;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta scan}: finds confidential values (and values derived from them) written unmarked in the free text of a
 * dossier (narrative, decisions, agreements, names, evidence …), under the policy of every jurisdiction the dossier
 * has a submission or price in, and names each place by its field (JSON path) and editor page. A jurisdiction
 * whose plugin is not installed contributes the dossier's own classifications only. Acknowledged coincidences are
 * not listed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "List the fields of a dossier whose text reveals a confidential value written unmarked."
                + " Exit code 1 when there is any.")
final class ScanCommand implements Callable<Integer> {
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
        DossierPolicies policies = DossierPolicies.of(dossier, services.jurisdictions(), services.plugins());
        LeakIndex index = LeakScanner.index(dossier, policies.policies());
        List<Disclosure> findings = new ArrayList<>();
        for (Disclosure d : PrintedFields.scan(dossier, null, index)) {
            if (d.publicItem() == null && !Coincidences.covers(dossier, d)) findings.add(d);
        }
        if (json) {
            ObjectNode root = DossierJson.mapper().createObjectNode();
            root.put("dossier", dossierId);
            policies.missing().forEach(root.putArray("jurisdictionsWithoutPlugin")::add);
            root.put("count", findings.size());
            ArrayNode a = root.putArray("findings");
            for (Disclosure d : findings) {
                ObjectNode o = a.addObject().put("field", d.field());
                if (d.page() != null) o.put("page", d.page());
                o.put("valueId", d.valueId()).put("quote", d.quote());
            }
            services.out().println(DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (String why : policies.late()) {
                services.err().println("hta: " + Shown.line(why) + "; only values the dossier marks confidential are checked"
                        + " for it");
            }
            for (String code : policies.missing()) {
                services.err().println("hta: jurisdiction '" + code + "' is not installed; only values the dossier"
                        + " marks confidential are checked for it");
            }
            for (Disclosure d : findings) services.out().println(dossierId + ".json: " + d);
            services.out().println(findings.isEmpty() ? "No confidential value found in the text of '" + dossierId + "'."
                    : findings.size() + " place(s) reveal confidential values.");
        }
        return findings.isEmpty() ? 0 : 1;
    }
}
