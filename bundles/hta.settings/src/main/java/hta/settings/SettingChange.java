package hta.settings;

import java.time.Instant;

/**
 * One recorded change of a setting.
 *
 * @param when     when it was made
 * @param who      who made it
 * @param key      the setting, {@code CODE.name}
 * @param oldValue the value before, or null when it was unset
 * @param newValue the value after, or null when it was unset
 */
public record SettingChange(Instant when, String who, String key, String oldValue, String newValue) {
}
