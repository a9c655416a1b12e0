package hta.workbench.api;

import hta.dossier.Dossier;
import org.osgi.annotation.versioning.ProviderType;

/** What a contributed editor page may do with the dossier it shows; used on the event dispatch thread. */
@ProviderType
public interface EditorPageSite {
    /** The dossier being edited; read it, but change it only through {@link #execute}. */
    Dossier dossier();

    /** Applies an edit through the dossier's operation history; the editor becomes dirty. */
    void execute(DossierEdit edit);

    /** The workbench services. */
    WorkbenchSite workbench();
}
