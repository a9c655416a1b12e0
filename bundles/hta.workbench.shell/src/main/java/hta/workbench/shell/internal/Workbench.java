package hta.workbench.shell.internal;

import hta.dossier.repository.DossierRepository;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.EditorContribution;
import hta.workbench.api.PerspectiveContribution;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandFinder;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.commands.KeyBindingsDialog;
import hta.workbench.shell.internal.editors.EditorManager;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.ErrorLogView;
import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.jobs.ProgressView;
import hta.workbench.shell.internal.layout.Area;
import hta.workbench.shell.internal.layout.PageLayout;
import hta.workbench.shell.internal.prefs.GeneralPreferencePage;
import hta.workbench.shell.internal.prefs.Preferences;
import hta.workbench.shell.internal.prefs.PreferencesDialog;
import hta.workbench.shell.internal.prefs.SettingsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The running workbench: owns the window, the commands, the perspectives, the editor area and the services
 * offered to contributions ({@link WorkbenchSite}). Created and used on the EDT; the {@code add…}/{@code remove…}
 * methods may be called from any thread and hop to the EDT.
 */
final class Workbench implements EditorManager.Host {
    static final List<String> TOOLBAR = List.of("hta.file.save", "hta.edit.undo", "hta.edit.redo", "-",
            "hta.perspective.authoring", "hta.perspective.review", "hta.perspective.portfolio", "-",
            "hta.help.findCommand");

    final ErrorLog log = new ErrorLog();
    final Guard guard = new Guard(log);
    final Jobs jobs = new Jobs(log);
    final CommandRegistry commands = new CommandRegistry();
    final Selection selection = new Selection();
    final Preferences prefs;
    /** The workspace shown; another one is opened through {@link #workspaces}. */
    private volatile DossierRepository repository;
    final Path dataDir;
    private final List<Jurisdiction> jurisdictions = new CopyOnWriteArrayList<>();
    private final List<Runnable> workspaceListeners = new CopyOnWriteArrayList<>();
    private final List<PreferencePage> preferencePages = new ArrayList<>();
    /** The editor contributions, most preferred first; the first makes the editors. */
    private final List<EditorContribution> editorContributions = new CopyOnWriteArrayList<>();
    private final Site site = new Site(this);
    private final PageLayout page;
    private final StatusBar status;
    private final WorkbenchWindow window;
    private final EditorManager editors;
    final Perspectives perspectives;
    final WorkspaceSwitch workspaces;

    Workbench(DossierRepository repository, hta.dossier.repository.Workspaces stores, Path dataDir, Runnable onClosed) {
        this.repository = repository;
        this.dataDir = dataDir;
        Path settings = dataDir.resolve("workbench");
        this.prefs = new Preferences(new SettingsFile(settings.resolve("preferences.properties")), log);
        this.page = new PageLayout(guard, () -> site, this::layoutChanged);
        this.perspectives = new Perspectives(page, commands, log, jobs, new SettingsFile(settings.resolve("layout.properties")),
                this::status);
        this.status = new StatusBar(page.trim(), this::showKeyBindings, () -> page.showView(ProgressView.ID));
        this.editors = new EditorManager(this, page.editorStack(), settings.resolve("recovery"));
        this.workspaces = new WorkspaceSwitch(this, stores, repository);
        workspaces.registerCommands(commands);
        BuiltInCommands.register(this);
        this.window = new WorkbenchWindow(title(repository), commands,
                this::run, page, status, TOOLBAR);
        commands.addListener(window::commandsChanged);
        jobs.addListener(() -> status.jobs(jobs.running().size()));
        perspectives.onSwitch(window::refreshEnablement);
        preferencePages.add(new GeneralPreferencePage(prefs, () -> Theme.switchTo(prefs.darkTheme()), repository.location()));
        addView(new ErrorLogView(log));
        addView(new ProgressView(jobs));
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                if (editors.closeAll()) {
                    perspectives.save();
                    window.dispose();
                }
            }

            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                editors.shutdown();
                workspaces.shutdown();
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
        perspectives.showRemembered();
        window.pack();
        window.setLocationRelativeTo(null);
    }

    // ---- EditorManager.Host ----

    @Override
    public WorkbenchWindow window() {
        return window;
    }

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
        return site;
    }

    @Override
    public Optional<EditorContribution> editorContribution() {
        return editorContributions.stream().findFirst();
    }

    @Override
    public void workspaceChanged() {
        workspaceListeners.forEach(Runnable::run);
    }

    // ---- what the site offers ----

    EditorManager editors() {
        return editors;
    }

    /** The installed jurisdictions, sorted by code. */
    List<Jurisdiction> jurisdictions() {
        List<Jurisdiction> list = new ArrayList<>(jurisdictions);
        list.sort(Comparator.comparing(Jurisdiction::code));
        return list;
    }

    Subscription onWorkspaceChange(Runnable l) {
        workspaceListeners.add(l);
        return () -> workspaceListeners.remove(l);
    }

    void status(String message) {
        status.message(message);
    }

    PageLayout page() {
        return page;
    }

    /** The window's title: the workspace's folder name, or a team workspace's database with its address. */
    private static String title(DossierRepository repo) {
        String name = String.valueOf(repo.location().getFileName());
        return "HTA Workbench — " + (hta.dossier.repository.Workspaces.isUrl(repo.address()) ? name + " (" + repo.address() + ")" : name);
    }

    /**
     * Shows another workspace (editors were closed by {@link WorkspaceSwitch}): the title, the status bar and
     * every view follow it.
     */
    void useRepository(DossierRepository repo) {
        repository = repo;
        window.setTitle(title(repo));
        status.workspace(repo.address(), repo.access());
        workspaceChanged();
        window.refreshEnablement();
    }

    /** Shows the window and offers to recover drafts left by a run that did not end cleanly. */
    void open() {
        window.setVisible(true);
        status("Workspace " + repository.location());
        status.workspace(repository.address(), repository.access());
        workspaces.startWatching(repository);
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

    void layoutChanged() {
        perspectives.changed();
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

    void info(String title, String text) {
        JOptionPane.showMessageDialog(window, text, title, JOptionPane.INFORMATION_MESSAGE);
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
            KeyStroke ks = null;
            try {
                ks = Command.keyStroke(c.keyBinding());
            } catch (IllegalArgumentException e) {
                log.warning(bundle, "command '" + c.label() + "': " + e.getMessage() + "; added without keys");
            }
            Command cmd = new Command(c.id(), c.label(), c.category(), ks, bundle,
                    () -> c.isEnabled(site), () -> c.execute(site));
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

    void addPerspective(PerspectiveContribution c, String bundle) {
        SwingUtilities.invokeLater(() -> guard.run(bundle, "adding perspective '" + c.id() + "'", () -> perspectives.add(c, bundle)));
    }

    void removePerspective(PerspectiveContribution c) {
        SwingUtilities.invokeLater(() -> perspectives.remove(c));
    }

    /** The editor contributions now, most preferred first. */
    void editorContributionsChanged(List<EditorContribution> now) {
        SwingUtilities.invokeLater(() -> {
            Optional<EditorContribution> before = editorContribution();
            editorContributions.clear();
            editorContributions.addAll(now);
            if (before.isPresent() && !before.equals(editorContribution())) editors.editorContributionGone();
        });
    }

    void jurisdictionsChanged(List<Jurisdiction> active) {
        jurisdictions.clear();
        jurisdictions.addAll(active);
        SwingUtilities.invokeLater(this::workspaceChanged);
    }
}
