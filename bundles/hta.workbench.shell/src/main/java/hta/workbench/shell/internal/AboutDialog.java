package hta.workbench.shell.internal;

import hta.jurisdiction.Jurisdiction;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help › About HTA Workbench…: the product's name and version, where its workspace and data are, and the installed
 * jurisdictions in words (name, version, who signed the plugin); the framework's bundles, by symbolic name, only
 * under Installation Details… (as Eclipse keeps them), for support. EDT only.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Workbench wb) {
        JDialog d = new JDialog(wb.window(), "About HTA Workbench", true);
        d.setName("about");
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JLabel product = new JLabel("HTA Workbench");
        product.setName("about.product");
        product.setFont(product.getFont().deriveFont(Font.BOLD, product.getFont().getSize2D() * 1.6f));
        JLabel version = new JLabel(version(FrameworkUtil.getBundle(AboutDialog.class)));
        version.setName("about.version");
        JPanel head = new JPanel(new GridLayout(0, 1, 0, 2));
        head.add(product);
        head.add(version);
        head.add(new JLabel("Workspace: " + wb.repository().location()));
        head.add(new JLabel("Data folder: " + wb.dataDir));

        JTable jurisdictions = table("about.jurisdictions", new String[]{"Jurisdiction", "Version", "Signed by"},
                jurisdictionRows(wb));
        JPanel installed = new JPanel(new BorderLayout(0, 4));
        installed.add(new JLabel(jurisdictions.getRowCount() == 0 ? "No jurisdiction plugin is installed."
                : "Installed jurisdictions:"), BorderLayout.NORTH);
        installed.add(scrolled(jurisdictions, 6), BorderLayout.CENTER);

        JButton details = new JButton("Installation Details…");
        details.setName("about.details");
        details.setMnemonic('I');
        details.addActionListener(e -> details(d));
        JButton close = new JButton("Close");
        close.setName("about.close");
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(details);
        buttons.add(close);

        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 6, 14));
        content.add(head, BorderLayout.NORTH);
        content.add(installed, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(content);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(wb.window());
        d.setVisible(true);
    }

    /**
     * "Version 0.1.0 (build 202612061200)": the release and, where the build stamped one, its qualifier — worded by
     * {@link hta.workbench.api.Words#version}, as the jurisdictions below and the Plugins view word theirs.
     */
    static String version(Bundle b) {
        return b == null ? "Version unknown" : "Version " + hta.workbench.api.Words.version(b.getVersion().toString());
    }

    /** One row per installed jurisdiction: its name, its plugin's version and build, who signed it (as the plugin manager says). */
    private static Object[][] jurisdictionRows(Workbench wb) {
        List<Object[]> rows = new ArrayList<>();
        for (Jurisdiction j : wb.jurisdictions()) {
            Bundle b = FrameworkUtil.getBundle(j.getClass());
            // the bundle's version with its build, worded as the Plugins view words it (About said "0.1.0" there)
            String version = b == null ? "" : hta.workbench.api.Words.version(b.getVersion().toString());
            rows.add(new Object[]{j.displayName() + " (" + j.code() + ")", version,
                    wb.missing().signer(j.code()).orElse("not known")});
        }
        return rows.toArray(Object[][]::new);
    }

    /** Installation Details: every bundle of the framework, for support — its name, symbolic name, version, state. */
    private static void details(JDialog owner) {
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        List<Object[]> rows = new ArrayList<>();
        if (self != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                String name = b.getHeaders().get(org.osgi.framework.Constants.BUNDLE_NAME);
                rows.add(new Object[]{name == null ? "" : name, b.getSymbolicName(), b.getVersion().toString(), state(b)});
            }
        }
        JDialog d = new JDialog(owner, "Installation Details", true);
        d.setName("about.installation");
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JTable bundles = table("about.bundles", new String[]{"Bundle", "Symbolic name", "Version", "State"},
                rows.toArray(Object[][]::new));
        JButton close = new JButton("Close");
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(close);
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
        content.add(new JLabel(rows.size() + " bundles in this installation:"), BorderLayout.NORTH);
        content.add(scrolled(bundles, 20), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(content);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }

    /** A bundle's state as words ("Active", "Installed, not started"), not the framework's number. */
    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            case Bundle.RESOLVED -> b.getHeaders().get(org.osgi.framework.Constants.FRAGMENT_HOST) != null
                    ? "Fragment" : "Installed, not started";
            case Bundle.INSTALLED -> "Installed, cannot start";
            default -> "Uninstalled";
        };
    }

    private static JTable table(String name, String[] columns, Object[][] rows) {
        JTable t = new JTable(new DefaultTableModel(rows, columns) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        });
        t.setName(name);
        t.setAutoCreateRowSorter(true);
        t.setFillsViewportHeight(true);
        return t;
    }

    /** The table in a scroll pane as wide as its columns' contents (a signer was cut), within reason. */
    private static JScrollPane scrolled(JTable t, int visibleRows) {
        hta.workbench.api.CutText.fitColumns(t);
        int wide = 4;
        for (int c = 0; c < t.getColumnCount(); c++) wide += t.getColumnModel().getColumn(c).getPreferredWidth();
        t.setPreferredScrollableViewportSize(new java.awt.Dimension(Math.max(560, Math.min(1000, wide)),
                t.getRowHeight() * Math.max(3, Math.min(visibleRows, t.getRowCount()))));
        return new JScrollPane(t);
    }
}
