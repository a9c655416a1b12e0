package hta.workbench.api;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view a bundle adds to the workbench (registered as a service). Perspectives that do not place it show it
 * in its {@link #defaultArea()}; Window › Show View lists it.
 */
@ConsumerType
public interface ViewContribution {
    /** Where a perspective that does not know the view puts it. */
    String AREA_LEFT = "left";
    String AREA_RIGHT = "right";
    String AREA_BOTTOM = "bottom";

    /** Stable id, e.g. {@code hta.plugins.view}; used to remember the layout. */
    String id();

    /** The tab title. */
    String title();

    /** One of {@link #AREA_LEFT}, {@link #AREA_RIGHT}, {@link #AREA_BOTTOM}. */
    default String defaultArea() {
        return AREA_BOTTOM;
    }

    /** Creates the view's component; called on the event dispatch thread, once per opening. */
    JComponent createComponent(WorkbenchSite site);

    /** Releases what {@link #createComponent} acquired; called on the event dispatch thread. */
    default void dispose(JComponent component) {
    }
}
