package hta.workbench.internal;

import hta.dossier.repository.Workspaces;
import hta.jurisdiction.Jurisdiction;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workbench application {@code bin/hta-workbench}: opens the main window when the launcher calls it and
 * returns when the window is closed. Tracks jurisdiction services as a whiteboard and forwards their arrival
 * and departure to the window on the event dispatch thread.
 */
@Component(service = Function.class, property = "hta.application=workbench")
public final class WorkbenchApplication implements Function<String[], Integer> {
    private final Workspaces workspaces;
    private final BundleContext context;
    private final List<Jurisdiction> jurisdictions = new CopyOnWriteArrayList<>();
    private volatile MainWindow window;

    @Activate
    public WorkbenchApplication(@Reference Workspaces workspaces, BundleContext context) {
        this.workspaces = workspaces;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJurisdiction(Jurisdiction j) {
        jurisdictions.add(j);
        refreshJurisdictions();
    }

    void removeJurisdiction(Jurisdiction j) {
        jurisdictions.remove(j);
        refreshJurisdictions();
    }

    private void refreshJurisdictions() {
        MainWindow w = window;
        if (w != null) {
            List<Jurisdiction> snapshot = List.copyOf(jurisdictions);
            SwingUtilities.invokeLater(() -> w.showJurisdictions(snapshot));
        }
    }

    @Override
    public Integer apply(String[] args) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            EventQueue.invokeAndWait(() -> {
                Theme.install();
                MainWindow w = new MainWindow(workspaces.defaultWorkspace(), closed::countDown);
                window = w;
                w.showJurisdictions(List.copyOf(jurisdictions));
                w.setVisible(true);
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
        MainWindow w = window;
        window = null;
        if (w == null) return;
        Runnable dispose = w::dispose;
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
