package hta.workbench.shell.internal.commands;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The command finder (Ctrl+3): type words of what to do or where to go — a command (its label, id or category), a
 * dossier, a page of a dossier (e.g. "hemgenix norway"), a view, a preference page — pick it with the arrow keys and
 * press Enter. Disabled commands are listed greyed and cannot run; when nothing matches, the finder says so and
 * what it searches. Used on the EDT.
 */
public final class CommandFinder extends JDialog {
    /** One thing the finder can find: what it reads, where it belongs, its keys, and what choosing it does. */
    public record Item(String label, String where, String keys, String words, boolean enabled, Runnable action) {
        @Override
        public String toString() {
            return label + (where.isEmpty() ? "" : " — " + where);
        }
    }

    /**
     * A client property of a dialog's root pane: when {@code Boolean.TRUE}, the dialog is a transient one the writer
     * opens to type into at once (the command finder, the key-binding field), and while it shows, its owner does
     * not take the focus from it unless the writer clicks the owner: the owner's late activation after the previous
     * dialog closed took the new finder's focus on a loaded 2-core machine (walk of December 2026).
     */
    public static final String KEEPS_FOCUS = "hta.dialog.keepsFocus";

    private final Supplier<List<Item>> items;
    private final JTextField filter = new JTextField();
    private DefaultListModel<Item> model = new DefaultListModel<>();
    private final JList<Item> list = new JList<>(model);
    private final JLabel none = new JLabel(" ");

    /** @param items every command and place there is to find now, asked for once */
    public CommandFinder(Window owner, Supplier<List<Item>> items) {
        this(owner, "Find Command", items);
    }

    /** A finder titled {@code title} over {@code items} (e.g. File › Open Dossier… over the dossiers). */
    public CommandFinder(Window owner, String title, Supplier<List<Item>> items) {
        super(owner, title, ModalityType.MODELESS);
        this.items = items;
        setName("commandFinder");
        getRootPane().putClientProperty(KEEPS_FOCUS, Boolean.TRUE);
        filter.setName("commandFinder.filter");
        list.setName("commandFinder.list");
        none.setName("commandFinder.none");
        filter.putClientProperty("JTextField.placeholderText", "Type a command, a dossier, a page, a view or a preference");
        list.setCellRenderer(new Renderer());
        list.setFocusable(false);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) { update(); }
            public void removeUpdate(DocumentEvent e) { update(); }
            public void changedUpdate(DocumentEvent e) { update(); }
        });
        filter.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int i = list.getSelectedIndex();
                if (e.getKeyCode() == KeyEvent.VK_DOWN && i < model.size() - 1) list.setSelectedIndex(i + 1);
                else if (e.getKeyCode() == KeyEvent.VK_UP && i > 0) list.setSelectedIndex(i - 1);
                else if (e.getKeyCode() == KeyEvent.VK_ENTER) runSelected();
                else return;
                list.ensureIndexIsVisible(list.getSelectedIndex());
                e.consume();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) runSelected();
            }
        });
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        JComponent content = (JComponent) getContentPane();
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(filter, BorderLayout.NORTH);
        content.add(new JScrollPane(list), BorderLayout.CENTER);
        content.add(none, BorderLayout.SOUTH);
        setSize(new Dimension(620, 420));
        setLocationRelativeTo(owner);
        all = items.get();
        update();
    }

    private List<Item> all;

    public void setFilter(String text) {
        filter.setText(text);
    }

    /** What is listed now, in order. */
    public List<Item> shown() {
        List<Item> result = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) result.add(model.get(i));
        return result;
    }

    private void update() {
        String q = filter.getText().trim().toLowerCase(Locale.ROOT);
        // a new model set at once: adding to the shown one would lay the list out again for every entry
        model = new DefaultListModel<>();
        for (Item it : all) {
            String hay = (it.label() + " " + it.where() + " " + it.words()).toLowerCase(Locale.ROOT);
            boolean every = true;
            for (String word : q.split("\\s+")) every &= hay.contains(word);
            if (every) model.addElement(it);
        }
        list.setModel(model);
        if (!model.isEmpty()) list.setSelectedIndex(0);
        none.setText(model.isEmpty() ? "Nothing matches '" + filter.getText().trim() + "'. The finder looks in commands,"
                + " dossiers and their pages, views and preference pages." : " ");
    }

    /** Runs the selected entry when it is enabled, closing the finder first. */
    public void runSelected() {
        Item it = list.getSelectedValue();
        if (it == null || !it.enabled()) return;
        dispose();
        it.action().run();
    }

    /** An entry: its label, its keys in grey, and where it belongs at the right; plain labels (no HTML: fast). */
    private static final class Renderer extends JPanel implements ListCellRenderer<Item> {
        private final JLabel label = new JLabel();
        private final JLabel keys = new JLabel();
        private final JLabel where = new JLabel();

        Renderer() {
            super(new BorderLayout(12, 0));
            setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
            add(label, BorderLayout.WEST);
            add(keys, BorderLayout.CENTER);
            add(where, BorderLayout.EAST);
            where.setFont(where.getFont().deriveFont(where.getFont().getSize2D() * 0.9f));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Item> list, Item it, int index, boolean selected,
                                                      boolean focus) {
            label.setText(it.label());
            keys.setText(it.keys());
            where.setText(it.where());
            Color fg = selected ? list.getSelectionForeground() : list.getForeground();
            Color grey = UIManager.getColor("Label.disabledForeground");
            label.setForeground(it.enabled() ? fg : grey);
            keys.setForeground(selected ? fg : grey);
            where.setForeground(selected ? fg : grey);
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            return this;
        }
    }
}
