package hta.workbench.views.internal;

import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/**
 * What the workbench's views share: a fixed id and title, and panels that close their subscriptions (selection,
 * editors, workspace) when the view is closed. Each view is a DS component registered as a
 * {@link ViewContribution}, like a plugin's view, and works only through its {@link WorkbenchSite}.
 */
abstract class BuiltInView implements ViewContribution {
    /** A view's panel: remembers what it subscribed to and closes it when its view closes. */
    interface Closable {
        List<Subscription> subscriptions();

        default void dispose() {
            subscriptions().forEach(Subscription::close);
            subscriptions().clear();
        }
    }

    private final String id;
    private final String title;

    BuiltInView(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final void dispose(JComponent component) {
        // the workbench may hand back the placeholder it showed when creating the view failed
        if (component instanceof Closable c) c.dispose();
    }

    /** A list to keep a panel's subscriptions in. */
    static List<Subscription> newSubscriptions() {
        return new ArrayList<>();
    }
}
