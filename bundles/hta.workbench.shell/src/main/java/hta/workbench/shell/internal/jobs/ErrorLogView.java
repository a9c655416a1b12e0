package hta.workbench.shell.internal.jobs;

import hta.workbench.api.CutText;

import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * The Error Log view: every failure and warning of the workbench and its contributions, with the details of
 * the selected entry (stack trace) below and a Copy button for tickets. Used on the EDT.
 */
public final class ErrorLogView implements ViewContribution {
    public static final String ID = "hta.errorlog";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final ErrorLog log;

    public ErrorLogView(ErrorLog log) {
        this.log = log;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Error Log";
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        Model model = new Model(log.entries());
        JTable table = new JTable(model);
        table.setName("errorlog.table");
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(70);
        table.getColumnModel().getColumn(1).setMaxWidth(80);
        table.getColumnModel().getColumn(2).setPreferredWidth(160);
        table.getColumnModel().getColumn(3).setPreferredWidth(600);
        JTextArea details = new JTextArea();
        details.setEditable(false);
        table.getSelectionModel().addListSelectionListener(e -> {
            int r = table.getSelectedRow();
            if (r < 0) return;
            ErrorLog.Entry en = model.entries.get(table.convertRowIndexToModel(r));
            details.setText(en.message() + (en.details().isEmpty() ? "" : "\n\n" + en.details()));
            details.setCaretPosition(0);
        });
        JButton copy = new JButton("Copy");
        copy.addActionListener(e -> {
            details.selectAll();
            details.copy();
        });
        JButton clear = new JButton("Clear");
        clear.addActionListener(e -> log.clear());
        JPanel buttons = new JPanel(new hta.workbench.api.WrapLayout(FlowLayout.RIGHT, 4, 2));
        buttons.add(copy);
        buttons.add(clear);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(details));
        split.setResizeWeight(0.7);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(split, BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.SOUTH);
        Consumer<ErrorLog.Entry> listener = en -> {
            if (en == null) model.entries.clear();
            else model.entries.add(en);
            model.fireTableDataChanged();
        };
        log.addListener(listener);
        panel.putClientProperty(ErrorLogView.class, listener);
        return panel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void dispose(JComponent component) {
        log.removeListener((Consumer<ErrorLog.Entry>) component.getClientProperty(ErrorLogView.class));
    }

    private static final class Model extends AbstractTableModel {
        final List<ErrorLog.Entry> entries;

        Model(List<ErrorLog.Entry> entries) {
            this.entries = new java.util.ArrayList<>(entries);
        }

        public int getRowCount() {
            return entries.size();
        }

        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int c) {
            return new String[]{"Time", "Severity", "Source", "Message"}[c];
        }

        public Object getValueAt(int r, int c) {
            ErrorLog.Entry e = entries.get(r);
            switch (c) {
                case 0: return TIME.format(e.time());
                case 1: return e.severity().name().charAt(0) + e.severity().name().substring(1).toLowerCase();
                case 2: return e.source();
                default: return e.message();
            }
        }
    }
}
