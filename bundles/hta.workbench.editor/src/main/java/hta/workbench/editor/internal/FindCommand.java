package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.WorkbenchSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Edit › Find/Replace… (Ctrl+F): opens the {@link FindReplace} dialog beside the editor, with the words selected in
 * the narratives. The search itself: words in the narratives of the dossier in front — every section of every
 * submission, from where the caret is, round the end (forwards or backwards) — shown selected on the Narratives
 * page; not found is said in the status line. Case does not matter.
 */
@Component(service = CommandContribution.class)
public final class FindCommand implements CommandContribution {
    private final FindReplace dialog;

    @org.osgi.service.component.annotations.Activate
    public FindCommand(@org.osgi.service.component.annotations.Reference FindReplace dialog) {
        this.dialog = dialog;
    }

    @Override
    public String id() {
        return "hta.edit.find";
    }

    @Override
    public String label() {
        return "Find/Replace in Narratives…";
    }

    @Override
    public String category() {
        return "Edit";
    }

    @Override
    public String keyBinding() {
        return "ctrl F";
    }

    @Override
    public boolean isEnabled(WorkbenchSite site) {
        return editor(site).isPresent();
    }

    @Override
    public void execute(WorkbenchSite site) {
        Optional<DossierEditor> editor = editor(site);
        if (editor.isEmpty()) return;
        String selected = editor.get().selectedPage().filter(NarrativesPage.class::isInstance)
                .map(p -> ((NarrativesPage) p).textPane().getSelectedText()).orElse(null);
        dialog.show(site, selected != null && !selected.contains("\n") ? selected : null);
    }

    /** Every section of the dossier's submissions, in order: jurisdiction and section. */
    private static List<String[]> sections(Dossier d) {
        List<String[]> sections = new ArrayList<>();
        for (Submission s : d.submissions) {
            for (String section : s.sections.keySet()) sections.add(new String[]{s.jurisdiction, section});
        }
        return sections;
    }

    /** Which section the Narratives page shows and where its caret is (selection start or end); null when none. */
    private static int[] at(DossierEditor editor, List<String[]> sections, boolean end) {
        Optional<NarrativesPage> page = editor.selectedPage().filter(NarrativesPage.class::isInstance)
                .map(NarrativesPage.class::cast);
        String[] at = page.map(NarrativesPage::position).orElse(null);
        for (int i = 0; at != null && i < sections.size(); i++) {
            if (sections.get(i)[0].equals(at[0]) && sections.get(i)[1].equals(at[1])) {
                return new int[]{i, end ? Integer.parseInt(at[2]) : page.get().textPane().getSelectionStart()};
            }
        }
        return null;
    }

    /** Shows the next place of {@code words} after the caret of the Narratives page (or from the start). */
    static boolean find(WorkbenchSite site, DossierEditor editor, String words) {
        editor.commitPending(); // typing not yet recorded is searched too, at the offsets the page shows
        List<String[]> sections = sections(editor.dossier());
        int[] at = at(editor, sections, true);
        String needle = words.toLowerCase(Locale.ROOT);
        for (int k = 0; k <= sections.size() && !sections.isEmpty(); k++) {
            String[] s = sections.get(((at == null ? 0 : at[0]) + k) % sections.size());
            String text = text(editor.dossier(), s[0], s[1]).toLowerCase(Locale.ROOT);
            int found = text.indexOf(needle, k == 0 && at != null ? at[1] : 0);
            if (found < 0) continue;
            show(editor, s, found, words.length());
            return true;
        }
        site.status("'" + words + "' is not in the narratives of " + name(editor.dossier()));
        return false;
    }

    /** Shows the place of {@code words} before the caret (the selection's start), round the start to the end. */
    static boolean findPrevious(WorkbenchSite site, DossierEditor editor, String words) {
        editor.commitPending(); // typing not yet recorded is searched too, at the offsets the page shows
        List<String[]> sections = sections(editor.dossier());
        int[] at = at(editor, sections, false);
        String needle = words.toLowerCase(Locale.ROOT);
        int n = sections.size();
        for (int k = 0; k <= n && n > 0; k++) {
            String[] s = sections.get((((at == null ? 0 : at[0]) - k) % n + n) % n);
            String text = text(editor.dossier(), s[0], s[1]).toLowerCase(Locale.ROOT);
            int found = k == 0 && at != null ? text.lastIndexOf(needle, at[1] - 1) : text.lastIndexOf(needle);
            if (found < 0) continue;
            show(editor, s, found, words.length());
            return true;
        }
        site.status("'" + words + "' is not in the narratives of " + name(editor.dossier()));
        return false;
    }

    private static void show(DossierEditor editor, String[] section, int found, int length) {
        editor.reveal(EditorPlace.narrative(section[0], section[1], found));
        // the page reveals a place once it is shown and laid out (Reveals, queued on the event thread); the words
        // are selected after that, or the reveal's caret would take the selection away again
        javax.swing.SwingUtilities.invokeLater(() -> editor.selectedPage().filter(NarrativesPage.class::isInstance)
                .map(NarrativesPage.class::cast).ifPresent(p -> p.select(found, found + length)));
    }

    /** A section's text as the Narratives page holds it: paragraphs on lines of their own, a reference one character. */
    static String text(Dossier d, String jurisdiction, String section) {
        Narrative n = d.submission(jurisdiction).map(s -> s.sections.get(section)).orElse(null);
        return n == null ? "" : NarrativeDocument.text(n);
    }

    static Optional<DossierEditor> editor(WorkbenchSite site) {
        return site.editors().activeEditor().filter(DossierEditor.class::isInstance).map(DossierEditor.class::cast);
    }

    private static String name(Dossier d) {
        return d.product != null && d.product.brandName != null ? d.product.brandName : d.id;
    }
}
