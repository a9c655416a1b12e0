package hta.workbench.shell.internal.prefs;

import hta.workbench.api.PreferencePage;
import hta.workbench.shell.internal.jobs.Guard;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.border.TitledBorder;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The Preferences dialog: the pages of the workbench and of every bundle, with a filter over the pages' titles and
 * the words on them. OK applies every page and closes, Apply applies and stays, Restore Defaults puts the shown
 * page's defaults into its fields, Cancel (or Escape) closes. A page that refuses names the field and nothing of it
 * is stored. Sized to show every page whole. Used on the EDT.
 */
public final class PreferencesDialog extends JDialog {
    private final Map<String, PreferencePage> pages = new LinkedHashMap<>();
    private final Map<String, JComponent> created = new LinkedHashMap<>();
    private final Guard guard;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final DefaultListModel<String> titles = new DefaultListModel<>();
    private final JList<String> list = new JList<>(titles);
    private final JTextField filter = new JTextField();

    /** @param initial the title of the page shown first, or null for the first page */
    public PreferencesDialog(Window owner, List<PreferencePage> all, Guard guard, String initial) {
        super(owner, "Preferences", ModalityType.APPLICATION_MODAL);
        this.guard = guard;
        setName("preferences");
        for (PreferencePage p : all) {
            JComponent c = guard.call(p.id(), "opening preference page '" + p.title() + "'", p::createComponent)
                    .orElseGet(() -> new JLabel("This page could not be opened; the Error Log says why."));
            c.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
            pages.put(p.title(), p);
            created.put(p.title(), c);
            JScrollPane scroll = new JScrollPane(c);
            scroll.setBorder(BorderFactory.createEmptyBorder());
            content.add(scroll, p.title());
        }
        list.setName("prefs.pages");
        filter.setName("prefs.filter");
        filter.putClientProperty("JTextField.placeholderText", "filter, e.g. dark, author, trust");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) { refill(); }
            public void removeUpdate(DocumentEvent e) { refill(); }
            public void changedUpdate(DocumentEvent e) { refill(); }
        });
        list.addListSelectionListener(e -> {
            if (list.getSelectedValue() != null) cards.show(content, list.getSelectedValue());
        });
        JPanel left = new JPanel(new BorderLayout(0, 4));
        left.add(filter, BorderLayout.NORTH);
        left.add(new JScrollPane(list), BorderLayout.CENTER);
        left.setPreferredSize(new Dimension(190, 10));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, content);
        split.setBorder(BorderFactory.createEmptyBorder(6, 6, 0, 6));
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(buttons(), BorderLayout.SOUTH);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        refill();
        if (initial != null && pages.containsKey(initial)) list.setSelectedValue(initial, true);
        fit(owner);
    }

    private JPanel buttons() {
        JButton restore = button("Restore Defaults", "prefs.restoreDefaults", 'D', this::restoreDefaults);
        JButton apply = button("Apply", "prefs.apply", 'A', this::applyAll);
        JButton ok = button("OK", "prefs.ok", (char) 0, () -> {
            if (applyAll()) dispose();
        });
        JButton cancel = button("Cancel", "prefs.cancel", (char) 0, this::dispose);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT));
        left.add(restore);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        right.add(apply);
        right.add(ok);
        right.add(cancel);
        JPanel buttons = new JPanel(new BorderLayout());
        buttons.add(left, BorderLayout.WEST);
        buttons.add(right, BorderLayout.EAST);
        getRootPane().setDefaultButton(ok);
        return buttons;
    }

    private static JButton button(String text, String name, char mnemonic, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        if (mnemonic != 0) b.setMnemonic(mnemonic);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** As large as the largest page wants (every label and field whole), within the screen. */
    private void fit(Window owner) {
        pack();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Dimension d = getSize();
        setSize(Math.min(Math.max(d.width, 760), screen.width), Math.min(Math.max(d.height, 460), screen.height));
        setLocationRelativeTo(owner);
    }

    /** The pages whose title or words contain every word typed, in their order; the first is shown. */
    private void refill() {
        String selected = list.getSelectedValue();
        titles.clear();
        String[] words = filter.getText().trim().toLowerCase(Locale.ROOT).split("\\s+");
        pages.keySet().stream().filter(t -> matches(t, words)).forEach(titles::addElement);
        if (titles.isEmpty()) return;
        list.setSelectedIndex(Math.max(0, titles.indexOf(selected)));
    }

    private boolean matches(String title, String[] words) {
        String text = (title + " " + words(created.get(title))).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!text.contains(w)) return false;
        }
        return true;
    }

    /** The words a page shows: labels, buttons and check boxes, titled borders and tooltips. */
    private static String words(Component c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof JLabel l && l.getText() != null) sb.append(l.getText()).append(' ');
        if (c instanceof AbstractButton b && b.getText() != null) sb.append(b.getText()).append(' ');
        if (c instanceof JComponent j) {
            if (j.getToolTipText() != null) sb.append(j.getToolTipText()).append(' ');
            if (j.getBorder() instanceof TitledBorder t) sb.append(t.getTitle()).append(' ');
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) sb.append(words(child));
        }
        return sb.toString();
    }

    private void restoreDefaults() {
        String shown = list.getSelectedValue();
        if (shown == null) return;
        PreferencePage p = pages.get(shown);
        guard.run(p.id(), "restoring the defaults of preference page '" + p.title() + "'", p::restoreDefaults);
    }

    private boolean applyAll() {
        List<String> refused = new ArrayList<>();
        for (PreferencePage p : pages.values()) {
            try {
                p.apply();
            } catch (IllegalArgumentException e) {
                refused.add(p.title() + " — " + e.getMessage());
            } catch (RuntimeException e) {
                guard.log().error(p.id(), "applying preference page '" + p.title() + "' failed", e);
                refused.add(p.title() + " — failed (see the Error Log)");
            }
        }
        if (refused.isEmpty()) return true;
        JOptionPane.showMessageDialog(this, String.join("\n", refused), "Some preferences were not stored",
                JOptionPane.WARNING_MESSAGE);
        return false;
    }
}
