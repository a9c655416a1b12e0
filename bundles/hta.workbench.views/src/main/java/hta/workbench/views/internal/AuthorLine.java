package hta.workbench.views.internal;

import hta.workbench.api.WorkbenchSite;
import java.awt.FlowLayout;
import java.awt.event.HierarchyEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;

/**
 * The History view's request for the writer's name, shown only while they have given none: their saves are then
 * recorded without a name (the workbench does not put them under the computer's account name). Enter or "Use
 * this name" records it for later saves; Preferences › General changes it. EDT only.
 */
final class AuthorLine extends JPanel {
    private final WorkbenchSite site;
    private final JTextField name = new JTextField(16);

    AuthorLine(WorkbenchSite site) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 2));
        this.site = site;
        setName("history.authorLine");
        name.setName("history.authorName");
        JLabel ask = new JLabel("Your saves carry no name yet. Your name:");
        ask.setLabelFor(name);
        ask.setDisplayedMnemonic('n');
        JButton use = new JButton("Use this name");
        use.setName("history.useName");
        use.addActionListener(e -> use());
        name.addActionListener(e -> use());
        add(ask);
        add(name);
        add(use);
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && getParent() != null && getParent().isShowing()) refresh();
        });
        refresh();
    }

    /** Shown while no name is given. */
    void refresh() {
        String author = site.author();
        setVisible(author == null || author.isBlank());
    }

    private void use() {
        String n = name.getText().strip();
        if (n.isEmpty()) {
            name.requestFocusInWindow();
            return;
        }
        site.setAuthor(n);
        site.status("Saves are recorded under the name " + n + " (Preferences › General changes it)");
        refresh();
        revalidate();
    }
}
