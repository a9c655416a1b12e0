package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What the editor area shows while no dossier is open: where to start, each step a link that runs its command,
 * with the keys the writer has for it now (they follow Window › Key Bindings). EDT only.
 */
final class Welcome extends JPanel {
    /** The steps: command id and what it is for. */
    private static final List<String[]> STEPS = List.of(
            new String[]{"hta.file.open", "find a dossier of the workspace by name, INN or country"},
            new String[]{"hta.file.new", "start a dossier for a new medicine"},
            new String[]{"hta.help.findCommand", "find any command, dossier, page, view or preference"},
            new String[]{"hta.file.preferences", "your name for the history, the theme, autosave"});
    private final CommandRegistry commands;
    private final List<JButton> links = new ArrayList<>();

    Welcome(CommandRegistry commands, Consumer<Command> run) {
        super(new GridBagLayout());
        this.commands = commands;
        setName("welcome");
        setOpaque(false);
        JPanel box = new JPanel();
        box.setOpaque(false);
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        JLabel title = new JLabel("No dossier is open");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.6f));
        title.setAlignmentX(LEFT_ALIGNMENT);
        box.add(title);
        JLabel hint = new JLabel("Double-click a dossier in the Dossier Navigator on the left, or:");
        hint.setBorder(BorderFactory.createEmptyBorder(8, 0, 8, 0));
        hint.setAlignmentX(LEFT_ALIGNMENT);
        box.add(hint);
        for (String[] step : STEPS) {
            JButton link = new JButton();
            link.setName("welcome:" + step[0]);
            link.putClientProperty("JButton.buttonType", "borderless");
            link.putClientProperty("hta.purpose", step[1]);
            link.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
            link.addActionListener(e -> commands.find(step[0]).ifPresent(run));
            link.setAlignmentX(LEFT_ALIGNMENT);
            links.add(link);
            box.add(link);
        }
        JLabel layouts = new JLabel("Authoring, Review and Portfolio on the toolbar arrange the views for each kind of work.");
        layouts.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        layouts.setAlignmentX(LEFT_ALIGNMENT);
        box.add(layouts);
        add(box);
        showKeys();
        commands.addListener(this::showKeys);
    }

    /** Each link's words: the command, its keys now, what it is for. */
    private void showKeys() {
        for (JButton link : links) {
            String id = link.getName().substring("welcome:".length());
            commands.find(id).ifPresentOrElse(c -> {
                String keys = commands.keysText(c);
                link.setText("<html><u>" + c.label() + "</u>" + (keys.isEmpty() ? "" : " (" + keys + ")") + " — "
                        + link.getClientProperty("hta.purpose") + "</html>");
                link.setVisible(true);
            }, () -> link.setVisible(false));
        }
    }
}
