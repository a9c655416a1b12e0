package hta.workbench.shell.internal;

import hta.dossier.repository.Workspaces;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.editor.internal.jurisdiction.JurisdictionPageContribution;
import hta.workbench.api.CommandContribution;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.ViewContribution;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workbench application {@code bin/hta-workbench}: opens the workbench window when the launcher calls it and
 * returns when the window is closed. Tracks the whiteboard of contributions (views, commands, editor pages,
 * preference pages) and the jurisdictions, and hands their arrival and departure to the workbench, which hops
 * to the event dispatch thread. Contributions that arrive before the window opens are replayed into it.
 */
@Component(service = Function.class, property = "hta.application=workbench")
public final class WorkbenchApplication implements Function<String[], Integer> {
    private final Workspaces workspaces;
    private final BundleContext context;
    private final List<Jurisdiction> jurisdictions = new CopyOnWriteArrayList<>();
    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<Object[]> commands = new CopyOnWriteArrayList<>();
    private final List<EditorPageContribution> pages = new CopyOnWriteArrayList<>();
    private final List<PreferencePage> preferences = new CopyOnWriteArrayList<>();
    private volatile Workbench workbench;

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
        // the jurisdiction's editor page, made from its declarations, lives as long as its service
        EditorPageContribution page = new JurisdictionPageContribution(j);
        jurisdictionPages.put(j, page);
        addEditorPage(page);
    }

    void removeJurisdiction(Jurisdiction j) {
        jurisdictions.remove(j);
        EditorPageContribution page = jurisdictionPages.remove(j);
        if (page != null) removeEditorPage(page);
        with(wb -> wb.jurisdictionsChanged(List.copyOf(jurisdictions)));
    }

    private final Map<Jurisdiction, EditorPageContribution> jurisdictionPages = new java.util.concurrent.ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution v) {
        views.add(v);
        with(wb -> wb.addView(v));
    }

    void removeView(ViewContribution v) {
        views.remove(v);
        with(wb -> wb.removeView(v));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CommandContribution c, Map<String, Object> properties) {
        String bundle = bundleName(properties);
        commands.add(new Object[]{c, bundle});
        with(wb -> wb.addCommand(c, bundle));
    }

    void removeCommand(CommandContribution c) {
        commands.removeIf(x -> x[0] == c);
        with(wb -> wb.removeCommand(c));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEditorPage(EditorPageContribution p) {
        pages.add(p);
        with(wb -> wb.addEditorPage(p));
    }

    void removeEditorPage(EditorPageContribution p) {
        pages.remove(p);
        with(wb -> wb.removeEditorPage(p));
    }

    private final List<Object[]> perspectives = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPerspective(hta.workbench.api.PerspectiveContribution p, Map<String, Object> properties) {
        String bundle = bundleName(properties);
        perspectives.add(new Object[]{p, bundle});
        with(wb -> wb.addPerspective(p, bundle));
    }

    void removePerspective(hta.workbench.api.PerspectiveContribution p) {
        perspectives.removeIf(x -> x[0] == p);
        with(wb -> wb.removePerspective(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPreferencePage(PreferencePage p) {
        preferences.add(p);
        with(wb -> wb.addPreferencePage(p));
    }

    void removePreferencePage(PreferencePage p) {
        preferences.remove(p);
        with(wb -> wb.removePreferencePage(p));
    }

    private volatile ViewContribution pluginsView;
    private volatile PreferencePage pluginsPreferences;
    private volatile hta.plugins.PluginManager pluginManager;
    private volatile hta.workbench.plugins.internal.PluginFailureLog pluginFailures;
    private volatile org.osgi.framework.ServiceRegistration<hta.plugins.RemovalParticipant> editorsParticipant;

    /**
     * The plugin manager, when it runs, is administered through the Plugins view and its preference page (the
     * trust policy); its failures go to the Error Log.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setPluginManager(hta.plugins.PluginManager manager) {
        pluginManager = manager;
        ViewContribution v = new hta.workbench.plugins.internal.PluginsViewContribution(manager);
        pluginsView = v;
        addView(v);
        PreferencePage page = new hta.workbench.plugins.internal.PluginsPreferencePage(manager);
        pluginsPreferences = page;
        addPreferencePage(page);
        with(this::logPluginFailures);
    }

    void unsetPluginManager(hta.plugins.PluginManager manager) {
        pluginManager = null;
        ViewContribution v = pluginsView;
        pluginsView = null;
        if (v != null) removeView(v);
        PreferencePage page = pluginsPreferences;
        pluginsPreferences = null;
        if (page != null) removePreferencePage(page);
        stopPluginFailures();
    }

    private void logPluginFailures(Workbench wb) {
        hta.plugins.PluginManager pm = pluginManager;
        stopPluginFailures();
        if (pm != null) {
            pluginFailures = new hta.workbench.plugins.internal.PluginFailureLog(pm,
                    (source, message) -> wb.log.error(source, message, null));
        }
    }

    private void stopPluginFailures() {
        hta.workbench.plugins.internal.PluginFailureLog f = pluginFailures;
        pluginFailures = null;
        if (f != null) f.close();
    }

    private volatile ViewContribution memoPreview;

    /** With the PDF exporter, memos are previewed (confidential and public side by side). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setMemoExporter(hta.export.pdf.MemoExporter exporter) {
        exporterRef = exporter;
        with(wb -> {
            wb.exporter = guarded(exporter);
            ViewContribution v = new hta.workbench.export.internal.MemoPreviewView(wb, guarded(exporter));
            memoPreview = v;
            wb.addView(v);
        });
    }

    void unsetMemoExporter(hta.export.pdf.MemoExporter exporter) {
        exporterRef = null;
        with(wb -> wb.exporter = null);
        ViewContribution v = memoPreview;
        memoPreview = null;
        if (v != null) with(wb -> wb.removeView(v));
    }

    private volatile hta.export.pdf.MemoExporter exporterRef;
    private volatile hta.jurisdiction.JurisdictionRegistry registryRef;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setRegistry(hta.jurisdiction.JurisdictionRegistry registry) {
        registryRef = registry;
        with(wb -> wb.registry = registry);
    }

    void unsetRegistry(hta.jurisdiction.JurisdictionRegistry registry) {
        if (registryRef == registry) registryRef = null;
        with(wb -> wb.registry = null);
    }

    /** The preview renders through the plugin manager's time limit (when it runs): a hanging plugin is contained. */
    private hta.export.pdf.MemoExporter guarded(hta.export.pdf.MemoExporter exporter) {
        return new hta.workbench.export.internal.GuardedExporter(exporter, () -> pluginManager,
                hta.workbench.export.internal.GuardedExporter.TIMEOUT);
    }

    private String bundleName(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_BUNDLEID);
        if (id instanceof Long) {
            Bundle b = context.getBundle((Long) id);
            if (b != null && b.getSymbolicName() != null) return b.getSymbolicName();
        }
        return "unknown bundle";
    }

    private Path dataDir() {
        String d = context.getProperty("hta.data.dir");
        return d != null ? Path.of(d) : Path.of(System.getProperty("user.home"), ".local", "share", "hta-workbench");
    }

    @Override
    public Integer apply(String[] args) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            EventQueue.invokeAndWait(() -> {
                Path data = dataDir();
                hta.workbench.shell.internal.prefs.Preferences prefs = new hta.workbench.shell.internal.prefs.Preferences(
                        new hta.workbench.shell.internal.prefs.SettingsFile(data.resolve("workbench").resolve("preferences.properties")),
                        new hta.workbench.shell.internal.jobs.ErrorLog());
                Theme.install(prefs.darkTheme());
                if (prefs.locale() != null) java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, prefs.locale());
                String chosen = prefs.workspace();
                boolean usable = chosen != null && java.nio.file.Files.isDirectory(Path.of(chosen));
                Workbench wb = new Workbench(usable ? workspaces.open(Path.of(chosen)) : workspaces.defaultWorkspace(),
                        data, closed::countDown);
                if (chosen != null && !usable) {
                    wb.log.warning(hta.workbench.shell.internal.commands.Command.WORKBENCH, "the workspace folder chosen in the"
                            + " preferences, " + chosen + ", is not a folder; the default workspace is open instead");
                }
                workbench = wb;
                wb.jurisdictionsChanged(List.copyOf(jurisdictions));
                views.forEach(wb::addView);
                commands.forEach(c -> wb.addCommand((CommandContribution) c[0], (String) c[1]));
                pages.forEach(wb::addEditorPage);
                preferences.forEach(wb::addPreferencePage);
                perspectives.forEach(x -> wb.addPerspective((hta.workbench.api.PerspectiveContribution) x[0], (String) x[1]));
                logPluginFailures(wb);
                // open editors are asked to save before a jurisdiction plugin goes away
                editorsParticipant = context.registerService(hta.plugins.RemovalParticipant.class,
                        new hta.workbench.plugins.internal.OpenEditorsParticipant(wb.editors(), wb.window()), null);
                hta.export.pdf.MemoExporter exporter = exporterRef;
                wb.exporter = exporter == null ? null : guarded(exporter);
                wb.registry = registryRef;
                if (exporter != null) {
                    memoPreview = new hta.workbench.export.internal.MemoPreviewView(wb, guarded(exporter));
                    wb.addView(memoPreview);
                }
                wb.open();
            });
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

    @Deactivate
    void deactivate() {
        disposeWindow();
    }

    /** Disposes synchronously: after deactivation Felix tears down the class loaders Swing would still use. */
    private void disposeWindow() {
        stopPluginFailures();
        org.osgi.framework.ServiceRegistration<?> participant = editorsParticipant;
        editorsParticipant = null;
        if (participant != null) {
            try {
                participant.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
        Workbench wb = workbench;
        workbench = null;
        if (wb == null) return;
        Runnable dispose = () -> wb.window().dispose();
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
