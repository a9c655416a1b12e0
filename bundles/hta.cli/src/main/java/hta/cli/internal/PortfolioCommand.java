package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.CaseStatus;
import hta.timeline.Portfolio;
import hta.timeline.PortfolioCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hta portfolio --jurisdiction CODE [--from YEAR] [--to YEAR] [--atc PREFIX] [--json|--csv]}: the statistics
 * of the Portfolio view for one jurisdiction, laid out as TLV lays out its report (seed 003): Table 1, assessments
 * requested per year by where they stand, and Table 2, assessments delivered per year and their mean processing
 * days; with {@code --atc L01} the cancer medicines (ATC L01) in brackets, as TLV writes them. Reads only.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = "Portfolio statistics of one jurisdiction, as the Portfolio view computes them: requests per year"
                + " by status (table 1) and assessments delivered per year with their mean processing days (table 2),"
                + " in the layout of TLV's report; a subgroup by ATC code in brackets.",
        footer = {"", "Table 1 counts submissions by the year of the jurisdiction's request milestone, table 2 by the year"
                + " the assessment was dispatched; --from/--to limit both. Submissions without a request date or with a"
                + " status the jurisdiction does not map are not counted (they are named on stderr).",
                "Exit codes: 0 success, 1 no such jurisdiction, 2 usage error."})
final class PortfolioCommand implements Callable<Integer> {
    private final Services services;

    @Option(names = "--jurisdiction", required = true, paramLabel = "CODE", description = "e.g. se, no, dk, nice, smc")
    String jurisdiction;

    @Option(names = "--from", paramLabel = "YEAR", description = "first year counted")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "last year counted")
    Integer to;

    @Option(names = "--atc", paramLabel = "PREFIX", description = "count dossiers whose ATC code starts with PREFIX"
            + " (e.g. L01, cancer medicines) in brackets")
    String atc;

    @Option(names = "--json", description = "print JSON instead of tables")
    boolean json;

    @Option(names = "--csv", description = "print CSV (one line per table cell) instead of tables")
    boolean csv;

    @Mixin
    WorkspaceOption workspace;

    PortfolioCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (json && csv) throw new CommandFailure("give --json or --csv, not both", 2);
        if (from != null && to != null && from > to) throw new CommandFailure("--from " + from + " is after --to " + to, 2);
        Jurisdiction j = services.jurisdictions().find(jurisdiction).orElseThrow(() -> new CommandFailure(
                "no jurisdiction plugin '" + jurisdiction + "' is installed", 1));
        DossierRepository repo = workspace.open(services.workspaces());
        List<PortfolioCase> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DossierSummary summary : repo.list()) {
            Dossier d = DossierLoading.load(repo, summary.id());
            d.submission(j.code()).ifPresent(s -> {
                boolean inGroup = atc != null && d.product.atcCode != null && d.product.atcCode.startsWith(atc);
                Portfolio.caseOf(d.id, s, j.processRules(), inGroup ? Set.of(PortfolioLayout.SUBGROUP) : Set.of())
                        .ifPresentOrElse(cases::add, () -> skipped.add(d.id));
            });
        }
        PortfolioLayout layout = PortfolioLayout.of(cases, from, to, atc != null);
        if (json) {
            services.out().println(DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(j, layout)));
        } else if (csv) {
            layout.csv(services.out());
        } else {
            services.out().println(j.displayName() + " — portfolio" + (atc == null ? "" : " (ATC " + atc + " in brackets)"));
            layout.text(services.out());
        }
        if (!skipped.isEmpty()) {
            services.err().println("not counted (no request date, or a status the jurisdiction does not map): "
                    + String.join(", ", skipped));
        }
        return 0;
    }

    private ObjectNode json(Jurisdiction j, PortfolioLayout layout) {
        ObjectMapper m = DossierJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("jurisdiction", j.code());
        if (from == null) root.putNull("from"); else root.put("from", from);
        if (to == null) root.putNull("to"); else root.put("to", to);
        if (atc == null) root.putNull("atc"); else root.put("atc", atc);
        ObjectNode requests = root.putObject("requests");
        ArrayNode years = requests.putArray("years");
        for (int y : layout.requestYears()) {
            ObjectNode n = years.addObject().put("year", y);
            n.set("requested", count(m, layout.requested(y, false), layout.requested(y, true)));
            for (CaseStatus s : CaseStatus.values()) {
                n.set(s.name(), count(m, layout.count(y, s, false), layout.count(y, s, true)));
            }
        }
        ObjectNode total = requests.putObject("total");
        total.set("requested", count(m, layout.totalRequested(false), layout.totalRequested(true)));
        for (CaseStatus s : CaseStatus.values()) total.set(s.name(), count(m, layout.total(s, false), layout.total(s, true)));
        ArrayNode delivered = root.putArray("delivered");
        for (int y : layout.dispatchYears()) {
            ObjectNode n = delivered.addObject().put("year", y);
            n.set("delivered", count(m, layout.delivered(y, false), layout.delivered(y, true)));
            ObjectNode mean = n.putObject("meanDays");
            put(mean, "all", layout.meanDays(y, false));
            if (layout.hasSubgroup()) put(mean, "subgroup", layout.meanDays(y, true));
        }
        return root;
    }

    private ObjectNode count(ObjectMapper m, int all, int subgroup) {
        ObjectNode n = m.createObjectNode().put("all", all);
        if (atc != null) n.put("subgroup", subgroup);
        return n;
    }

    private static void put(ObjectNode n, String field, Long value) {
        if (value == null) n.putNull(field); else n.put(field, value);
    }
}
