package hta.workbench.shell.internal.commands;

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * Lists every command with its keys and the bundle it came from; conflicting bindings are marked and
 * summarised at the top, so a plugin that takes a key already in use is visible. Used on the EDT.
 */
public final class KeyBindingsDialog extends JDialog {
    public KeyBindingsDialog(Window owner, CommandRegistry registry) {
        super(owner, "Key Bindings", ModalityType.MODELESS);
        setName("keyBindings");
        List<CommandRegistry.Conflict> conflicts = registry.conflicts();
        Set<String> conflicting = conflicts.stream().flatMap(c -> c.commands().stream()).map(Command::id)
                .collect(Collectors.toSet());
        DefaultTableModel model = new DefaultTableModel(new String[]{"Command", "Keys", "Category", "From", "Conflict"}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        for (Command c : registry.all()) {
            model.addRow(new Object[]{c.label(), c.bindingText(), c.category(), c.source(),
                    conflicting.contains(c.id()) ? "⚠ conflict" : ""});
        }
        JTable table = new JTable(model);
        table.setName("keyBindings.table");
        table.setAutoCreateRowSorter(true);
        String summary = conflicts.isEmpty() ? "No key-binding conflicts."
                : "<html><b>" + conflicts.size() + " key-binding conflict(s):</b><br>" + conflicts.stream()
                .map(CommandRegistry.Conflict::describe).map(s -> s.replace("<", "&lt;"))
                .collect(Collectors.joining("<br>")) + "<br>Pressing such keys asks which command to run.</html>";
        JLabel head = new JLabel(summary);
        head.setName("keyBindings.summary");
        head.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        getContentPane().add(head, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        setSize(720, 480);
        setLocationRelativeTo(owner);
    }
}
