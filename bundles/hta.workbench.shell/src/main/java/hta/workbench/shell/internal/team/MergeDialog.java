package hta.workbench.shell.internal.team;

import hta.dossier.Dossier;
import hta.workbench.shell.internal.team.DossierMerge.Change;
import hta.workbench.shell.internal.team.DossierMerge.Side;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Compare/Merge…: what someone else saved next to what was changed here, field by field — the value in the
 * revision the editor is based on, yours, theirs, and who changed it — and the choice: keep mine, take theirs, or
 * merge (every field only one side changed from that side; where both changed a field differently, the side
 * chosen in the row, yours unless changed). Component names for tests: {@code merge.summary}, {@code merge.table},
 * {@code merge.keepMine}, {@code merge.takeTheirs}, {@code merge.merge}, {@code merge.cancel}. Used on the EDT.
 */
public final class MergeDialog extends JDialog {
    static final String YOURS = "Yours";
    static final String THEIRS = "Theirs";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the writer chose. */
    public enum Kind { KEEP_MINE, TAKE_THEIRS, MERGE, CANCEL }

    /** The choice, and for a merge which conflicting fields (by label) keep yours. */
    public record Choice(Kind kind, Set<String> takeMine) {
    }

    private final List<Change> changes;
    private final String[] keep;
    private JTable table;
    private Choice choice = new Choice(Kind.CANCEL, Set.of());

    private MergeDialog(Window owner, String name, long basedOn, Dossier theirs, DossierMerge merge) {
        super(owner, "Compare/Merge — " + name, ModalityType.APPLICATION_MODAL);
        setName("mergeDialog");
        this.changes = merge.changes();
        this.keep = new String[changes.size()];
        for (int i = 0; i < keep.length; i++) {
            Side s = changes.get(i).side();
            keep[i] = s == Side.THEIRS ? THEIRS : s == Side.SAME ? "Both the same" : YOURS;
        }
        JLabel summary = new JLabel(summary(basedOn, theirs, merge));
        summary.setName("merge.summary");
        summary.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        table = table();
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(900, Math.min(420, 60 + 24 * changes.size())));
        getContentPane().add(summary, BorderLayout.NORTH);
        getContentPane().add(scroll, BorderLayout.CENTER);
        getContentPane().add(buttons(merge.hasConflicts()), BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the comparison and waits for the choice. */
    public static Choice ask(Window owner, String name, long basedOn, Dossier theirs, DossierMerge merge) {
        MergeDialog d = new MergeDialog(owner, name, basedOn, theirs, merge);
        d.setVisible(true);
        return d.choice;
    }

    private static String summary(long basedOn, Dossier theirs, DossierMerge merge) {
        Map<Side, Long> n = merge.counts();
        String who = theirs.saved == null ? "Revision " + theirs.revision
                : (theirs.saved.author == null ? "someone else" : theirs.saved.author) + " saved revision " + theirs.revision
                + (theirs.saved.time == null ? "" : " at " + TIME.format(theirs.saved.time.atZone(ZoneId.systemDefault())));
        return "<html>" + escape(who.substring(0, 1).toUpperCase() + who.substring(1)) + "; your edits are based on revision "
                + basedOn + ".<br>" + n.get(Side.MINE) + " field(s) changed by you only, " + n.get(Side.THEIRS)
                + " by them only, " + n.get(Side.CONFLICT) + " by both differently (choose Yours or Theirs in the last column)"
                + (n.get(Side.SAME) > 0 ? ", " + n.get(Side.SAME) + " changed the same way by both" : "") + ".</html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private JTable table() {
        String[] columns = {"Field", "Before (revision you edited)", "Yours", "Theirs", "Changed by", "Merge keeps"};
        AbstractTableModel model = new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return changes.size();
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
            public Object getValueAt(int r, int c) {
                Change ch = changes.get(r);
                return switch (c) {
                    case 0 -> ch.label();
                    case 1 -> DossierMerge.display(ch.base());
                    case 2 -> DossierMerge.display(ch.mine());
                    case 3 -> DossierMerge.display(ch.theirs());
                    case 4 -> switch (ch.side()) {
                        case MINE -> "you";
                        case THEIRS -> "them";
                        case SAME -> "both (the same)";
                        case CONFLICT -> "both (differently)";
                    };
                    default -> keep[r];
                };
            }

            @Override
            public boolean isCellEditable(int r, int c) {
                return c == 5 && changes.get(r).side() == Side.CONFLICT;
            }

            @Override
            public void setValueAt(Object v, int r, int c) {
                if (isCellEditable(r, c) && (YOURS.equals(v) || THEIRS.equals(v))) keep[r] = (String) v;
                fireTableRowsUpdated(r, r);
            }
        };
        JTable t = new JTable(model);
        t.setName("merge.table");
        t.setRowHeight(Math.max(t.getRowHeight(), 22));
        t.getColumnModel().getColumn(5).setCellEditor(new DefaultCellEditor(new JComboBox<>(new String[]{YOURS, THEIRS})));
        t.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                           int row, int column) {
                Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
                setToolTipText(value == null ? null : value.toString());
                if (!selected && changes.get(row).side() == Side.CONFLICT) {
                    c.setBackground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor") != null
                            ? blend(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"), table.getBackground())
                            : new java.awt.Color(0xFDE2E1));
                } else if (!selected) {
                    c.setBackground(table.getBackground());
                }
                return c;
            }
        });
        int[] widths = {200, 150, 180, 180, 110, 100};
        for (int i = 0; i < widths.length; i++) t.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        return t;
    }

    private static java.awt.Color blend(java.awt.Color c, java.awt.Color bg) {
        return new java.awt.Color((c.getRed() + 3 * bg.getRed()) / 4, (c.getGreen() + 3 * bg.getGreen()) / 4,
                (c.getBlue() + 3 * bg.getBlue()) / 4);
    }

    private JPanel buttons(boolean conflicts) {
        JButton keepMine = button("Keep Mine", "merge.keepMine", () -> new Choice(Kind.KEEP_MINE, Set.of()));
        keepMine.setToolTipText("Keep your version; your next save replaces theirs");
        JButton takeTheirs = button("Take Theirs", "merge.takeTheirs", () -> new Choice(Kind.TAKE_THEIRS, Set.of()));
        takeTheirs.setToolTipText("Show their revision; your version is kept as a conflict copy in the recovery folder");
        JButton merge = button("Merge", "merge.merge", () -> new Choice(Kind.MERGE, takeMine()));
        merge.setToolTipText(conflicts ? "Their revision with your changes; where both changed a field, the side chosen in the row"
                : "Their revision with your changes (none overlap)");
        JButton cancel = button("Cancel", "merge.cancel", () -> new Choice(Kind.CANCEL, Set.of()));
        JPanel p = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        p.add(merge);
        p.add(keepMine);
        p.add(takeTheirs);
        p.add(cancel);
        getRootPane().setDefaultButton(merge);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        return p;
    }

    private JButton button(String label, String name, java.util.function.Supplier<Choice> chosen) {
        JButton b = new JButton(label);
        b.setName(name);
        b.addActionListener(e -> {
            if (table.isEditing()) table.getCellEditor().stopCellEditing();
            choice = chosen.get();
            dispose();
        });
        return b;
    }

    private Set<String> takeMine() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < keep.length; i++) {
            if (changes.get(i).side() == Side.CONFLICT && YOURS.equals(keep[i])) mine.add(changes.get(i).label());
        }
        return mine;
    }
}
