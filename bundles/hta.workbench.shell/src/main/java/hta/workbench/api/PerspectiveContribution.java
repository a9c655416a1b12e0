package hta.workbench.api;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A perspective a bundle adds (registered as a service): a named arrangement of views, listed under
 * Window › Perspective and in the command finder while the bundle is there. Users rearrange it like the
 * workbench's own perspectives; Reset Perspective goes back to this arrangement.
 *
 * @since 0.2
 */
@ConsumerType
public interface PerspectiveContribution {
    /** Stable id, e.g. {@code hta.jurisdiction.se.reform}; used to remember the user's layout. */
    String id();

    /** The menu label, e.g. {@code Reform Review}. */
    String label();

    /**
     * View ids per area ({@link ViewContribution#AREA_LEFT}, {@link ViewContribution#AREA_RIGHT},
     * {@link ViewContribution#AREA_BOTTOM}), in tab order. Views not installed are skipped until they arrive.
     */
    Map<String, List<String>> views();
}
