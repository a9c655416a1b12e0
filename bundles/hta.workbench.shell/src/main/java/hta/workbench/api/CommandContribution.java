package hta.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command a bundle adds (registered as a service): it appears in the command finder (Ctrl+3) and in the
 * Commands menu, and may bring a key binding. A binding that another command already uses is reported as a
 * conflict, never silently taken.
 */
@ConsumerType
public interface CommandContribution {
    /** Stable id, e.g. {@code hta.jurisdiction.no.checkPrices}. */
    String id();

    /** What the user sees, e.g. {@code Check Norwegian prices}. */
    String label();

    /** A group for menus and the finder. */
    default String category() {
        return "Plugins";
    }

    /**
     * The key binding in {@link javax.swing.KeyStroke#getKeyStroke(String)} form, e.g. {@code ctrl shift N};
     * null for none.
     */
    default String keyBinding() {
        return null;
    }

    /** Whether the command can run now; called on the event dispatch thread and must be quick. */
    default boolean isEnabled(WorkbenchSite site) {
        return true;
    }

    /** Runs the command on the event dispatch thread; long work goes to {@link WorkbenchSite#schedule}. */
    void execute(WorkbenchSite site) throws Exception;
}
