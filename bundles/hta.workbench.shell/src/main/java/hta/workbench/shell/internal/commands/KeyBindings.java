package hta.workbench.shell.internal.commands;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/**
 * Binds every command's keys in a window's root pane. A key bound to one command runs it; a key bound to
 * several opens a choice naming them all, so a conflict is never resolved silently. Used on the EDT.
 */
public final class KeyBindings {
    private static final String PREFIX = "hta.command:";
    private final CommandRegistry registry;
    private final CommandRunner runner;

    /** Runs a command (with enablement check and error guard). */
    @FunctionalInterface
    public interface CommandRunner {
        void run(Command command);
    }

    public KeyBindings(CommandRegistry registry, CommandRunner runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** Replaces the command bindings of {@code root} with the registry's current ones. */
    public void install(JRootPane root) {
        InputMap inputs = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        ActionMap actions = root.getActionMap();
        if (inputs.keys() != null) {
            for (KeyStroke ks : inputs.keys()) {
                Object key = inputs.get(ks);
                if (key instanceof String && ((String) key).startsWith(PREFIX)) {
                    inputs.remove(ks);
                    actions.remove(key);
                }
            }
        }
        for (Map.Entry<KeyStroke, List<Command>> e : registry.bindings().entrySet()) {
            String key = PREFIX + e.getKey();
            List<Command> commands = e.getValue();
            inputs.put(e.getKey(), key);
            actions.put(key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent ev) {
                    if (commands.size() == 1) {
                        runner.run(commands.get(0));
                    } else {
                        choose(root, e.getKey(), commands);
                    }
                }
            });
        }
    }

    private void choose(JRootPane root, KeyStroke ks, List<Command> commands) {
        String[] labels = commands.stream().map(c -> c.label() + "  (" + c.source() + ")").toArray(String[]::new);
        Object chosen = JOptionPane.showInputDialog(root, Command.describe(ks)
                        + " is bound to several commands (a key-binding conflict).\nWhich one should run?",
                "Key-binding conflict", JOptionPane.WARNING_MESSAGE, null, labels, labels[0]);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(chosen)) runner.run(commands.get(i));
        }
    }
}
