package hta.workbench.shell.internal.commands;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

/**
 * Window › Key Bindings: every command with its keys and the bundle it came from; conflicting bindings are marked
 * and summarised at the top, so a plugin that takes a key already in use is visible. The writer changes a
 * command's keys (Change Keys…, then the new keys pressed in the field), removes them, or restores every
 * command's own; the workbench follows at once and remembers them. Close or Escape closes. Used on the EDT.
 */
public final class KeyBindingsDialog extends JDialog {
    private final CommandRegistry registry;
    private final Runnable changed;
    private final DefaultTableModel model = new DefaultTableModel(new String[]{"Command", "Keys", "Category", "From", "Conflict"}, 0) {
        @Override
        public boolean isCellEditable(int r, int c) {
            return false;
        }
    };
    private final JTable table = new JTable(model);
    private final JLabel head = new JLabel();
    private final JTextField capture = new JTextField(18);
    private List<Command> rows = List.of();

    /** @param changed called after the writer changed keys (to remember them) */
    public KeyBindingsDialog(Window owner, CommandRegistry registry, Runnable changed) {
        super(owner, "Key Bindings", ModalityType.MODELESS);
        this.registry = registry;
        this.changed = changed;
        setName("keyBindings");
        getRootPane().putClientProperty(CommandFinder.KEEPS_FOCUS, Boolean.TRUE);
        table.setName("keyBindings.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        head.setName("keyBindings.summary");
        head.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        capture.setName("keyBindings.capture");
        capture.setEditable(false);
        capture.putClientProperty("JTextField.placeholderText", "press the new keys here");
        capture.setEnabled(false);
        capture.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                captured(e);
            }
        });
        getContentPane().add(head, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        getContentPane().add(buttons(), BorderLayout.SOUTH);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        fill();
        setSize(780, 520);
        setLocationRelativeTo(owner);
    }

    private JPanel buttons() {
        JButton change = button("Change Keys…", "keyBindings.change", 'K', this::startCapture);
        JButton remove = button("Remove Keys", "keyBindings.remove", 'R', () -> selected(c -> set(c, null)));
        JButton restore = button("Restore Defaults", "keyBindings.restore", 'D', () -> {
            registry.restoreDefaultKeys();
            after();
        });
        JButton close = button("Close", "keyBindings.close", 'C', this::dispose);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT));
        left.add(change);
        left.add(capture);
        left.add(remove);
        left.add(restore);
        JPanel south = new JPanel(new BorderLayout());
        south.add(left, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        right.add(close);
        south.add(right, BorderLayout.EAST);
        getRootPane().setDefaultButton(close);
        return south;
    }

    private static JButton button(String text, String name, char mnemonic, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setMnemonic(mnemonic);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** The selected command, if any, to {@code action}. */
    private void selected(java.util.function.Consumer<Command> action) {
        int r = table.getSelectedRow();
        if (r >= 0) action.accept(rows.get(table.convertRowIndexToModel(r)));
    }

    /** Change Keys…: the field takes the next keys pressed (Escape there cancels). */
    private void startCapture() {
        selected(c -> {
            capture.setEnabled(true);
            capture.setText("");
            capture.requestFocusInWindow();
            head.setText("Press the new keys for '" + c.label() + "' in the field (Escape cancels).");
        });
    }

    private void captured(KeyEvent e) {
        int code = e.getKeyCode();
        if (code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT
                || code == KeyEvent.VK_META || code == KeyEvent.VK_ALT_GRAPH || code == KeyEvent.VK_UNDEFINED) return;
        e.consume();
        capture.setEnabled(false);
        if (code == KeyEvent.VK_ESCAPE && e.getModifiersEx() == 0) {
            summarise();
            return;
        }
        KeyStroke ks = KeyStroke.getKeyStroke(code, e.getModifiersEx());
        selected(c -> set(c, ks));
    }

    private void set(Command c, KeyStroke ks) {
        registry.setKeys(c.id(), ks);
        after();
    }

    private void after() {
        int r = table.getSelectedRow();
        fill();
        if (r >= 0 && r < table.getRowCount()) table.setRowSelectionInterval(r, r);
        changed.run();
    }

    private void fill() {
        List<CommandRegistry.Conflict> conflicts = registry.conflicts();
        Set<String> conflicting = conflicts.stream().flatMap(c -> c.commands().stream()).map(Command::id)
                .collect(Collectors.toSet());
        rows = registry.all();
        model.setRowCount(0);
        for (Command c : rows) {
            model.addRow(new Object[]{c.label(), registry.keysText(c) + (registry.userChanged(c) ? " (yours)" : ""),
                    c.category(), c.source(), conflicting.contains(c.id()) ? "⚠ conflict" : ""});
        }
        hta.workbench.api.CutText.fitColumns(table); // a command's name takes the room it needs, not a fifth
        summarise();
    }

    private void summarise() {
        List<CommandRegistry.Conflict> conflicts = registry.conflicts();
        head.setText(conflicts.isEmpty() ? "No key-binding conflicts. Select a command to change its keys."
                : "<html><b>" + conflicts.size() + " key-binding conflict(s):</b><br>" + conflicts.stream()
                .map(CommandRegistry.Conflict::describe).map(s -> s.replace("<", "&lt;"))
                .collect(Collectors.joining("<br>")) + "<br>Pressing such keys asks which command to run.</html>");
    }
}
