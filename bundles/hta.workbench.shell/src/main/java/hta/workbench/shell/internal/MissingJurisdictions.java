package hta.workbench.shell.internal;

import hta.workbench.api.JurisdictionStatus;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.jobs.Guard;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A jurisdiction a dossier has a submission in whose plugin is not installed: why, its name and what to do, as the
 * {@link JurisdictionStatus} services say (the plugin administration knows disabled, safe mode, failed, offered in
 * its repository). Any thread.
 */
final class MissingJurisdictions {
    /** What to do when no status knows the code: the plugin comes from its publisher as a jar. */
    static final String INSTALL_FROM_FILE = "install its plugin in the Plugins view (Portfolio perspective): Install from"
            + " file… with the plugin's jar from its publisher, or ask your administrator";
    private final List<JurisdictionStatus> statuses = new CopyOnWriteArrayList<>();
    private final Guard guard;

    MissingJurisdictions(Guard guard) {
        this.guard = guard;
    }

    /** The first answer of a status that knows; "plugin not installed" when none does. */
    String whyMissing(String code) {
        return first("asking why " + code + " is missing", s -> s.whyMissing(code)).orElse("plugin not installed");
    }

    /**
     * The name a status knows, else {@code recorded} (a dossier's record of it), followed by the code —
     * "EU joint clinical assessment (jca)"; the code alone when nothing names it.
     */
    String name(String code, String recorded) {
        Optional<String> name = first("asking the name of " + code, s -> s.name(code))
                .or(() -> Optional.ofNullable(recorded).map(String::strip).filter(r -> !r.isEmpty()));
        return name.filter(n -> !n.equalsIgnoreCase(code)).map(n -> n + " (" + code + ")").orElse(code);
    }

    /** What a status says to do about the missing plugin, else to install it from a file. */
    String remedy(String code) {
        return first("asking what to do about " + code, s -> s.remedy(code)).orElse(INSTALL_FROM_FILE);
    }

    /** Who signed the installed plugin of {@code code}, as a status says; empty when none knows. */
    Optional<String> signer(String code) {
        return first("asking who signed " + code, s -> s.signer(code));
    }

    private Optional<String> first(String what, Function<JurisdictionStatus, Optional<String>> ask) {
        for (JurisdictionStatus s : statuses) {
            Optional<String> answer = guard.call(Command.WORKBENCH, what, () -> ask.apply(s)).flatMap(o -> o);
            if (answer.isPresent() && !answer.get().isBlank()) return answer;
        }
        return Optional.empty();
    }

    void set(List<JurisdictionStatus> now) {
        statuses.clear();
        statuses.addAll(now);
    }
}
