package hta.workbench.editor.internal;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.WorkbenchSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JOptionPane;
import org.osgi.service.component.annotations.Component;

/**
 * Edit › Find… (Ctrl+F): finds words in the narratives of the dossier in front — every section of every
 * submission, from where the caret is, round the end — and shows them selected on the Narratives page; not found
 * is said in the status line. Case does not matter.
 */
@Component(service = CommandContribution.class)
public final class FindCommand implements CommandContribution {
    private String last = "";

    @Override
    public String id() {
        return "hta.edit.find";
    }

    @Override
    public String label() {
        return "Find in Narratives…";
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
        Object typed = JOptionPane.showInputDialog(site.window(), "Find in the narratives of "
                + name(editor.get().dossier()) + ":", "Find", JOptionPane.QUESTION_MESSAGE, null, null, last);
        if (typed == null || typed.toString().isBlank()) return;
        last = typed.toString().strip();
        find(site, editor.get(), last);
    }

    /** Shows the next place of {@code words} after the caret of the Narratives page (or from the start). */
    static void find(WorkbenchSite site, DossierEditor editor, String words) {
        List<String[]> sections = new ArrayList<>();
        for (Submission s : editor.dossier().submissions) {
            for (String section : s.sections.keySet()) sections.add(new String[]{s.jurisdiction, section});
        }
        String[] at = editor.selectedPage().filter(NarrativesPage.class::isInstance).map(NarrativesPage.class::cast)
                .map(NarrativesPage::position).orElse(null);
        int start = 0;
        int from = 0;
        for (int i = 0; at != null && i < sections.size(); i++) {
            if (sections.get(i)[0].equals(at[0]) && sections.get(i)[1].equals(at[1])) {
                start = i;
                from = Integer.parseInt(at[2]);
            }
        }
        String needle = words.toLowerCase(Locale.ROOT);
        for (int k = 0; k <= sections.size(); k++) {
            String[] s = sections.get((start + k) % sections.size());
            String text = text(editor.dossier(), s[0], s[1]).toLowerCase(Locale.ROOT);
            int found = text.indexOf(needle, k == 0 ? from : 0);
            if (found < 0) continue;
            editor.reveal(EditorPlace.narrative(s[0], s[1], found));
            // the page reveals a place once it is shown and laid out (Reveals, queued on the event thread); the words
            // are selected after that, or the reveal's caret would take the selection away again
            javax.swing.SwingUtilities.invokeLater(() -> editor.selectedPage().filter(NarrativesPage.class::isInstance)
                    .map(NarrativesPage.class::cast).ifPresent(p -> p.select(found, found + words.length())));
            return;
        }
        site.status("'" + words + "' is not in the narratives of " + name(editor.dossier()));
    }

    /** A section's text as the Narratives page holds it: paragraphs on lines of their own. */
    static String text(Dossier d, String jurisdiction, String section) {
        Narrative n = d.submission(jurisdiction).map(s -> s.sections.get(section)).orElse(null);
        if (n == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.paragraphs.size(); i++) {
            if (i > 0) sb.append('\n');
            for (TextRun r : n.paragraphs.get(i)) sb.append(r.text == null ? "" : r.text.replace('\n', ' '));
        }
        return sb.toString();
    }

    private static Optional<DossierEditor> editor(WorkbenchSite site) {
        return site.editors().activeEditor().filter(DossierEditor.class::isInstance).map(DossierEditor.class::cast);
    }

    private static String name(Dossier d) {
        return d.product != null && d.product.brandName != null ? d.product.brandName : d.id;
    }
}
