package hta.workbench.shell.internal.editors;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * What the editor area shows for one open dossier: the editor itself, and above it what the workbench has to say
 * about the dossier in a shared workspace — who else has it open, that someone else saved it (Reload, or
 * Compare/Merge… when there are unsaved edits here), that a save failed (Retry). Each bar is one line and stays
 * until it no longer applies. Component names for tests: {@code editor.presence}, {@code editor.remote} with
 * {@code editor.remote.text}, {@code editor.reload}, {@code editor.merge}, {@code editor.remote.dismiss}, and
 * {@code editor.failure} with {@code editor.failure.text} and {@code editor.retry}. Used on the EDT.
 */
final class EditorFrame extends JPanel {
    private final JLabel presence = new JLabel();
    private final JPanel remote = bar("editor.remote");
    private final JLabel remoteText = new JLabel();
    private final JButton reload = new JButton("Reload");
    private final JButton merge = new JButton("Compare/Merge…");
    private final JButton dismiss = new JButton("Dismiss");
    private final JPanel failure = bar("editor.failure");
    private final JLabel failureText = new JLabel();
    private final JButton retry = new JButton("Retry");

    /** What the bars' buttons do: Reload, Compare/Merge…, Dismiss, Retry. */
    record Actions(Runnable reload, Runnable merge, Runnable dismissRemote, Runnable retry) {
    }

    EditorFrame(JComponent editor, Actions actions) {
        super(new BorderLayout());
        JPanel north = new JPanel();
        north.setLayout(new BoxLayout(north, BoxLayout.Y_AXIS));
        presence.setName("editor.presence");
        presence.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        presence.setVisible(false);
        remoteText.setName("editor.remote.text");
        reload.setName("editor.reload");
        merge.setName("editor.merge");
        dismiss.setName("editor.remote.dismiss");
        failureText.setName("editor.failure.text");
        retry.setName("editor.retry");
        reload.addActionListener(e -> actions.reload().run());
        merge.addActionListener(e -> actions.merge().run());
        dismiss.addActionListener(e -> actions.dismissRemote().run());
        retry.addActionListener(e -> actions.retry().run());
        remote.add(remoteText, BorderLayout.CENTER);
        remote.add(buttons(reload, merge, dismiss), BorderLayout.EAST);
        failure.add(failureText, BorderLayout.CENTER);
        failure.add(buttons(retry), BorderLayout.EAST);
        north.add(failure);
        north.add(remote);
        north.add(presence);
        add(north, BorderLayout.NORTH);
        add(editor, BorderLayout.CENTER);
    }

    private static JPanel bar(String name) {
        JPanel p = new JPanel(new BorderLayout(8, 0));
        p.setName(name);
        p.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(3, 8, 3, 4)));
        p.setVisible(false);
        return p;
    }

    private static JPanel buttons(JButton... buttons) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        p.setOpaque(false);
        for (JButton b : buttons) p.add(b);
        return p;
    }

    /** Who else has the dossier open, e.g. "Also open by dan (HTA Workbench) since 10:31"; null or empty hides it. */
    void presence(String text) {
        presence.setText(text == null ? "" : text);
        presence.setVisible(text != null && !text.isEmpty());
        revalidate();
    }

    String presenceText() {
        return presence.isVisible() ? presence.getText() : "";
    }

    /**
     * Someone else saved: {@code text} says who and when; {@code dirty} offers Compare/Merge… (there are edits here)
     * instead of Reload.
     */
    void remote(String text, boolean dirty) {
        remoteText.setText(text);
        reload.setVisible(!dirty);
        merge.setVisible(dirty);
        tint(remote, "Component.warning.focusedBorderColor", new Color(0xFFF4CE));
        remote.setVisible(true);
        revalidate();
    }

    void clearRemote() {
        remote.setVisible(false);
        revalidate();
    }

    boolean showsRemote() {
        return remote.isVisible();
    }

    /**
     * A save failed: one line; Retry saves again (as does the workbench, when the server is back) unless the store
     * refused it for good.
     */
    void failure(String text, boolean retryable) {
        failureText.setText(text);
        retry.setVisible(retryable);
        tint(failure, "Component.error.focusedBorderColor", new Color(0xFDE2E1));
        failure.setVisible(true);
        revalidate();
    }

    void clearFailure() {
        failure.setVisible(false);
        revalidate();
    }

    boolean showsFailure() {
        return failure.isVisible();
    }

    /** A light tint of the theme's warning or error colour, so the bars read in the light and the dark theme. */
    private static void tint(JPanel bar, String key, Color fallback) {
        Color c = UIManager.getColor(key);
        Color bg = UIManager.getColor("Panel.background");
        if (c == null || bg == null) {
            bar.setBackground(fallback);
            return;
        }
        bar.setBackground(new Color((c.getRed() + 3 * bg.getRed()) / 4, (c.getGreen() + 3 * bg.getGreen()) / 4,
                (c.getBlue() + 3 * bg.getBlue()) / 4));
    }
}
