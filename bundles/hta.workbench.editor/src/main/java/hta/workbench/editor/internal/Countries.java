package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.workbench.api.WorkbenchSite;

/**
 * A jurisdiction or a language as a writer reads it in the editor: its name ("Norway", "England (NICE)",
 * "Norwegian Bokmål (nb)"), not the code the dossier file stores; a jurisdiction whose plugin is not installed is
 * said as such. EDT or any thread.
 */
final class Countries {
    private Countries() {
    }

    /**
     * The jurisdiction's name (in a sentence: an Undo label, a formula in words); {@code ""} for none (a value of the
     * whole dossier). Without its plugin, the name known to the plugin administration or recorded in {@code d}'s
     * submission, with the code: "Germany (AMNOG) (de)".
     */
    static String name(WorkbenchSite site, Dossier d, String code) {
        if (code == null || code.isBlank()) return "";
        return site.jurisdictionName(code, recorded(d, code));
    }

    /** {@link #name} for a cell of its own: a jurisdiction without its plugin says why, "… (de) — plugin not installed". */
    static String label(WorkbenchSite site, Dossier d, String code) {
        if (code == null || code.isBlank()) return "";
        return site.jurisdictionLabel(code, recorded(d, code));
    }

    private static String recorded(Dossier d, String code) {
        return d == null ? null : d.submission(code).map(s -> s.jurisdictionName).orElse(null);
    }

    /** A language tag's name in English with the tag: "Norwegian Bokmål (nb)"; the tag alone when it has none. */
    static String language(String tag) {
        String name = java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.ENGLISH);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }
}
