package hta.workbench.shell.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * The status bar: a message, the minimised areas, a key-binding conflict warning (click for details) and the
 * number of running jobs. Used on the EDT.
 */
public final class StatusBar extends JPanel {
    private final JLabel message = new JLabel(" ");
    private final JButton conflicts = new JButton();
    private final JLabel jobs = new JLabel();
    private final JLabel workspace = new JLabel();
    private final JProgressBar busy = new JProgressBar();

    public StatusBar(JComponent trim, Runnable showConflicts, Runnable showProgress) {
        super(new BorderLayout());
        setName("statusBar");
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 4));
        message.setName("status");
        conflicts.setName("status.conflicts");
        conflicts.setVisible(false);
        conflicts.addActionListener(e -> showConflicts.run());
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setPreferredSize(new java.awt.Dimension(80, 12));
        jobs.setName("status.jobs");
        workspace.setName("status.workspace");
        jobs.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                showProgress.run();
            }
        });
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.setOpaque(false);
        right.add(workspace);
        right.add(trim);
        right.add(conflicts);
        right.add(jobs);
        right.add(busy);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    public void message(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    public String message() {
        return message.getText();
    }

    /**
     * The workspace shown: its address when it is a team workspace (with what the user may do there, e.g. "writer
     * for dk; reads confidential values of dk"), nothing for a folder of one's own.
     */
    public void workspace(String address, hta.dossier.repository.WorkspaceAccess access) {
        boolean team = hta.dossier.repository.Workspaces.isUrl(address);
        workspace.setText(team ? address + " · " + access.describe() : "");
        workspace.setToolTipText(team ? "Team workspace " + address + ": " + access.user() + ", " + access.describe() : null);
        workspace.setVisible(team);
    }

    public void conflicts(int count) {
        conflicts.setVisible(count > 0);
        conflicts.setText("⚠ " + count + " key-binding conflict" + (count == 1 ? "" : "s"));
    }

    public void jobs(int running) {
        jobs.setText(running == 0 ? "" : running + " job" + (running == 1 ? "" : "s") + " running");
        busy.setVisible(running > 0);
    }
}
