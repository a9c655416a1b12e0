package hta.cli.internal;

import hta.confidentiality.Coincidences;
import hta.confidentiality.StructuralCheck;
import hta.confidentiality.StructuralProblem;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code hta validate} adds to the core rules for one readable dossier: the structural check of its
 * confidentiality (the same one that refuses a public export), and its acknowledged coincidences, active or not.
 * A structural problem replaces a core-rule finding at the same field, so each problem is one line.
 *
 * @param findings        the core rules' findings and the structural problems, in that order
 * @param pages           the editor page of each finding (null where none), in the same order
 * @param acknowledgements every acknowledgement with its state
 */
record StructureFindings(List<Finding> findings, List<String> pages, List<Coincidences.Status> acknowledgements) {
    static StructureFindings of(Dossier d, List<Finding> core, JurisdictionRegistry registry, hta.plugins.PluginManager plugins) {
        DossierPolicies read = DossierPolicies.of(d, registry, plugins);
        var policies = read.policies();
        List<StructuralProblem> problems = StructuralCheck.check(d, policies);
        List<StructuralProblem> advice = StructuralCheck.advice(d, policies);
        Set<String> structural = new HashSet<>();
        problems.forEach(p -> structural.add(p.field()));
        List<Finding> findings = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (Finding f : core) {
            if (structural.contains(f.jsonPath())) continue;
            findings.add(f);
            pages.add(hta.dossier.EditorPages.of(d, f.jsonPath()));
        }
        for (String why : read.late()) {
            findings.add(new Finding("plugin", "$.submissions", why + "; only values the dossier marks confidential were"
                    + " checked for it"));
            pages.add(null);
        }
        for (StructuralProblem p : problems) {
            findings.add(new Finding(p.rule(), p.field(), p.message() + " (blocks the public export)"));
            pages.add(p.page());
        }
        for (StructuralProblem p : advice) {
            findings.add(new Finding(p.rule(), p.field(), p.message()));
            pages.add(p.page());
        }
        List<Coincidences.Status> acks = Coincidences.statuses(d);
        for (Coincidences.Status s : acks) {
            if (s.state() == Coincidences.State.ACTIVE) continue;
            String text = s.toString();
            findings.add(new Finding(s.state() == Coincidences.State.LAPSED ? "acknowledgement-lapsed" : "acknowledgement",
                    s.field(), text.substring(text.indexOf(": ") + 2)));
            pages.add(null);
        }
        return new StructureFindings(findings, pages, acks);
    }

    boolean isClean() {
        return findings.isEmpty();
    }
}
