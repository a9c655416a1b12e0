package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hta list}: the dossiers of a workspace with their jurisdictions, and any unreadable files. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the dossiers of a workspace with their jurisdictions.")
final class ListCommand implements Callable<Integer> {
    private final Services services;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    ListCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        DossierRepository repo = workspace.open(services.workspaces());
        List<DossierSummary> dossiers = repo.list();
        List<LoadProblem> problems = repo.problems();
        if (json) {
            ObjectMapper m = DossierJson.mapper();
            ObjectNode root = m.createObjectNode();
            root.put("workspace", repo.address());
            ArrayNode list = root.putArray("dossiers");
            for (DossierSummary d : dossiers) {
                ObjectNode n = list.addObject();
                n.put("id", d.id());
                n.put("brandName", d.brandName());
                n.put("inn", d.inn());
                n.put("revision", d.revision());
                d.jurisdictions().forEach(n.putArray("jurisdictions")::add);
            }
            ArrayNode bad = root.putArray("unreadable");
            for (LoadProblem p : problems) {
                bad.addObject().put("file", p.file().toString()).put("path", p.jsonPath()).put("message", p.message());
            }
            services.out().println(m.writeValueAsString(root));
        } else {
            services.out().println("Workspace " + repo.address());
            services.out().printf("%-16s %-14s %-34s %s%n", "ID", "BRAND", "INN", "JURISDICTIONS");
            for (DossierSummary d : dossiers) {
                services.out().printf("%-16s %-14s %-34s %s%n", d.id(), nz(d.brandName()), nz(d.inn()),
                        String.join(", ", d.jurisdictions()));
            }
            for (LoadProblem p : problems) {
                services.out().println("unreadable: " + p);
            }
        }
        return 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
