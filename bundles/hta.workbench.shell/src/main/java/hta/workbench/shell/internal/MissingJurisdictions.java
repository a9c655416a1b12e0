package hta.workbench.shell.internal;

import hta.workbench.api.JurisdictionStatus;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.jobs.Guard;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Why a jurisdiction a dossier has a submission in is not installed, as the {@link JurisdictionStatus} services
 * say (the plugin administration knows disabled, safe mode, failed). Any thread.
 */
final class MissingJurisdictions {
    private final List<JurisdictionStatus> statuses = new CopyOnWriteArrayList<>();
    private final Guard guard;

    MissingJurisdictions(Guard guard) {
        this.guard = guard;
    }

    /** The first answer of a status that knows; "plugin not installed" when none does. */
    String whyMissing(String code) {
        for (JurisdictionStatus s : statuses) {
            Optional<String> why = guard.call(Command.WORKBENCH, "asking why " + code + " is missing",
                    () -> s.whyMissing(code)).flatMap(o -> o);
            if (why.isPresent()) return why.get();
        }
        return "plugin not installed";
    }

    void set(List<JurisdictionStatus> now) {
        statuses.clear();
        statuses.addAll(now);
    }
}
