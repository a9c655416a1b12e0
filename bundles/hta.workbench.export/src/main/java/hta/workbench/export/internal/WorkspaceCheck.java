package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What an export of every dossier of the workspace would refuse or skip, known before it starts, as
 * {@link ExportCheck} knows it for one dossier: every memo of every readable dossier made by the same exporter
 * (nothing is written), a submission whose jurisdiction has no plugin and an unreadable file said as skipped.
 * Swing-free; {@link #run} runs off the EDT.
 */
final class WorkspaceCheck {
    /** One memo of one dossier: its words ("Hemgenix · Norway · Prisnotat, public") and why it would be refused. */
    record Line(Variant variant, String name, String refusal) {
    }

    /**
     * @param lines   every memo checked, refused or not
     * @param skipped what the export would not attempt, in words
     */
    record Verdicts(List<Line> lines, List<String> skipped) {
        List<Line> chosen(Set<Variant> variants) {
            return lines.stream().filter(l -> variants.contains(l.variant())).toList();
        }
    }

    private WorkspaceCheck() {
    }

    /** Checks every dossier of {@code workspace}; stops early, with what was checked so far, when {@code stop} says so. */
    static Verdicts run(MemoExporter exporter, DossierRepository workspace, List<Jurisdiction> jurisdictions,
                        Function<String, String> withheld, BooleanSupplier stop) {
        List<Line> lines = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DossierSummary s : workspace.list()) {
            if (stop.getAsBoolean()) break;
            String name = s.brandName() != null ? s.brandName() : s.id();
            Dossier d;
            try {
                d = workspace.load(s.id());
            } catch (DossierNotFoundException | DossierFormatException e) {
                skipped.add(name + ": the dossier cannot be read now, so none of its memos is exported");
                continue;
            }
            for (Submission sub : d.submissions) {
                if (jurisdictions.stream().noneMatch(j -> j.code().equals(sub.jurisdiction))) {
                    skipped.add(name + " · jurisdiction '" + sub.jurisdiction + "': no plugin for it is installed, so its"
                            + " memos are not exported");
                }
            }
            ExportCheck.Verdicts v = ExportCheck.run(exporter, d, jurisdictions, withheld, stop);
            v.names().forEach((m, words) -> {
                if (v.refusals().containsKey(m)) lines.add(new Line(m.variant(), name + " · " + words, v.refusals().get(m)));
            });
        }
        for (LoadProblem p : workspace.problems()) {
            skipped.add(p.file().getFileName() + ": the file cannot be read (open it from the navigator to see why),"
                    + " so it is not exported");
        }
        return new Verdicts(lines, skipped);
    }
}
