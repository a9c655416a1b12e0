package hta.workbench.editor.internal.jurisdiction;

import hta.workbench.api.CutText;

import hta.workbench.api.Words;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPageSite;
import hta.workbench.editor.internal.Reveals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/**
 * The Milestones tab of a jurisdiction page: the milestones of the jurisdiction's process in order, with the date
 * typed as yyyy-mm-dd and shown as the country writes it, and a note. A wrong date names the milestone in the
 * page's message line and changes nothing; every change is one edit. EDT only.
 */
final class MilestonesSection {
    private final Jurisdiction j;
    private final EditorPageSite site;
    private final String code;
    private final Consumer<String> message;
    private final Model model;
    private final JTable table;
    private final JScrollPane component;

    MilestonesSection(String prefix, Jurisdiction j, EditorPageSite site, Consumer<String> message) {
        this.j = j;
        this.site = site;
        this.code = j.code();
        this.message = message;
        this.model = new Model(); // after the jurisdiction: its columns name the jurisdiction's language
        this.table = new JTable(model);
        this.component = new JScrollPane(table);
        table.setName(prefix + "milestones");
        CutText.showInTooltips(table);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setSurrendersFocusOnKeystroke(true);
        component.setBorder(BorderFactory.createTitledBorder("Milestones of the " + j.displayName() + " process"));
    }

    JComponent component() {
        return component;
    }

    void refresh(Submission s) {
        model.reload(s);
    }

    /** Selects the milestone of {@code kind} (a problem's, say) and scrolls to it; false when the process has none. */
    boolean reveal(String kind) {
        int r = model.kinds.indexOf(kind);
        if (r < 0) return false;
        table.getSelectionModel().setSelectionInterval(r, r);
        Reveals.scrollIntoView(table, table.getCellRect(r, 0, true));
        table.requestFocusInWindow();
        return true;
    }

    void commitPending() {
        AgreementsSection.stopEditing(table);
    }

    boolean hasPending() {
        return table.isEditing();
    }

    /**
     * Parses a date as yyyy-mm-dd and hands it to {@code then}; a wrong one is said (naming the field) and not
     * applied. A right one says nothing: clearing the message line is for the caller that changes something, so
     * that a field left unchanged (its focus lost, say) does not wipe what another field has just refused.
     */
    static void parseDate(String field, String text, Consumer<String> message, Consumer<LocalDate> then) {
        LocalDate date;
        try {
            date = SubmissionValues.parseDate(field, text);
        } catch (IllegalArgumentException e) {
            message.accept(e.getMessage());
            return;
        }
        then.accept(date);
    }

    /** The process's milestone kinds in order, then any other kind the submission records. */
    private final class Model extends AbstractTableModel {
        private final String[] columns = {"Milestone", "Date (yyyy-mm-dd)", "As written in " + j.nativeName(), "Note"};
        private final List<String> kinds = new ArrayList<>();
        private Submission s;

        void reload(Submission submission) {
            s = submission;
            kinds.clear();
            kinds.addAll(j.process().milestoneKinds());
            for (Milestone m : submission.milestones) {
                if (!kinds.contains(m.kind)) kinds.add(m.kind);
            }
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return kinds.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c == 1 || c == 3;
        }

        @Override
        public Object getValueAt(int r, int c) {
            String kind = kinds.get(r);
            Milestone m = s == null ? null : s.milestone(kind).orElse(null);
            switch (c) {
                case 0:
                    return j.process().milestoneKinds().contains(kind) ? Words.code(kind)
                            : Words.code(kind) + " (not in the process)";
                case 1:
                    return m == null || m.date == null ? "" : m.date.toString();
                case 2:
                    return m == null || m.date == null ? "" : j.formats().longDate(m.date);
                default:
                    return m == null || m.note == null ? "" : m.note;
            }
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            String kind = kinds.get(r);
            Milestone m = SubmissionEdit.submission(site.dossier(), code).milestone(kind).orElse(null);
            LocalDate oldDate = m == null ? null : m.date;
            String oldNote = m == null ? null : m.note;
            if (c == 1) {
                parseDate("Milestone " + Words.code(kind), String.valueOf(value), message, date -> {
                    message.accept(" ");
                    if (!Objects.equals(date, oldDate)) {
                        site.execute(SubmissionEdit.milestone(site.dossier(), code, kind, date,
                                date == null ? null : oldNote, j.process().milestoneKinds()));
                    }
                });
            } else if (c == 3) {
                String note = String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
                if (Objects.equals(note, oldNote)) return;
                if (oldDate == null) {
                    message.accept("Milestone " + Words.code(kind) + ": enter its date before a note (nothing was changed)");
                    return;
                }
                site.execute(SubmissionEdit.milestone(site.dossier(), code, kind, oldDate, note,
                        j.process().milestoneKinds()));
            }
        }
    }
}
