package hta.workbench.shell.internal.commands;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The command finder (Ctrl+3): type part of a command's label, id or category, pick it with the arrow keys and
 * press Enter. Disabled commands are listed greyed and cannot run. Used on the EDT.
 */
public final class CommandFinder extends JDialog {
    private final CommandRegistry registry;
    private final KeyBindings.CommandRunner runner;
    private final JTextField filter = new JTextField();
    private final DefaultListModel<Command> model = new DefaultListModel<>();
    private final JList<Command> list = new JList<>(model);

    public CommandFinder(Window owner, CommandRegistry registry, KeyBindings.CommandRunner runner) {
        super(owner, "Find Command", ModalityType.MODELESS);
        this.registry = registry;
        this.runner = runner;
        setName("commandFinder");
        filter.setName("commandFinder.filter");
        list.setName("commandFinder.list");
        filter.putClientProperty("JTextField.placeholderText", "Type a command, e.g. save, perspective, theme");
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
        setSize(new Dimension(560, 380));
        setLocationRelativeTo(owner);
        update();
    }

    public void setFilter(String text) {
        filter.setText(text);
    }

    /** The commands shown, in order. */
    public List<Command> shown() {
        List<Command> result = new java.util.ArrayList<>();
        for (int i = 0; i < model.size(); i++) result.add(model.get(i));
        return result;
    }

    private void update() {
        String q = filter.getText().trim().toLowerCase(Locale.ROOT);
        model.clear();
        for (Command c : registry.all()) {
            String hay = (c.label() + " " + c.id() + " " + c.category()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : q.split("\\s+")) all &= hay.contains(word);
            if (all) model.addElement(c);
        }
        if (!model.isEmpty()) list.setSelectedIndex(0);
    }

    /** Runs the selected command when it is enabled, closing the finder first. */
    public void runSelected() {
        Command c = list.getSelectedValue();
        if (c == null || !c.isEnabled()) return;
        dispose();
        runner.run(c);
    }

    private static final class Renderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focus) {
            Command c = (Command) value;
            String keys = c.bindingText().isEmpty() ? "" : "   <font color=gray>" + c.bindingText() + "</font>";
            String text = "<html>" + escape(c.label()) + keys + "   <font color=gray size=-2>" + escape(c.category())
                    + (Command.WORKBENCH.equals(c.source()) ? "" : " · " + escape(c.source())) + "</font></html>";
            JLabel l = (JLabel) super.getListCellRendererComponent(list, text, index, selected, focus);
            l.setEnabled(c.isEnabled());
            return l;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}
