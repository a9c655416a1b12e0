package hta.workbench.shell.internal.prefs;

import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.api.PreferencePage;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The Preferences dialog: the pages of the workbench and of every bundle, with a filter over page titles.
 * OK applies every page; a page that refuses names the field and nothing of it is stored. Used on the EDT.
 */
public final class PreferencesDialog extends JDialog {
    private final Map<String, PreferencePage> pages = new LinkedHashMap<>();
    private final Map<String, JComponent> created = new LinkedHashMap<>();
    private final Guard guard;

    public PreferencesDialog(Window owner, List<PreferencePage> all, Guard guard) {
        super(owner, "Preferences", ModalityType.APPLICATION_MODAL);
        this.guard = guard;
        setName("preferences");
        all.forEach(p -> pages.put(p.title(), p));
        CardLayout cards = new CardLayout();
        JPanel content = new JPanel(cards);
        for (PreferencePage p : all) {
            JComponent c = guard.call(p.id(), "opening preference page '" + p.title() + "'", p::createComponent)
                    .orElseGet(() -> new JLabel("This page could not be opened; the Error Log says why."));
            c.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
            created.put(p.title(), c);
            content.add(c, p.title());
        }
        DefaultListModel<String> titles = new DefaultListModel<>();
        JList<String> list = new JList<>(titles);
        JTextField filter = new JTextField();
        filter.putClientProperty("JTextField.placeholderText", "filter");
        Runnable refill = () -> {
            titles.clear();
            String q = filter.getText().trim().toLowerCase(Locale.ROOT);
            pages.keySet().stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(q)).forEach(titles::addElement);
            if (!titles.isEmpty()) list.setSelectedIndex(0);
        };
        filter.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) { refill.run(); }
            public void removeUpdate(DocumentEvent e) { refill.run(); }
            public void changedUpdate(DocumentEvent e) { refill.run(); }
        });
        list.addListSelectionListener(e -> {
            if (list.getSelectedValue() != null) cards.show(content, list.getSelectedValue());
        });
        JPanel left = new JPanel(new BorderLayout());
        left.add(filter, BorderLayout.NORTH);
        left.add(new JScrollPane(list), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, content);
        split.setDividerLocation(170);
        JButton ok = new JButton("OK");
        ok.addActionListener(e -> {
            if (applyAll()) dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        getRootPane().setDefaultButton(ok);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        refill.run();
        setSize(700, 440);
        setLocationRelativeTo(owner);
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
