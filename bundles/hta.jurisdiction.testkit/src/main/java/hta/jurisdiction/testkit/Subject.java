package hta.jurisdiction.testkit;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin under test as the kit sees it: its jurisdiction, a complete sample dossier (every check works on its
 * own copy), and the other jurisdictions installed beside it. Immutable; the checks are independent of each other.
 *
 * @param jurisdiction the plugin's jurisdiction, as its component would register it
 * @param sample       a dossier from which every template of the jurisdiction can be exported
 * @param others       other jurisdictions whose plugins are installed (a memo may quote them through the registry)
 */
public record Subject(Jurisdiction jurisdiction, Dossier sample, List<Jurisdiction> others) {
    public Subject {
        sample = DossierJson.copy(sample);
        others = List.copyOf(others);
    }

    public String code() {
        return jurisdiction.code();
    }

    /** A fresh copy of the sample dossier, for a check to change as it likes. */
    public Dossier dossier() {
        return DossierJson.copy(sample);
    }

    /** The registry a memo sees: this jurisdiction and the others. */
    public FixedRegistry registry() {
        List<Jurisdiction> all = new ArrayList<>(others);
        all.removeIf(j -> j.code().equals(code()));
        all.add(jurisdiction);
        return new FixedRegistry(all);
    }

    public MemoContext context() {
        return new MemoContext(registry());
    }

    /** What the app hands a template of this jurisdiction for {@code d} and {@code variant}. */
    public ProjectedView view(Dossier d, Variant variant) {
        return ProjectedView.of(d, code(), jurisdiction.confidentiality(), variant);
    }
}
