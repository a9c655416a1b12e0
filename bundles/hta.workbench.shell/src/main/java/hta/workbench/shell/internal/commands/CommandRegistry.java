package hta.workbench.shell.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
    /** The writer's own keys per command id (a null value: no keys), over the commands' own. */
    private final Map<String, KeyStroke> userKeys = new LinkedHashMap<>();
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

    /** Commands by key binding (the writer's keys where set); a list of two or more is a conflict. */
    public Map<KeyStroke, List<Command>> bindings() {
        Map<KeyStroke, List<Command>> result = new LinkedHashMap<>();
        for (Command c : commands.values()) {
            KeyStroke ks = keys(c);
            if (ks != null) result.computeIfAbsent(ks, k -> new ArrayList<>()).add(c);
        }
        return result;
    }

    /** The keys that run {@code c}: the writer's own when set (null: none), else the command's. */
    public KeyStroke keys(Command c) {
        return userKeys.containsKey(c.id()) ? userKeys.get(c.id()) : c.binding();
    }

    /** The keys of {@code c} as the user reads them, e.g. {@code Ctrl+Shift+N}; empty for none. */
    public String keysText(Command c) {
        return Command.describe(keys(c));
    }

    /** Whether the writer changed the keys of {@code c}. */
    public boolean userChanged(Command c) {
        return userKeys.containsKey(c.id());
    }

    /** The writer's keys for a command ({@code null}: none); the menus, the window and the conflicts follow. */
    public void setKeys(String id, KeyStroke keys) {
        userKeys.put(id, keys);
        fire();
    }

    /** Every command back to its own keys. */
    public void restoreDefaultKeys() {
        userKeys.clear();
        fire();
    }

    /** The writer's keys, as stored: command id → {@link KeyStroke#toString()} form, or empty for none. */
    public Properties userKeys() {
        Properties p = new Properties();
        userKeys.forEach((id, ks) -> p.setProperty(id, ks == null ? "" : ks.toString().replace("pressed ", "")));
        return p;
    }

    /** Takes the writer's keys stored by {@link #userKeys()}; a value that is no key stroke is left out. */
    public void setUserKeys(Properties p) {
        userKeys.clear();
        for (String id : p.stringPropertyNames()) {
            String v = p.getProperty(id).strip();
            KeyStroke ks = v.isEmpty() ? null : KeyStroke.getKeyStroke(v);
            if (v.isEmpty() || ks != null) userKeys.put(id, ks);
        }
        fire();
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
