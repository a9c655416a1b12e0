package hta.workbench.views.internal;

import hta.workbench.api.ViewContribution;
import javax.swing.JComponent;

/**
 * What the workbench's own views share: a fixed id and title, the view context, and panels that release what
 * they hold (listeners, background jobs) when the view is closed.
 */
abstract class BuiltInView implements ViewContribution {
    /** A view's panel, told when its view closes. */
    interface Closable {
        void dispose();
    }

    final ViewContext ctx;
    private final String id;
    private final String title;

    BuiltInView(String id, String title, ViewContext ctx) {
        this.id = id;
        this.title = title;
        this.ctx = ctx;
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
        ((Closable) component).dispose();
    }
}
