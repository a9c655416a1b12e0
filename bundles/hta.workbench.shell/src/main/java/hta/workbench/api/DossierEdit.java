package hta.workbench.api;

import hta.dossier.Dossier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One undoable change to a dossier, applied through the dossier's operation history so that Undo (Ctrl+Z) and
 * Redo (Ctrl+Y) cover contributed pages too. Knows nothing of Swing.
 */
@ConsumerType
public interface DossierEdit {
    /** What the Edit menu shows, e.g. {@code Change case reference}. */
    String label();

    /** Makes the change. */
    void apply(Dossier dossier);

    /** Takes it back exactly. */
    void revert(Dossier dossier);
}
