package hta.settings;

import hta.jurisdiction.Setting;

/**
 * A setting as it stands.
 *
 * @param key          {@code CODE.name}, e.g. {@code smc.pace.weeks}
 * @param jurisdiction the jurisdiction's code
 * @param pid          the configuration PID the jurisdiction reads it from
 * @param setting      its description
 * @param value        the value set by an administrator, or null when unset
 */
public record SettingValue(String key, String jurisdiction, String pid, Setting setting, String value) {
    /** Whether an administrator has set it. */
    public boolean isSet() {
        return value != null;
    }

    /** The value in force: the one set, else the default standing in (null when none does). */
    public String effective() {
        return value != null ? value : setting.defaultValue();
    }
}
