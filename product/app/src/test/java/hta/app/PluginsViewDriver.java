package hta.app;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import hta.plugins.PluginException;
import hta.plugins.PluginManager;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTable;

/**
 * Runs in its own JVM on the test's X display: shows the Plugins view (built from the hta.workbench.plugins bundle
 * with the real plugin manager, the test plugin repository as its catalogue) in a window, prints its rows,
 * disables Denmark through the view (dry-run dialog, confirmation, background job) and returns to the last known
 * good set with one action; installs from a file under the "ask" policy (the question names the signer, the
 * administrator declines) and under "refuse" set on the Plugins preference page; installs a signed plugin and
 * updates it from the plugin repository tab; then opens the real workbench and shows that a plugin hanging in
 * rendering is reported in its Error Log. Prints what it saw ({@code key=value} lines) and saves a screenshot.
 * Usage: {@code PluginsViewDriver OUT.png}.
 */
public final class PluginsViewDriver {
    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        Path plugins = Path.of(System.getProperty("hta.test.plugins"));
        try (AppRuntime app = AppRuntime.start(Map.of("hta.plugins.repository", plugins.resolve("repository").toString()))) {
            PluginManager manager = app.service(PluginManager.class);
            ClassLoader workbench = app.bundle("hta.workbench.plugins").adapt(org.osgi.framework.wiring.BundleWiring.class)
                    .getClassLoader();
            ClassLoader export = app.bundle("hta.workbench.export").adapt(org.osgi.framework.wiring.BundleWiring.class)
                    .getClassLoader();
            Class<?> api = PluginManager.class;
            Class<?> viewClass = workbench.loadClass("hta.workbench.plugins.internal.PluginsView");
            AtomicReference<JPanel> view = new AtomicReference<>();
            AtomicReference<JFrame> frame = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> {
                try {
                    view.set((JPanel) viewClass.getConstructor(api).newInstance(manager));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                JFrame f = new JFrame("Plugins");
                f.add(view.get());
                f.setSize(1200, 360);
                f.setVisible(true);
                frame.set(f);
            });
            await(() -> ((List<?>) call(view.get(), "rows")).size() >= 5, "the view lists the bundled plugins");
            JTable table = find(view.get(), JTable.class, "plugins.table");
            EventQueue.invokeAndWait(() -> {
                for (int r = 0; r < table.getRowCount(); r++) {
                    StringBuilder line = new StringBuilder("row=");
                    for (int c = 0; c < table.getColumnCount(); c++) line.append(c == 0 ? "" : "|").append(table.getValueAt(r, c));
                    System.out.println(line);
                    if ("dk".equals(table.getValueAt(r, 1))) table.getSelectionModel().setSelectionInterval(r, r);
                }
            });
            JButton disable = find(view.get(), JButton.class, "plugins.disable");
            await(disable::isEnabled, "Disable is enabled for the selected plugin");
            EventQueue.invokeLater(disable::doClick);

            AtomicReference<JOptionPane> pane = new AtomicReference<>();
            await(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog d && d.isShowing()) {
                        JOptionPane p = find(d, JOptionPane.class, null);
                        if (p != null) pane.set(p);
                    }
                }
                return pane.get() != null;
            }, "the dry-run dialog appears");
            System.out.println("dryrun=" + String.valueOf(pane.get().getMessage()).replace('\n', ' '));
            EventQueue.invokeAndWait(() -> pane.get().setValue(JOptionPane.OK_OPTION));

            JLabel status = find(view.get(), JLabel.class, "plugins.status");
            await(() -> status.getText().startsWith("Disabled"), "the background job reports its result");
            System.out.println("status=" + status.getText());
            await(() -> String.valueOf(table.getModel().getValueAt(modelRow(table, "dk"), 5)).startsWith("Disabled"),
                    "the table shows Denmark disabled");

            // one action returns to the last known good set
            EventQueue.invokeLater(find(view.get(), JButton.class, "plugins.restore")::doClick);
            System.out.println("restore=" + answer(JOptionPane.OK_OPTION));
            await(() -> status.getText().startsWith("Returned to the last known good set"), "restored");
            await(() -> String.valueOf(table.getModel().getValueAt(modelRow(table, "dk"), 5)).equals("Active"),
                    "Denmark is active again");
            System.out.println("afterRestore=" + table.getModel().getValueAt(modelRow(table, "dk"), 5));

            // policy "ask" (the default): the question names the signer; the administrator declines
            installFromFile(view.get(), plugins.resolve("untrusted-tl-1.0.0.jar"));
            System.out.println("ask=" + answer(JOptionPane.CANCEL_OPTION));
            await(() -> status.getText().equals("Nothing was changed."), "declined");

            // policy "refuse", set by an administrator on the Plugins preference page
            Class<?> pageClass = workbench.loadClass("hta.workbench.plugins.internal.PluginsPreferencePage");
            Object page = pageClass.getConstructor(api).newInstance(manager);
            EventQueue.invokeAndWait(() -> {
                JPanel form = (JPanel) call(page, "createComponent");
                find(form, javax.swing.JRadioButton.class, "prefs.plugins.refuse").doClick();
                call(page, "apply");
            });
            System.out.println("policy=" + manager.interactivePolicy());
            installFromFile(view.get(), plugins.resolve("unsigned-tl-1.0.0.jar"));
            System.out.println("refused=" + answer(JOptionPane.OK_OPTION));
            await(() -> status.getText().startsWith("Refused: "), "refused in the status line");

            // a signed plugin from a file, then its update from the plugin repository tab
            installFromFile(view.get(), plugins.resolve("tl-1.0.0.jar"));
            answer(JOptionPane.OK_OPTION);
            await(() -> status.getText().startsWith("Installed Testland tl 1.0.0"), "installed from the file");
            javax.swing.JTabbedPane tabs = find(view.get(), javax.swing.JTabbedPane.class, "plugins.tabs");
            JTable catalogue = find(view.get(), JTable.class, "plugins.catalogue");
            EventQueue.invokeAndWait(() -> tabs.setSelectedIndex(1));
            await(() -> modelRow(catalogue, "tl") >= 0 && "Update available".equals(catalogue.getModel().getValueAt(modelRow(catalogue, "tl"), 4)),
                    "the repository offers the update of tl");
            EventQueue.invokeAndWait(() -> {
                for (int r = 0; r < catalogue.getRowCount(); r++) {
                    StringBuilder line = new StringBuilder("catalogue=");
                    for (int c = 0; c < catalogue.getColumnCount(); c++) line.append(c == 0 ? "" : "|").append(catalogue.getValueAt(r, c));
                    System.out.println(line);
                }
                int r = catalogue.convertRowIndexToView(modelRow(catalogue, "tl"));
                catalogue.getSelectionModel().setSelectionInterval(r, r);
            });
            JButton fromRepository = find(view.get(), JButton.class, "plugins.catalogue.apply");
            await(() -> fromRepository.isEnabled() && fromRepository.getText().startsWith("Update"), "Update is offered");
            EventQueue.invokeLater(fromRepository::doClick);
            System.out.println("update=" + answer(JOptionPane.OK_OPTION));
            await(() -> status.getText().startsWith("Updated"), "updated from the repository");
            System.out.println("status=" + status.getText());
            await(() -> "Installed".equals(catalogue.getModel().getValueAt(modelRow(catalogue, "tl"), 4)),
                    "the catalogue shows it installed");

            // the real workbench: a plugin that hangs while rendering is reported in the Error Log
            @SuppressWarnings("unchecked")
            java.util.function.Function<String[], Integer> wb = (java.util.function.Function<String[], Integer>)
                    app.service("java.util.function.Function", "(hta.application=workbench)");
            java.util.concurrent.CompletableFuture.runAsync(() -> wb.apply(new String[0]));
            java.awt.Frame main = Ui.frame("HTA Workbench", 30_000);
            manager.install(plugins.resolve("th-1.0.0.jar"), manager.interactivePolicy(), null);
            JurisdictionRegistry registry = app.service(JurisdictionRegistry.class);
            await(() -> registry.find("th").isPresent(), "the hanging plugin is live");
            Object template = registry.find("th").orElseThrow().memoTemplates().get(0);
            java.lang.reflect.Method render = PluginsIT.method(template, "render");
            java.util.concurrent.Callable<Object> rendering = () -> render.invoke(template, null, null);
            try {
                manager.call("th", java.time.Duration.ofMillis(300), rendering);
                throw new AssertionError("the hanging call returned");
            } catch (PluginException expected) {
                System.out.println("timeout=" + rootMessage(expected));
            }
            Ui.waitFor("the Error Log view", 15_000, () -> Ui.find(main, "errorlog.table") != null);
            JTable errorLog = Ui.onEdt(() -> Ui.get(main, "errorlog.table"));
            Ui.waitFor("the Error Log reports the hanging plugin", 15_000,
                    () -> Ui.text(errorLog).contains("did not return within 300 ms"));
            System.out.println("errorlog=" + Ui.onEdt(() -> Ui.text(errorLog)).lines()
                    .filter(l -> l.contains("did not return")).findFirst().orElse(""));

            // an open editor with unsaved changes is asked to save before its jurisdiction goes away
            javax.swing.JTree tree = Ui.onEdt(() -> Ui.get(main, "navigator.tree"));
            Ui.waitFor("the navigator lists the demo dossiers", 15_000, () -> tree.getRowCount() > 0);
            Ui.openFromNavigator(tree, "Hemgenix", () -> Ui.find(main, "editor.pages") != null);
            javax.swing.JTabbedPane pages = Ui.onEdt(() -> Ui.get(main, "editor.pages"));
            Ui.run(() -> Ui.selectTab(pages, "Prices"));
            JTable prices = Ui.onEdt(() -> Ui.get(main, "prices.table"));
            int priceRow = Ui.onEdt(() -> Ui.row(prices, 0, "no-maks-aup"));
            Ui.run(() -> prices.setValueAt("43 000 000", priceRow, 4));
            javax.swing.JTabbedPane editorStack = Ui.onEdt(() -> Ui.get(main, "stack:editor"));
            Ui.waitFor("the dirty marker", 10_000, () -> Ui.tabTitles(editorStack).contains("*Hemgenix"));
            Path hemgenix = app.workspace().resolve("hemgenix.json");
            byte[] before = Files.readAllBytes(hemgenix);
            java.util.concurrent.CompletableFuture<Void> kept = java.util.concurrent.CompletableFuture.runAsync(
                    () -> manager.uninstall("no"));
            System.out.println("keep=" + answer("Cancel"));
            try {
                kept.get(30, java.util.concurrent.TimeUnit.SECONDS);
                throw new AssertionError("the uninstall went ahead");
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.println("stopped=" + rootMessage(e));
            }
            System.out.println("unchangedWhileKept=" + java.util.Arrays.equals(before, Files.readAllBytes(hemgenix)));
            java.util.concurrent.CompletableFuture<Void> saving = java.util.concurrent.CompletableFuture.runAsync(
                    () -> manager.uninstall("no"));
            answer("Save and continue");
            saving.get(60, java.util.concurrent.TimeUnit.SECONDS);
            System.out.println("savedFirst=" + Files.readString(hemgenix).contains("\"amount\" : 43000000"));
            System.out.println("noAfterSave=" + PluginsIT.info(manager, "no").state());

            // the offered bundled plugin comes back through the view's dry run; the saved dossier stays byte-identical
            byte[] saved = Files.readAllBytes(hemgenix);
            await(() -> modelRow(table, "no") >= 0 && String.valueOf(table.getModel().getValueAt(modelRow(table, "no"), 5))
                    .startsWith("Not installed"), "the view offers Norway");
            EventQueue.invokeAndWait(() -> {
                int r = table.convertRowIndexToView(modelRow(table, "no"));
                table.getSelectionModel().setSelectionInterval(r, r);
            });
            JButton installBundled = find(view.get(), JButton.class, "plugins.installBundled");
            await(installBundled::isEnabled, "Install bundled is enabled for Norway");
            EventQueue.invokeLater(installBundled::doClick);
            System.out.println("bundledDryRun=" + answer(JOptionPane.OK_OPTION));
            await(() -> status.getText().startsWith("Installed Norway 0.1.0"), "Norway is back");
            System.out.println("status=" + status.getText());
            System.out.println("byteIdentical=" + java.util.Arrays.equals(saved, Files.readAllBytes(hemgenix)));

            // the installation history, viewable in the view
            EventQueue.invokeLater(find(view.get(), JButton.class, "plugins.history")::doClick);
            AtomicReference<javax.swing.JTextArea> history = new AtomicReference<>();
            await(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog d && d.isShowing()) {
                        javax.swing.JTextArea a = find(d, javax.swing.JTextArea.class, "plugins.historyText");
                        if (a != null) history.set(a);
                    }
                }
                return history.get() != null;
            }, "the history dialog");
            String historyText = history.get().getText();
            System.out.println("historyPolicy=" + historyText.lines().filter(l -> l.contains("trust-policy")).findFirst().orElse(""));
            System.out.println("historyRepository=" + historyText.contains("from " + plugins.resolve("repository")));
            answer("Close");


            // clean unload: a plugin's view, command and key binding come with it and go with it
            manager.install(plugins.resolve("tc-1.0.0.jar"), manager.interactivePolicy(), null);
            javax.swing.KeyStroke binding = javax.swing.KeyStroke.getKeyStroke("ctrl alt shift T");
            javax.swing.JRootPane root = ((JFrame) main).getRootPane();
            Ui.waitFor("the plugin's view, command and key binding are live", 15_000, () ->
                    tabsHave(main, "Testland View") && menuHas(main, "Testland Hello")
                            && root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW).get(binding) != null);
            System.out.println("contributed=" + PluginsIT.info(manager, "tc").contributions());
            manager.uninstall("tc");
            Ui.waitFor("the plugin's view, command and key binding are gone", 15_000, () ->
                    !tabsHave(main, "Testland View") && !menuHas(main, "Testland Hello")
                            && root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW).get(binding) == null);
            System.out.println("unloaded=" + (PluginsIT.info(manager, "tc") == null && app.bundle("hta.testplugin.tc") == null));

            // the memo preview's exporter runs through the plugin manager's time limit
            manager.enable("th");
            await(() -> registry.find("th").isPresent(), "the hanging plugin is back");
            Class<?> guardedClass = export.loadClass("hta.workbench.export.internal.GuardedExporter");
            java.util.function.Supplier<PluginManager> pmSupplier = () -> manager;
            // the workbench's own wrapper (internal to hta.workbench.export), used through the exporter's interface
            MemoExporter guarded = (MemoExporter) guardedClass.getConstructor(MemoExporter.class,
                    java.util.function.Supplier.class, java.time.Duration.class)
                    .newInstance(app.service(MemoExporter.class), pmSupplier, java.time.Duration.ofMillis(300));
            Dossier dossier = app.service(Workspaces.class).defaultWorkspace().load("hemgenix");
            try {
                guarded.export(dossier, "th", null, Variant.CONFIDENTIAL);
                throw new AssertionError("the hanging export returned");
            } catch (ExportRefusedException expected) { // the guard's time limit, as the preview shows it
                System.out.println("previewTimeout=" + rootMessage(expected));
            }
            System.out.println("thAfterPreview=" + PluginsIT.info(manager, "th").state());
            EventQueue.invokeAndWait(() -> tabs.setSelectedIndex(0));
            EventQueue.invokeAndWait(() -> { });
            Rectangle bounds = frame.get().getBounds();
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(shot, "png", png.toFile());
            EventQueue.invokeAndWait(() -> frame.get().dispose());
        }
        System.exit(0);
    }

    private static int modelRow(JTable table, String code) {
        for (int r = 0; r < table.getModel().getRowCount(); r++) {
            if (code.equals(table.getModel().getValueAt(r, 1))) return r;
        }
        throw new AssertionError("no row " + code);
    }

    private static Object call(Object target, String method, Object... args) {
        try {
            return AppRuntime.call(target, method, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage();
    }

    private static boolean menuHas(java.awt.Frame f, String label) {
        javax.swing.JMenuBar bar = ((JFrame) f).getJMenuBar();
        for (int i = 0; bar != null && i < bar.getMenuCount(); i++) {
            javax.swing.JMenu m = bar.getMenu(i);
            if (m == null) continue;
            for (Component c : m.getMenuComponents()) {
                if (c instanceof javax.swing.AbstractButton b && label.equals(b.getText())) return true;
            }
        }
        return false;
    }

    private static boolean tabsHave(Container root, String title) {
        for (Component c : root.getComponents()) {
            if (c instanceof javax.swing.JTabbedPane t && Ui.tabTitles(t).contains(title)) return true;
            if (c instanceof Container child && tabsHave(child, title)) return true;
        }
        return false;
    }

    /** Clicks "Install from file…" and picks the jar in the file chooser. */
    private static void installFromFile(JPanel view, Path jar) throws Exception {
        EventQueue.invokeLater(find(view, JButton.class, "plugins.install")::doClick);
        AtomicReference<javax.swing.JFileChooser> chooser = new AtomicReference<>();
        await(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing()) {
                    javax.swing.JFileChooser c = find(d, javax.swing.JFileChooser.class, null);
                    if (c != null) chooser.set(c);
                }
            }
            return chooser.get() != null;
        }, "the file chooser appears");
        EventQueue.invokeAndWait(() -> {
            chooser.get().setSelectedFile(jar.toFile());
            chooser.get().approveSelection();
        });
    }

    /** Waits for the next option dialog, returns its text (one line) and answers it. */
    private static String answer(Object option) throws Exception {
        AtomicReference<JOptionPane> pane = new AtomicReference<>();
        await(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing()) {
                    JOptionPane p = find(d, JOptionPane.class, null);
                    if (p != null) pane.set(p);
                }
            }
            return pane.get() != null;
        }, "a dialog appears");
        String text = String.valueOf(pane.get().getMessage()).replace('\n', ' ');
        EventQueue.invokeAndWait(() -> pane.get().setValue(option));
        await(() -> !pane.get().isShowing(), "the dialog closes");
        return text;
    }

    static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) return type.cast(c);
            if (c instanceof Container child) {
                T found = find(child, type, name);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static void await(Supplier<Boolean> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            EventQueue.invokeAndWait(() -> ok.set(condition.get()));
            if (ok.get()) return;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out: " + what);
            Thread.sleep(50);
        }
    }
}
