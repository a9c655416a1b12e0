package hta.workbench.shell.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.KeyStroke;

/**
 * Every command of the workbench and its contributions, with key-binding conflicts computed, never hidden.
 * Used on the event dispatch thread; listeners are called synchronously after every change.
 */
public final class CommandRegistry {
    /** Two or more commands bound to the same keys. */
    public record Conflict(KeyStroke keys, List<Command> commands) {
        public String describe() {
            StringBuilder sb = new StringBuilder(Command.describe(keys)).append(" is bound to ");
            for (int i = 0; i < commands.size(); i++) {
                Command c = commands.get(i);
                if (i > 0) sb.append(i == commands.size() - 1 ? " and " : ", ");
                sb.append('\'').append(c.label()).append("' (").append(c.source()).append(')');
            }
            return sb.toString();
        }
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds a command.
     *
     * @throws IllegalArgumentException when a command with the same id is already there
     */
    public void add(Command c) {
        if (commands.containsKey(c.id())) {
            throw new IllegalArgumentException("command id '" + c.id() + "' of " + c.source()
                    + " is already used by " + commands.get(c.id()).source());
        }
        commands.put(c.id(), c);
        fire();
    }

    public void remove(String id) {
        if (commands.remove(id) != null) fire();
    }

    public Optional<Command> find(String id) {
        return Optional.ofNullable(commands.get(id));
    }

    /** All commands in registration order. */
    public List<Command> all() {
        return List.copyOf(commands.values());
    }

    /** Commands by key binding; a list of two or more is a conflict. */
    public Map<KeyStroke, List<Command>> bindings() {
        Map<KeyStroke, List<Command>> result = new LinkedHashMap<>();
        for (Command c : commands.values()) {
            if (c.binding() != null) result.computeIfAbsent(c.binding(), k -> new ArrayList<>()).add(c);
        }
        return result;
    }

    public List<Conflict> conflicts() {
        List<Conflict> result = new ArrayList<>();
        bindings().forEach((ks, list) -> {
            if (list.size() > 1) result.add(new Conflict(ks, List.copyOf(list)));
        });
        return result;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
