package hta.workbench.editor.internal;

import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.WorkbenchSite;

/**
 * A jurisdiction as a writer reads it in a table of the editor: its name ("Norway", "England (NICE)"), not the code
 * the dossier file stores; a code whose plugin is not installed is said as such. EDT or any thread.
 */
final class Countries {
    private Countries() {
    }

    /** The jurisdiction's name; {@code ""} for none (a value of the whole dossier). */
    static String name(WorkbenchSite site, String code) {
        if (code == null || code.isBlank()) return "";
        return site.jurisdiction(code).map(Jurisdiction::displayName).orElse(code + " (plugin not installed)");
    }
}
