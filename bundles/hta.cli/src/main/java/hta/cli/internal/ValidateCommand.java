package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.confidentiality.Coincidences;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.LoadProblem;
import hta.dossier.validation.FileValidation;
import hta.dossier.validation.Finding;
import hta.jurisdiction.SubmissionChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code hta validate FILE | --workspace DIR [--json]}: checks dossier files against the shipped JSON Schema, the
 * core rules, and the rules of each installed jurisdiction the dossier has a submission in
 * ({@link SubmissionChecks}: case references, vocabularies, process order, required fields, derived figures that
 * compute). Exit 0 when clean, 1 on any finding, 2 on a usage error. Reads only.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check dossier files against the dossier schema, the core rules (required fields,"
                + " milestone dates in order, non-negative amounts, known currencies, every figure classified) and the"
                + " structure of their confidentiality (the check that refuses a public export: unique ids, readable"
                + " formulas with known inputs …) and the rules of each installed jurisdiction (case references such as"
                + " ID2022_075, statuses, decisions and milestones from its vocabulary, milestones in its process order,"
                + " what it requires, derived figures that can be computed from their formulas); lists acknowledged"
                + " coincidences, active and lapsed.",
        footer = {"", "Exit codes: 0 no findings, 1 findings, 2 usage error."})
final class ValidateCommand implements Callable<Integer> {
    private final Services services;
    /** The dossiers of a team workspace, which has no files to read them from again. */
    private final Map<Path, hta.dossier.Dossier> loaded = new HashMap<>();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "one dossier file")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR|URL",
            description = "every dossier file of a workspace folder, or every dossier of a team workspace (postgresql://…)")
    String workspace;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    ValidateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (workspace == null)) {
            throw new ParameterException(spec.commandLine(), "give either FILE or --workspace DIR|URL");
        }
        List<FileValidation.Report> reports;
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new CommandFailure("file " + file.toAbsolutePath() + " does not exist", 2);
            reports = List.of(FileValidation.file(file, false));
        } else if (hta.dossier.repository.Workspaces.isUrl(workspace)) {
            reports = teamWorkspace(WorkspaceOption.open(services.workspaces(), workspace, false));
        } else {
            Path folder = Path.of(workspace);
            if (!Files.isDirectory(folder)) {
                throw new CommandFailure("workspace folder " + folder.toAbsolutePath() + " does not exist", 2);
            }
            reports = FileValidation.workspace(folder);
        }
        reports = reports.stream().map(this::withJurisdictionRules).toList();
        Map<Path, StructureFindings> structure = new HashMap<>();
        for (FileValidation.Report r : reports) {
            if (r.problems().isEmpty()) {
                Dossier d = loaded.containsKey(r.file()) ? loaded.get(r.file())
                        : DossierJson.read(Files.readAllBytes(r.file()));
                structure.put(r.file(), StructureFindings.of(d, r.findings(), services.jurisdictions(), services.plugins()));
            }
        }
        boolean clean = reports.stream().allMatch(r -> r.problems().isEmpty() && structure.get(r.file()).isClean());
        if (json) printJson(reports, structure, clean);
        else printText(reports, structure);
        return clean ? 0 : 1;
    }

    /** The report with the installed jurisdictions' findings added, when the file could be read. */
    private FileValidation.Report withJurisdictionRules(FileValidation.Report r) {
        if (!r.problems().isEmpty() || !Files.isRegularFile(r.file())) return r; // a team workspace's are checked as loaded
        Dossier d;
        try {
            d = DossierJson.read(Files.readAllBytes(r.file()));
        } catch (IOException | RuntimeException e) {
            return r; // read moments ago: a file changed meanwhile is reported by its next run
        }
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(SubmissionChecks.check(d, services.jurisdictions()));
        return new FileValidation.Report(r.file(), r.problems(), all);
    }

    /**
     * A team workspace has no files: every dossier is loaded (as the user may see it) and checked by the core rules
     * and the installed jurisdictions' rules.
     */
    private List<FileValidation.Report> teamWorkspace(hta.dossier.repository.DossierRepository repo) {
        List<FileValidation.Report> reports = new java.util.ArrayList<>();
        for (hta.dossier.repository.DossierSummary s : repo.list()) {
            Path name = repo.location().resolve(s.id() + ".json");
            try {
                Dossier d = repo.load(s.id());
                loaded.put(name, d);
                List<Finding> findings = new ArrayList<>(hta.dossier.validation.DossierRules.check(d));
                findings.addAll(SubmissionChecks.check(d, services.jurisdictions()));
                reports.add(new FileValidation.Report(name, List.of(), findings));
            } catch (hta.dossier.repository.DossierFormatException e) {
                reports.add(new FileValidation.Report(name, List.of(e.problem()), List.of()));
            } catch (hta.dossier.repository.DossierNotFoundException e) {
                // removed since the listing: nothing to check
            }
        }
        return reports;
    }

    private void printText(List<FileValidation.Report> reports, Map<Path, StructureFindings> structure) {
        int findings = 0;
        for (FileValidation.Report r : reports) {
            for (LoadProblem p : r.problems()) {
                services.out().println(Shown.line(r.file()) + ": " + Shown.line(p.jsonPath()) + ": " + Shown.line(p.message()) + " [unreadable]");
                findings++;
            }
            StructureFindings s = structure.get(r.file());
            if (s == null) continue;
            for (int i = 0; i < s.findings().size(); i++) {
                Finding f = s.findings().get(i);
                String page = s.pages().get(i);
                // a plugin's finding is its writer's text: one line, control characters shown escaped (round 17)
                services.out().println(Shown.line(r.file()) + ": " + Shown.line(f.jsonPath()) + (page == null ? "" : " (" + hta.dossier.EditorPages.title(page) + ")") + ": "
                        + Shown.line(f.message()) + " [" + Shown.line(f.rule()) + "]");
                findings++;
            }
            for (Coincidences.Status a : s.acknowledgements()) {
                if (a.state() == Coincidences.State.ACTIVE) services.out().println(r.file() + ": " + a);
            }
        }
        services.out().println(reports.size() + (reports.size() == 1 ? " file" : " files") + " checked, "
                + findings + (findings == 1 ? " finding" : " findings"));
    }

    private void printJson(List<FileValidation.Report> reports, Map<Path, StructureFindings> structure, boolean clean)
            throws Exception {
        ObjectMapper m = DossierJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("clean", clean);
        ArrayNode files = root.putArray("files");
        for (FileValidation.Report r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.file().toString());
            f.put("readable", r.problems().isEmpty());
            ArrayNode list = f.putArray("findings");
            for (LoadProblem p : r.problems()) {
                list.addObject().put("rule", "unreadable").put("path", p.jsonPath()).put("message", p.message());
            }
            StructureFindings s = structure.get(r.file());
            if (s == null) continue;
            for (int i = 0; i < s.findings().size(); i++) {
                Finding x = s.findings().get(i);
                ObjectNode o = list.addObject().put("rule", x.rule()).put("path", x.jsonPath());
                if (s.pages().get(i) != null) o.put("page", s.pages().get(i));
                o.put("message", x.message());
            }
            ArrayNode acks = f.putArray("acknowledgements");
            for (Coincidences.Status a : s.acknowledgements()) {
                ObjectNode o = acks.addObject().put("path", a.field()).put("state", a.state().name().toLowerCase(java.util.Locale.ROOT))
                        .put("publicItem", a.acknowledgement().publicItem)
                        .put("confidentialItem", a.acknowledgement().confidentialItem)
                        .put("author", a.acknowledgement().author).put("reason", a.acknowledgement().reason);
                if (a.acknowledgement().time != null) o.put("time", a.acknowledgement().time.toString());
            }
        }
        services.out().println(m.writeValueAsString(root));
    }
}
