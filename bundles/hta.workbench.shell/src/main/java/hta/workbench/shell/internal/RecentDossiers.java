package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * File › Open Recent: the dossiers last brought to the front of the editor area, most recent first, as commands (so
 * the command finder finds them too); kept with the session. Used on the EDT.
 */
final class RecentDossiers {
    static final int SIZE = 6;
    private static final String PREFIX = "hta.file.recent.";
    private final CommandRegistry commands;
    private final Consumer<String> open;
    /** How a dossier is named in the menu (its brand name where known). */
    private final Function<String, String> name;
    private final List<String> ids = new ArrayList<>();

    RecentDossiers(CommandRegistry commands, List<String> stored, Consumer<String> open, Function<String, String> name) {
        this.commands = commands;
        this.open = open;
        this.name = name;
        stored.stream().limit(SIZE).forEach(ids::add);
        publish();
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    /** A dossier came to the front: first in the list (the menu changes only when the list does). */
    void opened(String id) {
        if (!ids.isEmpty() && ids.get(0).equals(id)) return;
        ids.remove(id);
        ids.add(0, id);
        while (ids.size() > SIZE) ids.remove(ids.size() - 1);
        publish();
    }

    private void publish() {
        for (Command c : commands.all()) if (c.id().startsWith(PREFIX)) commands.remove(c.id());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            commands.add(Command.of(PREFIX + i, (i + 1) + " " + name.apply(id), "Open Recent", null, null,
                    () -> open.accept(id)));
        }
    }
}
