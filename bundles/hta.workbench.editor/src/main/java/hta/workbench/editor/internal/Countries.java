package hta.workbench.editor.internal;

import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.WorkbenchSite;

/**
 * A jurisdiction or a language as a writer reads it in the editor: its name ("Norway", "England (NICE)",
 * "Norwegian Bokmål (nb)"), not the code the dossier file stores; a jurisdiction whose plugin is not installed is
 * said as such. EDT or any thread.
 */
final class Countries {
    private Countries() {
    }

    /** The jurisdiction's name; {@code ""} for none (a value of the whole dossier). */
    static String name(WorkbenchSite site, String code) {
        if (code == null || code.isBlank()) return "";
        return site.jurisdiction(code).map(Jurisdiction::displayName).orElse(code + " (plugin not installed)");
    }

    /** A language tag's name in English with the tag: "Norwegian Bokmål (nb)"; the tag alone when it has none. */
    static String language(String tag) {
        String name = java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.ENGLISH);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }
}
