package hta.timeline;

import java.util.Objects;

/**
 * What a time target rests on that nobody has confirmed: a setting an administrator has not set, whose default
 * stands in (e.g. where in SMC's 22–26 weeks a PACE case falls). A memo says nothing that depends on it; the
 * workbench and commands show the target as assumed, naming the setting.
 *
 * @param setting        the setting's key, e.g. {@code smc.pace.weeks}
 * @param exclusionsOnly whether only the target's excluded phases rest on it (e.g. whether a paused clock counts):
 *                       a judgement then depends on it only when such a phase took days
 * @since 0.4
 */
public record Assumption(String setting, boolean exclusionsOnly) {
    public Assumption {
        Objects.requireNonNull(setting, "setting");
    }
}
