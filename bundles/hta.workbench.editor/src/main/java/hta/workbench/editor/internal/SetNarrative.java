package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.workbench.api.DossierEdit;
import java.util.Map;

/**
 * Replaces one section's narrative (typing, a span marked confidential, a reference inserted) as one undoable edit;
 * both states are kept as copies. Swing-free.
 */
final class SetNarrative implements DossierEdit {
    private final String label;
    private final String jurisdiction;
    private final String section;
    private final Narrative before;
    private final Narrative after;

    /** @param before the narrative as it was, or null when the section had none */
    SetNarrative(String label, String jurisdiction, String section, Narrative before, Narrative after) {
        this.label = label;
        this.jurisdiction = jurisdiction;
        this.section = section;
        this.before = before == null ? null : NarrativeDocument.copy(before);
        this.after = NarrativeDocument.copy(after);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Dossier d) {
        set(d, after);
    }

    @Override
    public void revert(Dossier d) {
        set(d, before);
    }

    private void set(Dossier d, Narrative n) {
        Map<String, Narrative> s = d.submission(jurisdiction).orElseThrow().sections;
        if (n == null) s.remove(section);
        else s.put(section, NarrativeDocument.copy(n));
    }
}
