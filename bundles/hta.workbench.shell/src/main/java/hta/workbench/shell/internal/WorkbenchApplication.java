package hta.workbench.shell.internal;

import hta.dossier.repository.Workspaces;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.EditorContribution;
import hta.workbench.api.JurisdictionStatus;
import hta.workbench.api.PerspectiveContribution;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.prefs.Preferences;
import hta.workbench.shell.internal.prefs.SettingsFile;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workbench application {@code bin/hta-workbench}: opens the workbench window when the launcher calls it and
 * returns when the window is closed. Tracks the whiteboard of contributions (views, commands, editors, preference
 * pages, perspectives) and the jurisdictions, and hands their arrival and departure to the workbench, which hops
 * to the event dispatch thread; contributions that arrive before the window opens are replayed into it. While the
 * window is open, its {@link WorkbenchSite} is registered as a service for components that work with it.
 */
@Component(service = Function.class, property = "hta.application=workbench")
public final class WorkbenchApplication implements Function<String[], Integer> {
    private final Workspaces workspaces;
    private final BundleContext context;
    private final List<Jurisdiction> jurisdictions = new CopyOnWriteArrayList<>();
    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<JurisdictionStatus> statuses = new CopyOnWriteArrayList<>();
    private final Map<CommandContribution, String> commands = new ConcurrentHashMap<>();
    private final List<PreferencePage> preferences = new CopyOnWriteArrayList<>();
    private final Map<PerspectiveContribution, String> perspectives = new ConcurrentHashMap<>();
    /** Editor contributions with their service ranking. */
    private final Map<EditorContribution, Integer> editorContributions = new ConcurrentHashMap<>();
    private volatile Workbench workbench;
    private volatile ServiceRegistration<WorkbenchSite> siteRegistration;
    /** The window-wide helpers (tooltips of cut text, dialogs' edges) while the window is open. */
    private final List<AutoCloseable> windowCare = new CopyOnWriteArrayList<>();

    @Activate
    public WorkbenchApplication(@Reference Workspaces workspaces, BundleContext context) {
        this.workspaces = workspaces;
        this.context = context;
    }

    private void with(Consumer<Workbench> action) {
        Workbench wb = workbench;
        if (wb != null) action.accept(wb);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJurisdiction(Jurisdiction j) {
        jurisdictions.add(j);
        with(wb -> wb.jurisdictionsChanged(List.copyOf(jurisdictions)));
    }

    void removeJurisdiction(Jurisdiction j) {
        jurisdictions.remove(j);
        with(wb -> wb.jurisdictionsChanged(List.copyOf(jurisdictions)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStatus(JurisdictionStatus s) {
        statuses.add(s);
        with(wb -> wb.statusesChanged(List.copyOf(statuses)));
    }

    void removeStatus(JurisdictionStatus s) {
        statuses.remove(s);
        with(wb -> wb.statusesChanged(List.copyOf(statuses)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution v) {
        views.add(v);
        with(wb -> wb.contributions.addView(v));
    }

    void removeView(ViewContribution v) {
        views.remove(v);
        with(wb -> wb.contributions.removeView(v));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CommandContribution c, Map<String, Object> properties) {
        String bundle = bundleName(properties);
        commands.put(c, bundle);
        with(wb -> wb.contributions.addCommand(c, bundle));
    }

    void removeCommand(CommandContribution c) {
        commands.remove(c);
        with(wb -> wb.contributions.removeCommand(c));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPerspective(PerspectiveContribution p, Map<String, Object> properties) {
        String bundle = bundleName(properties);
        perspectives.put(p, bundle);
        with(wb -> wb.contributions.addPerspective(p, bundle));
    }

    void removePerspective(PerspectiveContribution p) {
        perspectives.remove(p);
        with(wb -> wb.contributions.removePerspective(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPreferencePage(PreferencePage p) {
        preferences.add(p);
        with(wb -> wb.contributions.addPreferencePage(p));
    }

    void removePreferencePage(PreferencePage p) {
        preferences.remove(p);
        with(wb -> wb.contributions.removePreferencePage(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEditorContribution(EditorContribution e, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        editorContributions.put(e, ranking instanceof Integer ? (Integer) ranking : 0);
        with(wb -> wb.editorContributionsChanged(rankedEditors()));
    }

    void removeEditorContribution(EditorContribution e) {
        editorContributions.remove(e);
        with(wb -> wb.editorContributionsChanged(rankedEditors()));
    }

    private List<EditorContribution> rankedEditors() {
        List<Map.Entry<EditorContribution, Integer>> entries = new ArrayList<>(editorContributions.entrySet());
        entries.sort(Map.Entry.<EditorContribution, Integer>comparingByValue(Comparator.reverseOrder()));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private String bundleName(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_BUNDLEID);
        if (id instanceof Long) {
            Bundle b = context.getBundle((Long) id);
            if (b != null && b.getSymbolicName() != null) return b.getSymbolicName();
        }
        return "unknown bundle";
    }

    /** {@code --workspace URL} (or {@code --workspace=URL}) among the arguments; a folder is the launcher's. */
    static String teamAddress(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].equals("--workspace") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--workspace=") ? args[i].substring("--workspace=".length()) : null;
            if (v != null) return Workspaces.isUrl(v) ? v : null;
        }
        return null;
    }

    private Path dataDir() {
        String d = context.getProperty("hta.data.dir");
        return d != null ? Path.of(d) : Path.of(System.getProperty("user.home"), ".local", "share", "hta-workbench");
    }

    @Override
    public Integer apply(String[] args) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            EventQueue.invokeAndWait(() -> open(closed));
            // off the event thread: the components that bind to the site start with it
            Workbench wb = workbench;
            if (wb != null) siteRegistration = context.registerService(WorkbenchSite.class, wb.site(), null);
            String team = teamAddress(args);
            // as File › Open Team Workspace… with the address filled in: the dialog asks for a password if needed
            if (wb != null && team != null) EventQueue.invokeLater(() -> wb.workspaces.openTeam(team));
            closed.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (InvocationTargetException e) {
            System.err.println("hta-workbench: the window could not be opened: " + e.getCause().getMessage());
            return 1;
        } finally {
            disposeWindow();
        }
    }

    /** Opens the window on the workspace of the preferences (or the default one), with every contribution known; EDT. */
    private void open(CountDownLatch closed) {
        Path data = dataDir();
        Preferences prefs = new Preferences(new SettingsFile(data.resolve("workbench").resolve("preferences.properties")),
                new ErrorLog());
        Theme.install(prefs.darkTheme());
        windowCare.add(CutTextTips.install());
        windowCare.add(MessageWrap.install()); // before the edges: a dialog's message is wrapped before it is sized
        windowCare.add(DialogEdges.install());
        windowCare.add(DialogEscape.install());
        windowCare.add(DialogFocusReturn.install());
        if (prefs.locale() != null) Locale.setDefault(Locale.Category.FORMAT, prefs.locale());
        String chosen = prefs.workspace();
        boolean usable = chosen != null && Files.isDirectory(Path.of(chosen));
        Workbench wb = new Workbench(usable ? workspaces.open(Path.of(chosen)) : workspaces.defaultWorkspace(),
                workspaces, data, closed::countDown);
        if (chosen != null && !usable) {
            wb.log.warning(Command.WORKBENCH, "the workspace folder chosen in the preferences, " + chosen
                    + ", is not a folder; the default workspace is open instead");
        }
        workbench = wb;
        wb.jurisdictionsChanged(List.copyOf(jurisdictions));
        wb.statusesChanged(List.copyOf(statuses));
        wb.editorContributionsChanged(rankedEditors());
        views.forEach(wb.contributions::addView);
        commands.forEach(wb.contributions::addCommand);
        preferences.forEach(wb.contributions::addPreferencePage);
        perspectives.forEach(wb.contributions::addPerspective);
        wb.open();
    }

    @Deactivate
    void deactivate() {
        disposeWindow();
    }

    /** Disposes synchronously: after deactivation Felix tears down the class loaders Swing would still use. */
    private void disposeWindow() {
        ServiceRegistration<WorkbenchSite> registration = siteRegistration;
        siteRegistration = null;
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
        Workbench wb = workbench;
        workbench = null;
        if (wb == null) return;
        Runnable dispose = () -> {
            wb.window().dispose();
            windowCare.forEach(c -> {
                try {
                    c.close();
                } catch (Exception e) {
                    // removing a toolkit listener does not fail
                }
            });
            windowCare.clear();
        };
        if (EventQueue.isDispatchThread()) {
            dispose.run();
        } else {
            try {
                EventQueue.invokeAndWait(dispose);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException e) {
                // the window is going away anyway
            }
        }
    }
}
