package hta.workbench.shell.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorContribution;
import hta.workbench.api.JurisdictionStatus;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.Subscription;
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
import javax.swing.SwingUtilities;

/**
 * The running workbench: owns the window, the commands, the perspectives, the editor area and the services
 * offered to contributions ({@link WorkbenchSite}); views, commands, preference pages and perspectives come and go
 * through {@link Contributions}. Created and used on the EDT; the methods told of contributions and jurisdictions
 * may be called from any thread and hop to the EDT.
 */
final class Workbench implements EditorManager.Host {
    static final List<String> TOOLBAR = List.of("hta.file.save", "hta.edit.undo", "hta.edit.redo", "-",
            "hta.perspective.authoring", "hta.perspective.review", "hta.perspective.portfolio", "-",
            "hta.help.findCommand");

    final ErrorLog log = new ErrorLog();
    final Guard guard = new Guard(log);
    private final MissingJurisdictions missing = new MissingJurisdictions(guard);
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
    private final Session session;
    private volatile List<DossierSummary> dossiers = List.of();
    private final SettingsFile keysFile;
    private final RecentDossiers recent;
    final WorkspaceSwitch workspaces;
    /** Views, commands, preference pages and perspectives arriving and leaving as their bundles do. */
    final Contributions contributions;

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
        this.session = new Session(new SettingsFile(settings.resolve("session.properties")), log);
        this.keysFile = new SettingsFile(settings.resolve("keys.properties"));
        this.recent = new RecentDossiers(commands, session.recent(), id -> editors.open(id, null), this::dossierName);
        page.setEditorTabs(editors);
        this.workspaces = new WorkspaceSwitch(this, stores, repository);
        workspaces.registerCommands(commands);
        BuiltInCommands.register(this);
        page.setWelcome(new Welcome(commands, this::run));
        try {
            commands.setUserKeys(keysFile.read());
        } catch (java.io.IOException e) {
            log.error(Command.WORKBENCH, "the key bindings you chose could not be read; the commands' own keys are used", e);
        }
        this.contributions = new Contributions(page, commands, guard, perspectives, preferencePages, site, this::status);
        this.window = new WorkbenchWindow(title(repository), commands,
                this::run, page, status, TOOLBAR);
        commands.addListener(window::commandsChanged);
        // Save, Undo and Redo follow every edit, save and switch of editor, not only the commands run from the window
        editors.onChange(window::refreshEnablement);
        editors.onChange(() -> editors.activeDossierId().ifPresent(recent::opened));
        selection.listen(window::refreshEnablement);
        Runnable stopFollowing = ActiveEditorSelection.install(page, editors, selection, this::dossierName);
        jobs.addListener(() -> status.jobs(jobs.running().size()));
        perspectives.onSwitch(window::refreshEnablement);
        preferencePages.add(new GeneralPreferencePage(prefs, () -> Theme.switchTo(prefs.darkTheme()), repository.location()));
        contributions.addView(new ErrorLogView(log));
        contributions.addView(new ProgressView(jobs));
        window.addWindowListener(closing(() -> {
            stopFollowing.run();
            onClosed.run();
        }));
        perspectives.showRemembered();
        window.pack();
        window.setLocationRelativeTo(null);
        session.placeWindow(window);
    }

    /**
     * Closing the window: unsaved editors are asked about first; the session and the layout are remembered; then
     * the views and editors are disposed and the last short jobs finish off the EDT.
     */
    private java.awt.event.WindowListener closing(Runnable onClosed) {
        return new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                if (editors.closeAll()) {
                    session.remember(window, editors.openDossierIds(), editors.activeDossierId().orElse(null),
                            editors.shownPages(), recent.ids(), jobs);
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
        };
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

    String whyMissing(String code) {
        return missing.whyMissing(code);
    }

    /** Names of and remedies for jurisdictions whose plugin is missing. */
    MissingJurisdictions missing() {
        return missing;
    }

    /** The jurisdiction statuses now (any thread); the views are told, as for a change of jurisdictions. */
    void statusesChanged(List<JurisdictionStatus> now) {
        missing.set(now);
        SwingUtilities.invokeLater(this::workspaceChanged);
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

    /**
     * Shows the window, opens the editors that were open when it was last closed (a dossier gone since is left
     * out), and offers to recover drafts left by a run that did not end cleanly.
     */
    void open() {
        reportUncaughtFailures();
        window.setVisible(true);
        status("Workspace " + repository.location());
        status.workspace(repository.address(), repository.access());
        workspaces.startWatching(repository);
        editors.reopen(session.editors(), session.activeEditor(), session.pages());
        readDossiers();
        workspaceListeners.add(this::readDossiers);
        SwingUtilities.invokeLater(editors::offerRecovery);
    }

    /**
     * A failure no guard caught on the event thread (Swing goes on dispatching after it) goes to the Error Log, not
     * only to a console the writer does not see; it is still printed there as before. Called on the EDT.
     */
    private void reportUncaughtFailures() {
        Thread edt = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = edt.getUncaughtExceptionHandler();
        edt.setUncaughtExceptionHandler((t, e) -> {
            log.error(Command.WORKBENCH, "an unexpected failure in the window (the workbench goes on)", e);
            before.uncaughtException(t, e);
        });
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

    /** File › Open Dossier…: the workspace's dossiers, found by typing part of a name, an INN or a country code. */
    void openDossier() {
        new CommandFinder(window, "Open Dossier", new FinderItems(this)::dossiers).setVisible(true);
    }

    void findCommand() {
        new CommandFinder(window, new FinderItems(this)::all).setVisible(true);
    }

    void showKeyBindings() {
        new KeyBindingsDialog(window, commands, this::rememberKeys).setVisible(true);
    }

    /** Writes the writer's own key bindings to {@code <data dir>/workbench/keys.properties}, off the EDT. */
    private void rememberKeys() {
        java.util.Properties p = commands.userKeys();
        jobs.schedule("Remembering the key bindings", m -> keysFile.write(p), null);
    }

    void showPreferences() {
        showPreferences(null);
    }

    /** File › Preferences…, at the page titled {@code page} (the first when null). */
    void showPreferences(String page) {
        new PreferencesDialog(window, List.copyOf(preferencePages), guard, page).setVisible(true);
    }

    List<PreferencePage> preferencePages() {
        return List.copyOf(preferencePages);
    }

    /** A dossier's brand name as an open editor or the last reading of the workspace knows it, else its id. */
    String dossierName(String id) {
        return editors.part(id).map(p -> p.dossier().product).filter(p -> p != null && p.brandName != null)
                .map(p -> p.brandName).orElseGet(() -> dossiers.stream().filter(d -> d.id().equals(id))
                        .map(d -> d.brandName() != null ? d.brandName() : id).findFirst().orElse(id));
    }

    /** The workspace's dossiers as last read (for the command finder); read again when the workspace changes. */
    List<DossierSummary> dossiers() {
        return dossiers;
    }

    private void readDossiers() {
        jobs.schedule("Reading the workspace's dossiers", m -> dossiers = List.copyOf(repository.list()), null);
    }

    /** Ctrl+M: maximises the area with the focus, or restores the one maximised (wherever the focus went). */
    void maximiseFocused() {
        Area a = page.maximised() != null ? page.maximised() : page.focusedArea();
        page.toggleMaximise(a != null ? a : Area.EDITOR);
    }

    void minimiseFocused() {
        Area a = page.focusedArea();
        if (a != null) page.minimise(a);
    }

    void info(String title, String text) {
        JOptionPane.showMessageDialog(window, text, title, JOptionPane.INFORMATION_MESSAGE);
    }

    // ---- contributions the shell itself follows (any thread) ----

    /** The editor contributions now, most preferred first. */
    void editorContributionsChanged(List<EditorContribution> now) {
        SwingUtilities.invokeLater(() -> {
            Optional<EditorContribution> before = editorContribution();
            editorContributions.clear();
            editorContributions.addAll(now);
            if (before.isPresent() && !before.equals(editorContribution())) editors.editorContributionGone();
            if (before.isEmpty() && editorContribution().isPresent()) editors.editorContributionArrived();
        });
    }

    void jurisdictionsChanged(List<Jurisdiction> active) {
        jurisdictions.clear();
        jurisdictions.addAll(active);
        SwingUtilities.invokeLater(this::workspaceChanged);
    }
}
