package hta.workbench.shell.internal.jobs;

import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;

/** The Progress view: each running background job with its progress and a Cancel button. Used on the EDT. */
public final class ProgressView implements ViewContribution {
    public static final String ID = "hta.progress";
    private final Jobs jobs;

    public ProgressView(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Progress";
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        JPanel list = new JPanel(new GridBagLayout());
        list.setName("progress.list");
        JPanel outer = new JPanel(new BorderLayout());
        outer.add(list, BorderLayout.NORTH);
        Runnable update = () -> fill(list);
        jobs.addListener(update);
        JScrollPane scroll = new JScrollPane(outer);
        scroll.putClientProperty(ProgressView.class, update);
        update.run();
        return scroll;
    }

    private void fill(JPanel list) {
        list.removeAll();
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 6, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        for (Jobs.Job j : jobs.running()) {
            c.gridy = row++;
            c.gridx = 0;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            list.add(new JLabel(j.name() + (j.task().isEmpty() ? "" : " — " + j.task())), c);
            JProgressBar bar = new JProgressBar(0, 100);
            bar.setIndeterminate(j.percent() < 0);
            if (j.percent() >= 0) bar.setValue(j.percent());
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            list.add(bar, c);
            JButton cancel = new JButton(j.isCancelled() ? "Cancelling…" : "Cancel");
            cancel.setName("progress.cancel:" + j.name());
            cancel.setEnabled(!j.isCancelled());
            cancel.addActionListener(e -> j.cancel());
            c.gridx = 2;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            list.add(cancel, c);
        }
        if (row == 0) {
            JLabel none = new JLabel("No background jobs are running.");
            none.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
            c.gridy = 0;
            list.add(none, c);
        }
        list.revalidate();
        list.repaint();
    }

    @Override
    public void dispose(JComponent component) {
        jobs.removeListener((Runnable) component.getClientProperty(ProgressView.class));
    }
}
