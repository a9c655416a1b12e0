package hta.workbench.shell.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.BackgroundTask;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.editors.EditorManager;
import hta.workbench.shell.internal.layout.Area;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandFinder;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.ErrorLogView;
import hta.workbench.shell.internal.prefs.GeneralPreferencePage;
import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.commands.KeyBindingsDialog;
import hta.workbench.shell.internal.layout.LayoutState;
import hta.workbench.shell.internal.layout.PageLayout;
import hta.workbench.shell.internal.layout.Perspective;
import hta.workbench.shell.internal.prefs.Preferences;
import hta.workbench.shell.internal.prefs.PreferencesDialog;
import hta.workbench.shell.internal.jobs.ProgressView;
import hta.workbench.shell.internal.Selection;
import hta.workbench.shell.internal.prefs.SettingsFile;
import hta.workbench.shell.internal.StatusBar;
import hta.workbench.shell.internal.WorkbenchWindow;
import hta.workbench.views.internal.ViewContext;
import hta.workbench.api.EditorPageContribution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * The running workbench: owns the window, the commands, the layout and the services offered to contributions
 * ({@link WorkbenchSite}). Created and used on the EDT; the {@code add…}/{@code remove…} methods may be called
 * from any thread and hop to the EDT.
 */
public final class Workbench implements WorkbenchSite, EditorManager.Host, ViewContext {
    static final List<String> TOOLBAR = List.of("hta.file.save", "hta.edit.undo", "hta.edit.redo", "-",
            "hta.perspective.authoring", "hta.perspective.review", "hta.perspective.portfolio", "-",
            "hta.help.findCommand");

    final ErrorLog log = new ErrorLog();
    final Guard guard = new Guard(log);
    final Jobs jobs = new Jobs(log);
    final CommandRegistry commands = new CommandRegistry();
    final Selection selection = new Selection();
    final Preferences prefs;
    final DossierRepository repository;
    final Path dataDir;
    final List<Jurisdiction> jurisdictions = new CopyOnWriteArrayList<>();
    final List<Runnable> jurisdictionListeners = new CopyOnWriteArrayList<>();
    final List<PreferencePage> preferencePages = new ArrayList<>();
    final List<EditorPageContribution> editorPages = new CopyOnWriteArrayList<>();
    private final SettingsFile layoutFile;
    private Properties layoutProps;
    private final PageLayout page;
    private final StatusBar status;
    private final WorkbenchWindow window;
    private final EditorManager editors;
    private Perspective perspective;
    /** The workbench's perspectives, then those contributed by bundles. */
    final List<Perspective> perspectives = new ArrayList<>(Perspective.builtIn());
    private final java.util.Map<hta.workbench.api.PerspectiveContribution, Perspective> contributedPerspectives =
            new java.util.HashMap<>();

    Workbench(DossierRepository repository, Path dataDir, Runnable onClosed) {
        this.repository = repository;
        this.dataDir = dataDir;
        Path settings = dataDir.resolve("workbench");
        this.prefs = new Preferences(new SettingsFile(settings.resolve("preferences.properties")), log);
        this.layoutFile = new SettingsFile(settings.resolve("layout.properties"));
        try {
            layoutProps = layoutFile.read();
        } catch (IOException e) {
            log.error(Command.WORKBENCH, "the remembered layout could not be read; perspectives start as designed", e);
            layoutProps = new Properties();
        }
        this.page = new PageLayout(guard, () -> this, this::layoutChanged);
        updatePlacedViews();
        this.status = new StatusBar(page.trim(), this::showKeyBindings, () -> page.showView(ProgressView.ID));
        this.editors = new EditorManager(this, page.editorStack(), settings.resolve("recovery"));
        BuiltInCommands.register(this);
        this.window = new WorkbenchWindow("HTA Workbench — " + repository.location().getFileName(), commands,
                this::run, page, status, TOOLBAR);
        commands.addListener(window::commandsChanged);
        jobs.addListener(() -> status.jobs(jobs.running().size()));
        preferencePages.add(new GeneralPreferencePage(prefs, () -> Theme.switchTo(prefs.darkTheme()), repository.location()));
        BuiltInViews.register(this);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                if (editors.closeAll()) {
                    saveLayout();
                    window.dispose();
                }
            }

            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                editors.shutdown();
                page.disposeAll();
                // waiting for the last short jobs must not block the event dispatch thread
                Thread t = new Thread(() -> {
                    jobs.shutdown();
                    onClosed.run();
                }, "hta-workbench-shutdown");
                t.setDaemon(true);
                t.start();
            }
        });
        String stored = layoutProps.getProperty("perspective", "authoring");
        switchPerspective(perspectives.stream().filter(p -> p.id().equals(stored)).findFirst()
                .orElse(perspectives.get(0)));
        window.pack();
        window.setLocationRelativeTo(null);
    }

    @Override
    public WorkbenchWindow window() {
        return window;
    }

    // ---- EditorManager.Host and ViewContext ----

    @Override
    public DossierRepository repository() {
        return repository;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public Guard guard() {
        return guard;
    }

    @Override
    public Preferences preferences() {
        return prefs;
    }

    @Override
    public WorkbenchSite site() {
        return this;
    }

    @Override
    public List<EditorPageContribution> editorPages() {
        return editorPages;
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        List<Jurisdiction> list = new ArrayList<>(jurisdictions);
        list.sort(java.util.Comparator.comparing(Jurisdiction::code));
        return list;
    }

    @Override
    public void workspaceChanged() {
        jurisdictionListeners.forEach(Runnable::run);
    }

    @Override
    public String author() {
        return prefs.author();
    }

    @Override
    public Selection selection() {
        return selection;
    }

    @Override
    public void addWorkspaceListener(Runnable l) {
        jurisdictionListeners.add(l);
    }

    @Override
    public void removeWorkspaceListener(Runnable l) {
        jurisdictionListeners.remove(l);
    }

    PageLayout page() {
        return page;
    }

    @Override
    public EditorManager editors() {
        return editors;
    }

    Perspective perspective() {
        return perspective;
    }

    /** Shows the window and offers to recover drafts left by a run that did not end cleanly. */
    void open() {
        window.setVisible(true);
        status("Workspace " + repository.location());
        SwingUtilities.invokeLater(editors::offerRecovery);
    }

    /** Runs a command if it is enabled; a failure goes to the Error Log. */
    void run(Command c) {
        if (!c.isEnabled()) {
            status("'" + c.label() + "' is not available now");
            return;
        }
        guard.run(c.source(), "command '" + c.label() + "'", c.handler());
        window.refreshEnablement();
    }

    void switchPerspective(Perspective p) {
        if (perspective != null && page.state() != null) {
            page.captureDividers();
            page.state().write(layoutProps);
        }
        perspective = p;
        page.apply(LayoutState.read(p, layoutProps));
        layoutProps.setProperty("perspective", p.id());
        if (window != null) {
            layoutChanged();
            window.refreshEnablement();
            status("Perspective: " + p.label());
        }
    }

    void resetPerspective() {
        page.apply(LayoutState.of(perspective));
        layoutChanged();
    }

    /** Remembers the current layout and writes it to the data directory off the EDT. */
    void layoutChanged() {
        if (page.state() != null) page.state().write(layoutProps);
        Properties copy = new Properties();
        copy.putAll(layoutProps);
        jobs.schedule("Remembering the layout", m -> {
            try {
                layoutFile.write(copy);
            } catch (IOException e) {
                log.error(Command.WORKBENCH, "the layout could not be saved to " + layoutFile.path(), e);
            }
        }, null);
    }

    /** Writes the layout of the current perspective, with the split sizes as they are now. */
    void saveLayout() {
        page.captureDividers();
        layoutChanged();
    }

    void findCommand() {
        new CommandFinder(window, commands, this::run).setVisible(true);
    }

    void showKeyBindings() {
        new KeyBindingsDialog(window, commands).setVisible(true);
    }

    void showPreferences() {
        new PreferencesDialog(window, List.copyOf(preferencePages), guard).setVisible(true);
    }

    void maximiseFocused() {
        Area a = page.focusedArea();
        page.toggleMaximise(a != null ? a : Area.EDITOR);
    }

    void minimiseFocused() {
        Area a = page.focusedArea();
        if (a != null) page.minimise(a);
    }

    // ---- contributions (any thread) ----

    void addView(ViewContribution v) {
        SwingUtilities.invokeLater(() -> {
            page.addContribution(v);
            String id = "hta.showView." + v.id();
            if (commands.find(id).isEmpty()) {
                commands.add(new Command(id, v.title(), "Show View", null, Command.WORKBENCH, null,
                        () -> page.showView(v.id())));
            }
        });
    }

    void removeView(ViewContribution v) {
        SwingUtilities.invokeLater(() -> {
            page.removeContribution(v.id());
            commands.remove("hta.showView." + v.id());
        });
    }

    void addCommand(CommandContribution c, String bundle) {
        SwingUtilities.invokeLater(() -> guard.run(bundle, "adding command '" + c.id() + "'", () -> {
            javax.swing.KeyStroke ks = null;
            try {
                ks = Command.keyStroke(c.keyBinding());
            } catch (IllegalArgumentException e) {
                log.warning(bundle, "command '" + c.label() + "': " + e.getMessage() + "; added without keys");
            }
            Command cmd = new Command(c.id(), c.label(), c.category(), ks, bundle,
                    () -> c.isEnabled(this), () -> c.execute(this));
            int before = commands.conflicts().size();
            commands.add(cmd);
            commands.conflicts().stream().skip(before).forEach(conflict ->
                    log.warning(bundle, "key-binding conflict: " + conflict.describe()));
            commands.conflicts().stream().filter(k -> k.commands().contains(cmd)).findFirst().ifPresent(k ->
                    status("⚠ " + k.describe()));
        }));
    }

    void removeCommand(CommandContribution c) {
        SwingUtilities.invokeLater(() -> commands.find(c.id()).filter(x -> !Command.WORKBENCH.equals(x.source()))
                .ifPresent(x -> commands.remove(x.id())));
    }

    void addPreferencePage(PreferencePage p) {
        SwingUtilities.invokeLater(() -> preferencePages.add(p));
    }

    void removePreferencePage(PreferencePage p) {
        SwingUtilities.invokeLater(() -> preferencePages.remove(p));
    }

    /** Views some perspective places open only where a perspective puts them (or through Show View). */
    private void updatePlacedViews() {
        java.util.Set<String> placed = new java.util.HashSet<>();
        perspectives.forEach(p -> p.views().values().forEach(placed::addAll));
        page.setPerspectiveViews(placed);
    }

    void addPerspective(hta.workbench.api.PerspectiveContribution c, String bundle) {
        SwingUtilities.invokeLater(() -> guard.run(bundle, "adding perspective '" + c.id() + "'", () -> {
            String id = c.id();
            if (id == null || id.isBlank() || perspectives.stream().anyMatch(p -> p.id().equals(id))) {
                log.warning(bundle, "perspective '" + id + "' not added: its id is empty or already taken");
                return;
            }
            java.util.Map<Area, List<String>> views = new java.util.EnumMap<>(Area.class);
            c.views().forEach((key, ids) -> {
                Area a = Area.of(key);
                if (!a.key().equals(key)) {
                    log.warning(bundle, "perspective '" + c.label() + "': area '" + key + "' is not left, right or bottom;"
                            + " its views go to the bottom area");
                }
                views.computeIfAbsent(a, x -> new ArrayList<>()).addAll(ids);
            });
            Perspective p = new Perspective(id, c.label(), views, Perspective.builtIn().get(0).dividers());
            contributedPerspectives.put(c, p);
            perspectives.add(p);
            updatePlacedViews();
            commands.add(new Command("hta.perspective." + id, c.label(), "Perspective", null, bundle,
                    () -> perspective != p, () -> switchPerspective(p)));
        }));
    }

    void removePerspective(hta.workbench.api.PerspectiveContribution c) {
        SwingUtilities.invokeLater(() -> {
            Perspective p = contributedPerspectives.remove(c);
            if (p == null) return;
            perspectives.remove(p);
            commands.remove("hta.perspective." + p.id());
            if (perspective == p) switchPerspective(perspectives.get(0));
            updatePlacedViews();
        });
    }

    void addEditorPage(EditorPageContribution p) {
        SwingUtilities.invokeLater(() -> {
            editorPages.add(p);
            editors.editorPagesChanged();
        });
    }

    void removeEditorPage(EditorPageContribution p) {
        SwingUtilities.invokeLater(() -> {
            editorPages.remove(p);
            editors.editorPagesChanged();
        });
    }

    void jurisdictionsChanged(List<Jurisdiction> active) {
        jurisdictions.clear();
        jurisdictions.addAll(active);
        SwingUtilities.invokeLater(() -> jurisdictionListeners.forEach(Runnable::run));
    }

    volatile hta.export.pdf.MemoExporter exporter;
    volatile hta.jurisdiction.JurisdictionRegistry registry;

    boolean canExport() {
        return exporter != null && registry != null;
    }

    /** File › Export Memos…: the wizard, then a background job in the Progress view (with Cancel). */
    void exportMemos() {
        if (!canExport()) {
            status("Export needs the PDF exporter, which is not running");
            return;
        }
        Dossier active = editors.activeDossierCopy().orElse(null);
        new hta.workbench.export.internal.ExportWizard(window, active, jurisdictions(), dataDir.resolve("exports"),
                this::runExport).setVisible(true);
    }

    private void runExport(hta.workbench.export.internal.MemoExport x) {
        hta.export.pdf.MemoExporter e = exporter;
        hta.jurisdiction.JurisdictionRegistry r = registry;
        String what = x.dossier() == null ? "every dossier" : x.dossier().product.brandName;
        jobs.schedule("Exporting memos of " + what, m -> {
            hta.workbench.export.internal.MemoExport.Outcome o = x.run(e, r, repository, m);
            SwingUtilities.invokeLater(() -> showExportOutcome(x, o));
        }, null);
    }

    private void showExportOutcome(hta.workbench.export.internal.MemoExport x,
                                   hta.workbench.export.internal.MemoExport.Outcome o) {
        status(o.summary().lines().findFirst().orElse(""));
        if (!o.refused().isEmpty()) log.warning(Command.WORKBENCH, "export to " + x.folder() + ": " + o.summary());
        javax.swing.JDialog d = new javax.swing.JDialog(window, o.cancelled() ? "Export cancelled" : "Export finished");
        d.setName("exportResult");
        javax.swing.JTextArea text = new javax.swing.JTextArea(o.summary() + "\nFolder: " + x.folder());
        text.setName("export.result");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setRows(Math.min(14, 3 + o.refused().size() * 2));
        text.setColumns(70);
        javax.swing.JButton close = new javax.swing.JButton("Close");
        close.addActionListener(ev -> d.dispose());
        javax.swing.JPanel south = new javax.swing.JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT));
        south.add(close);
        d.getContentPane().add(new javax.swing.JScrollPane(text), java.awt.BorderLayout.CENTER);
        d.getContentPane().add(south, java.awt.BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(close);
        d.pack();
        d.setLocationRelativeTo(window);
        d.setVisible(true);
    }

    // ---- WorkbenchSite ----

    @Override
    public Optional<Dossier> activeDossier() {
        return editors.activeDossierCopy();
    }

    @Override
    public void log(String source, String message, Throwable error) {
        if (error == null) log.warning(source, message);
        else log.error(source, message, error);
    }

    @Override
    public void schedule(String name, BackgroundTask task) {
        jobs.schedule(name, task, null);
    }

    @Override
    public void status(String message) {
        if (SwingUtilities.isEventDispatchThread()) status.message(message);
        else SwingUtilities.invokeLater(() -> status.message(message));
    }

    void info(String title, String text) {
        JOptionPane.showMessageDialog(window, text, title, JOptionPane.INFORMATION_MESSAGE);
    }
}
