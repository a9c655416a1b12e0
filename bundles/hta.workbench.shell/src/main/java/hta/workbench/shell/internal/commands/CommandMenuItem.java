package hta.workbench.shell.internal.commands;

import java.awt.event.KeyEvent;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * A menu item for a command. It shows the command's key binding but leaves the key itself to
 * {@link KeyBindings}, so a key is handled in exactly one place (and conflicts are reported there).
 */
public final class CommandMenuItem extends JMenuItem {
    private final Command command;

    public CommandMenuItem(Command command, KeyStroke keys, KeyBindings.CommandRunner runner) {
        super(command.label());
        this.command = command;
        setName("menu:" + command.id());
        if (keys != null) setAccelerator(keys);
        addActionListener(e -> runner.run(command));
    }

    public Command command() {
        return command;
    }

    /** Updates the enabled state and the label (Undo names the edit) from the command. */
    public void refresh() {
        setEnabled(command.isEnabled());
        setText(command.currentLabel());
    }

    @Override
    protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
        if (condition == JComponent.WHEN_IN_FOCUSED_WINDOW) return false;
        return super.processKeyBinding(ks, e, condition, pressed);
    }
}
