package hta.workbench.api;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the Preferences dialog a bundle adds (registered as a service); used on the event dispatch thread. The
 * dialog's filter finds a page by its title and by the words on it (labels, check boxes, buttons, tooltips).
 */
@ConsumerType
public interface PreferencePage {
    String id();

    /** The title in the dialog's page list. */
    String title();

    /** Creates the page's component showing the current settings. */
    JComponent createComponent();

    /**
     * Stores what the user entered.
     *
     * @throws IllegalArgumentException with a message naming the field and what is wrong; nothing is stored
     */
    void apply();

    /**
     * Restore Defaults: puts the defaults into the page's fields; nothing is stored until Apply or OK. By default
     * the page has none to restore.
     *
     * @since 0.4
     */
    default void restoreDefaults() {
    }
}
