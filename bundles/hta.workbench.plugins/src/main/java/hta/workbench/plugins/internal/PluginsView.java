package hta.workbench.plugins.internal;

import hta.workbench.api.CutText;
import hta.workbench.api.WrapLayout;

import hta.plugins.CatalogueEntry;
import hta.plugins.Plan;
import hta.plugins.PluginEvent;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/**
 * The Plugins view for administrators: every jurisdiction plugin with its identity, signer and trust, state
 * (with the reason when it is not active) and contributions. Each action first shows what it will change (the
 * manager's dry run), then runs as a background job; the table follows the manager's events. A second tab shows
 * the catalogue of the plugin repository that ships with the product (descriptions, versions, what can be
 * installed or updated). The trust policy is the one administrators set on the Plugins preference page: under
 * "ask", a plugin that is unsigned or signed by an unknown signer is installed only after the administrator
 * agreed, with the signer named in plain words.
 */
public class PluginsView extends JPanel {
    private static final long serialVersionUID = 1L;
    static final String[] COLUMNS = {"Name", "Code", "Version", "Vendor", "Signer / trust", "State", "Contributes"};
    static final String[] CATALOGUE_COLUMNS = {"Name", "Code", "Version", "Installed", "Offer", "Description"};

    private final transient PluginManager manager;
    private final PluginRows.RowsModel<PluginInfo> model = new PluginRows.RowsModel<>(COLUMNS, PluginRows::pluginCell);
    private final JTable table = hta.workbench.api.CutText.wideTable(model);
    private final PluginRows.RowsModel<CatalogueEntry> catalogueModel = new PluginRows.RowsModel<>(CATALOGUE_COLUMNS, PluginRows::catalogueCell);
    private final JTable catalogue = hta.workbench.api.CutText.wideTable(catalogueModel);
    private final JButton catalogueAction;
    private final JLabel status = new JLabel(" ");
    private final List<JButton> actions = new ArrayList<>();
    private transient AutoCloseable subscription;
    private boolean busy;

    public PluginsView(PluginManager manager) {
        super(new BorderLayout(0, 6));
        this.manager = manager;
        setName("plugins.view");
        table.setName("plugins.table");
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.getSelectionModel().addListSelectionListener(e -> enableActions());
        int[] widths = {230, 45, 150, 110, 270, 260, 150};
        for (int i = 0; i < widths.length; i++) table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        // the code and the version are read whole (the rest shares what is left, cut cells in tooltips)
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        table.getColumnModel().getColumn(1).setMinWidth(fm.stringWidth("Code") + 20);
        table.getColumnModel().getColumn(2).setMinWidth(fm.stringWidth("0.1.0 (build 202612061234)") + 12);
        status.setName("plugins.status");
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        catalogueAction = new JButton("Install or update from the repository");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("plugins.tabs");
        tabs.addTab("Installed", installedTab());
        tabs.addTab("Plugin repository", repositoryTab());
        add(tabs, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        reload();
    }

    /** The installed plugins with the actions on them. */
    private JPanel installedTab() {
        JPanel bar = new JPanel(new WrapLayout(4, 2));
        bar.setName("plugins.bar");
        bar.add(button("Install from file…", "plugins.install", false, this::installFromFile));
        bar.add(button("Update from file…", "plugins.update", false, this::updateFromFile));
        bar.add(button("Install bundled", "plugins.installBundled", true, () -> onSelected(Plan.Action.INSTALL)));
        bar.add(button("Disable", "plugins.disable", true, () -> onSelected(Plan.Action.DISABLE)));
        bar.add(button("Enable", "plugins.enable", true, () -> onSelected(Plan.Action.ENABLE)));
        bar.add(button("Uninstall", "plugins.uninstall", true, () -> onSelected(Plan.Action.UNINSTALL)));
        bar.add(button("Restore last good", "plugins.restore", false, this::restoreLastGood));
        bar.add(button("History…", "plugins.history", false, this::showHistory));
        bar.add(button("Refresh", "plugins.refresh", false, this::reload));
        JPanel installed = new JPanel(new BorderLayout(0, 4));
        installed.add(bar, BorderLayout.NORTH);
        installed.add(new JScrollPane(table), BorderLayout.CENTER);
        return installed;
    }

    /** The offers of the plugin repository that ships with the product. */
    private JPanel repositoryTab() {
        catalogue.setName("plugins.catalogue");
        CutText.showInTooltips(catalogue);
        catalogue.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        catalogue.getSelectionModel().addListSelectionListener(e -> enableActions());
        int[] cw = {230, 45, 150, 150, 90, 420};
        for (int i = 0; i < cw.length; i++) catalogue.getColumnModel().getColumn(i).setPreferredWidth(cw[i]);
        catalogueAction.setName("plugins.catalogue.apply");
        catalogueAction.addActionListener(e -> fromRepository());
        JPanel repo = new JPanel(new BorderLayout(0, 4));
        JPanel repoBar = new JPanel(new WrapLayout(4, 2));
        repoBar.add(catalogueAction);
        repo.add(repoBar, BorderLayout.NORTH);
        repo.add(new JScrollPane(catalogue), BorderLayout.CENTER);
        return repo;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (subscription == null) {
            subscription = manager.subscribe(this::onEvent);
        }
    }

    @Override
    public void removeNotify() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // the manager went away with its bundle
            }
            subscription = null;
        }
        super.removeNotify();
    }

    /** The rows shown, in table-model order (for tests and the workbench's status line). */
    public List<PluginInfo> rows() {
        return List.copyOf(model.rows);
    }

    /** The message of the last action or event. */
    public String statusText() {
        return status.getText();
    }

    private void onEvent(PluginEvent e) {
        SwingUtilities.invokeLater(() -> {
            if (e.failure()) status.setText("Failed: " + e.message());
            reload();
        });
    }

    private JButton button(String text, String name, boolean needsSelection, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.putClientProperty("needsSelection", needsSelection);
        b.addActionListener(e -> action.run());
        actions.add(b);
        return b;
    }

    private void enableActions() {
        PluginInfo p = selected();
        for (JButton b : actions) {
            boolean needs = Boolean.TRUE.equals(b.getClientProperty("needsSelection"));
            boolean on = !busy && (!needs || p != null);
            if (on && p != null && needs) {
                boolean available = p.state() == PluginInfo.State.AVAILABLE;
                switch (b.getName()) {
                    case "plugins.installBundled" -> on = available;
                    case "plugins.disable" -> on = !available && p.state() != PluginInfo.State.DISABLED;
                    case "plugins.enable" -> on = p.state() == PluginInfo.State.DISABLED || p.state() == PluginInfo.State.FAILED;
                    case "plugins.uninstall" -> on = !available;
                    default -> { }
                }
            }
            b.setEnabled(on);
        }
        CatalogueEntry c = selectedEntry();
        catalogueAction.setEnabled(!busy && c != null
                && (c.offer() == CatalogueEntry.Offer.INSTALL || c.offer() == CatalogueEntry.Offer.UPDATE));
        catalogueAction.setText(c != null && c.offer() == CatalogueEntry.Offer.UPDATE
                ? "Update from the repository" : "Install from the repository");
    }

    private CatalogueEntry selectedEntry() {
        int row = catalogue.getSelectedRow();
        return row < 0 ? null : catalogueModel.rows.get(catalogue.convertRowIndexToModel(row));
    }

    /** The repository's offers, in table-model order (for tests). */
    public List<CatalogueEntry> catalogueRows() {
        return List.copyOf(catalogueModel.rows);
    }

    private void fromRepository() {
        CatalogueEntry c = selectedEntry();
        if (c == null) return;
        planAndRun(c.offer() == CatalogueEntry.Offer.UPDATE ? Plan.Action.UPDATE : Plan.Action.INSTALL,
                c.jar().toString());
    }

    private PluginInfo selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.rows.get(table.convertRowIndexToModel(row));
    }

    /** Reloads the table in the background; the manager reads the framework, which may be slow while it changes. */
    public void reload() {
        reload(manager::plugins, model, table, PluginInfo::code, "The plugin list could not be read: ");
        reload(manager::catalogue, catalogueModel, catalogue, CatalogueEntry::code,
                "The plugin repository could not be read: ");
    }

    /** Reads rows in the background, then shows them keeping the selected plugin (by code) selected. */
    private <T> void reload(Supplier<List<T>> read, PluginRows.RowsModel<T> rows, JTable view, Function<T, String> code,
                            String failure) {
        new SwingWorker<List<T>, Void>() {
            @Override
            protected List<T> doInBackground() {
                return read.get();
            }

            @Override
            protected void done() {
                try {
                    int row = view.getSelectedRow();
                    String was = row < 0 ? null : code.apply(rows.rows.get(view.convertRowIndexToModel(row)));
                    rows.set(get());
                    hta.workbench.api.CutText.fitColumns(view);
                    for (int i = 0; was != null && i < rows.rows.size(); i++) {
                        if (code.apply(rows.rows.get(i)).equals(was)) {
                            int shown = view.convertRowIndexToView(i);
                            view.getSelectionModel().setSelectionInterval(shown, shown);
                        }
                    }
                } catch (InterruptedException | ExecutionException e) {
                    status.setText(failure + message(e));
                }
                enableActions();
            }
        }.execute();
    }

    private void installFromFile() {
        File f = chooseJar("Install a jurisdiction plugin");
        if (f != null) planAndRun(Plan.Action.INSTALL, f.getAbsolutePath());
    }

    private void updateFromFile() {
        File f = chooseJar("Update a jurisdiction plugin");
        if (f != null) planAndRun(Plan.Action.UPDATE, f.getAbsolutePath());
    }

    private void onSelected(Plan.Action action) {
        PluginInfo p = selected();
        if (p == null) return;
        planAndRun(action, p.code()); // install: the bundled plugin of that code
    }

    private void restoreLastGood() {
        planAndRun(Plan.Action.RESTORE_LAST_GOOD, "");
    }

    /** Dry run in the background, confirmation on the event thread, then the change in the background. */
    private void planAndRun(Plan.Action action, String target) {
        setBusy(true, "Checking what " + words(action) + " would change…");
        TrustPolicy policy = manager.interactivePolicy();
        new SwingWorker<Plan, Void>() {
            @Override
            protected Plan doInBackground() {
                return manager.plan(action, target, policy);
            }

            @Override
            protected void done() {
                setBusy(false, " ");
                Plan plan;
                try {
                    plan = get();
                } catch (InterruptedException | ExecutionException e) {
                    status.setText("The dry run failed: " + message(e));
                    return;
                }
                if (!plan.possible()) {
                    status.setText("Refused: " + plan.refusal());
                    JOptionPane.showMessageDialog(PluginsView.this, plan.refusal(), "Cannot " + words(action),
                            JOptionPane.WARNING_MESSAGE);
                    return;
                }
                StringBuilder text = new StringBuilder("This will:\n");
                for (String c : plan.changes()) text.append(" • ").append(c).append('\n');
                if (plan.needsConsent()) {
                    String trust = plan.changes().isEmpty() ? "" : plan.changes().get(0).replaceFirst("^check: ", "");
                    text.append("\nTrust: ").append(trust).append('.')
                            .append("\nNo signer this installation trusts vouches for this plugin. Continue only if you"
                                    + " know where it comes from; your answer is recorded in the installation history.");
                }
                boolean warned = plan.changes().stream().anyMatch(c -> c.startsWith("warning: "));
                if (!PluginDialogs.confirm(PluginsView.this, capitalised(words(action)), text.toString(),
                        plan.needsConsent() || warned)) {
                    status.setText("Nothing was changed.");
                    return;
                }
                boolean consent = plan.needsConsent();
                runJob((capitalised(words(action)) + " " + subject(target)).strip(), () -> apply(action, target, policy, consent));
            }
        }.execute();
    }

    private String apply(Plan.Action action, String target, TrustPolicy policy, boolean consent) {
        return switch (action) {
            case INSTALL -> PluginRows.describe("Installed", java.nio.file.Files.isRegularFile(Path.of(target))
                    ? manager.install(Path.of(target), policy, v -> consent) : manager.installBundled(target));
            case UPDATE -> PluginRows.describe("Updated", manager.update(Path.of(target), policy, v -> consent));
            case UNINSTALL -> {
                manager.uninstall(target);
                yield "Uninstalled " + subject(target) + "; its dossier data stays in the workspace.";
            }
            case ENABLE -> PluginRows.describe("Enabled", manager.enable(target));
            case DISABLE -> PluginRows.describe("Disabled", manager.disable(target));
            case RESTORE_LAST_GOOD -> {
                manager.restoreLastGood();
                yield "Returned to the last known good set of plugins.";
            }
        };
    }

    /** Runs a change as a background job; the result or the refusal ends up in the status line. */
    private void runJob(String what, Supplier<String> job) {
        setBusy(true, what + "…");
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() {
                return job.get();
            }

            @Override
            protected void done() {
                setBusy(false, " ");
                try {
                    status.setText(get());
                } catch (InterruptedException | ExecutionException e) {
                    status.setText("Refused: " + message(e));
                    JOptionPane.showMessageDialog(PluginsView.this, message(e), what, JOptionPane.WARNING_MESSAGE);
                }
                reload();
            }
        }.execute();
    }

    private void showHistory() {
        new InstallationHistory(this, manager, status::setText, this::runJob).show();
    }

    private File chooseJar(String title) {
        return PluginDialogs.chooseJar(this, title, status::setText);
    }

    private void setBusy(boolean b, String text) {
        busy = b;
        status.setText(text);
        enableActions();
    }

    /** What a change acts on as a person names it: a plugin's name for its code, a file's name for its path. */
    private String subject(String target) {
        for (PluginInfo p : model.rows) if (p.code().equals(target)) return p.name();
        for (CatalogueEntry c : catalogueModel.rows) if (c.jar().toString().equals(target)) return c.name();
        return target.isEmpty() ? "" : Path.of(target).getFileName().toString();
    }

    private static String words(Plan.Action a) {
        return a.name().toLowerCase().replace('_', ' ');
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String message(Throwable e) {
        Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
