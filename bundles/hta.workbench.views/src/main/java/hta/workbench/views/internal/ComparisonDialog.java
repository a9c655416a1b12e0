package hta.workbench.views.internal;

import hta.workbench.views.internal.RevisionComparison.Difference;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableRowSorter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * A revision compared with the current one, in a window of its own sized to read: one row per field that
 * differs (where, what changed, the value then and now, each whole in its tooltip), a filter over all columns,
 * and under the table the selected row's two values in full side by side, the words removed marked in the old
 * one and the words added in the new one. Escape or Close closes it. EDT only.
 */
final class ComparisonDialog extends JDialog {
    static final Color REMOVED = new Color(220, 60, 60, 90);
    static final Color ADDED = new Color(40, 170, 80, 90);
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<Difference> differences;
    private final DefaultTableModel model;
    private final JTable table;
    private final JTextPane before = pane("history.comparison.before");
    private final JTextPane after = pane("history.comparison.after");

    ComparisonDialog(Window owner, String title, String beforeName, String afterName, List<Difference> differences) {
        super(owner, title, ModalityType.MODELESS);
        this.differences = List.copyOf(differences);
        setName("history.comparison");
        model = new DefaultTableModel(new Object[]{"Where", "Change", beforeName, afterName}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        for (Difference d : differences) model.addRow(new Object[]{d.where(), d.change().word(), d.before(), d.after()});
        table = new JTable(model);
        table.setName("history.comparison.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new WholeInTooltip());
        table.getColumnModel().getColumn(0).setPreferredWidth(340);
        table.getColumnModel().getColumn(1).setPreferredWidth(70);
        table.getColumnModel().getColumn(1).setMaxWidth(90);
        table.getColumnModel().getColumn(2).setPreferredWidth(320);
        table.getColumnModel().getColumn(3).setPreferredWidth(320);
        TableRowSorter<DefaultTableModel> sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        table.getSelectionModel().addListSelectionListener(e -> showSelected());

        JTextField filter = new JTextField(24);
        filter.setName("history.comparison.filter");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                filter(sorter, filter.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                filter(sorter, filter.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                filter(sorter, filter.getText());
            }
        });
        JLabel count = new JLabel(differences.isEmpty() ? "No differences: the revisions have the same content."
                : differences.size() + (differences.size() == 1 ? " field differs." : " fields differ."));
        count.setName("history.comparison.count");
        JLabel filterLabel = new JLabel("Filter:");
        filterLabel.setDisplayedMnemonic('F');
        filterLabel.setLabelFor(filter);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
        top.add(count);
        top.add(filterLabel);
        top.add(filter);

        JPanel sides = new JPanel(new GridLayout(1, 2, 6, 0));
        sides.add(titled(beforeName + " (removed words marked)", before));
        sides.add(titled(afterName + " (added words marked)", after));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), sides);
        split.setResizeWeight(0.6);

        JButton close = new JButton("Close");
        close.setName("history.comparison.close");
        close.addActionListener(e -> dispose());
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.add(close);
        getRootPane().setDefaultButton(close);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        content.add(top, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        setContentPane(content);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        Rectangle o = owner != null ? owner.getBounds() : new Rectangle(0, 0, 1200, 800);
        setSize(new Dimension(Math.max(800, o.width * 4 / 5), Math.max(520, o.height * 4 / 5)));
        setLocationRelativeTo(owner);
        if (!differences.isEmpty()) table.setRowSelectionInterval(0, 0);
    }

    private static void filter(TableRowSorter<DefaultTableModel> sorter, String text) {
        String t = text.strip();
        sorter.setRowFilter(t.isEmpty() ? null : RowFilter.regexFilter("(?i)" + Pattern.quote(t)));
    }

    private static JTextPane pane(String name) {
        JTextPane p = new JTextPane();
        p.setName(name);
        p.setEditable(false);
        return p;
    }

    private static JComponent titled(String title, JTextPane pane) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(title), BorderLayout.NORTH);
        p.add(new JScrollPane(pane), BorderLayout.CENTER);
        return p;
    }

    private void showSelected() {
        int view = table.getSelectedRow();
        if (view < 0) {
            before.setText("");
            after.setText("");
            return;
        }
        Difference d = differences.get(table.convertRowIndexToModel(view));
        List<String> wa = words(d.before());
        List<String> wb = words(d.after());
        List<Alignment.Step> steps = Alignment.of(wa, wb);
        show(before, d.before(), steps, true);
        show(after, d.after(), steps, false);
    }

    /** The value in full, the words only it has marked (removed ones on the old side, added on the new). */
    private static void show(JTextPane pane, String text, List<Alignment.Step> steps, boolean old) {
        pane.setText(text);
        StyledDocument doc = pane.getStyledDocument();
        // the text typed in takes the attributes at the caret, which may be the last value's marks
        doc.setCharacterAttributes(0, doc.getLength(), SimpleAttributeSet.EMPTY, true);
        List<int[]> spans = spans(text);
        SimpleAttributeSet mark = new SimpleAttributeSet();
        StyleConstants.setBackground(mark, old ? REMOVED : ADDED);
        if (old) StyleConstants.setStrikeThrough(mark, true);
        for (Alignment.Step s : steps) {
            int i = old ? s.before() : s.after();
            int other = old ? s.after() : s.before();
            if (i >= 0 && other < 0) doc.setCharacterAttributes(spans.get(i)[0], spans.get(i)[1], mark, false);
        }
        pane.setCaretPosition(0);
        pane.putClientProperty("hta.marked", marked(doc, spans));
    }

    /** The words drawn marked (for tests): those whose text has a background. */
    private static List<String> marked(StyledDocument doc, List<int[]> spans) {
        List<String> words = new ArrayList<>();
        for (int[] w : spans) {
            if (doc.getCharacterElement(w[0]).getAttributes().isDefined(StyleConstants.Background)) {
                try {
                    words.add(doc.getText(w[0], w[1]));
                } catch (javax.swing.text.BadLocationException e) {
                    throw new IllegalStateException(e); // the spans are of this text
                }
            }
        }
        return words;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    /** Each word's start and length in {@code text}. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) spans.add(new int[]{m.start(), m.end() - m.start()});
        return spans;
    }

    /** Cells read whole in their tooltip; the change column in colour. */
    private static final class WholeInTooltip extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            JLabel l = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            String s = value == null ? "" : value.toString();
            l.setToolTipText(s.isEmpty() ? null : "<html><body style='width:420px'>" + escape(s) + "</body></html>");
            if (!selected && t.convertColumnIndexToModel(column) == 1) {
                l.setBackground("removed".equals(s.toLowerCase(Locale.ROOT)) ? REMOVED : "added".equals(s) ? ADDED : t.getBackground());
            } else if (!selected) {
                l.setBackground(t.getBackground());
            }
            return l;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
