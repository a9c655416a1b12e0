package hta.settings;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The settings of the installed jurisdictions: the facts their sources do not confirm and that an administrator
 * sets (see {@link hta.jurisdiction.Setting}), stored in the OSGi Configuration Admin service (kept in the data
 * directory) and audited: every change is recorded with who, when, the old and the new value. A change reaches the
 * jurisdiction at once in this process; another running process sees it when it starts again. Thread-safe.
 */
@ProviderType
public interface Settings {
    /** Every setting of every installed jurisdiction, sorted by key ({@code CODE.name}). */
    List<SettingValue> list();

    /** One setting by key, e.g. {@code smc.pace.weeks}; empty when no installed jurisdiction declares it. */
    Optional<SettingValue> get(String key);

    /**
     * Sets a value and records the change.
     *
     * @param who who sets it, for the history
     * @return the setting as it now stands
     * @throws IllegalArgumentException with one line naming the key and what is wrong (unknown key, bad value);
     *                                  nothing is changed
     * @throws IllegalStateException    when the configuration or the history cannot be written; nothing is changed
     */
    SettingValue set(String key, String value, String who);

    /** Removes a value (its default stands in again, as unconfirmed) and records the change; as {@link #set}. */
    SettingValue unset(String key, String who);

    /** Every recorded change, oldest first. */
    List<SettingChange> history();
}
