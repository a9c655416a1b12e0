package hta.workbench.plugins.internal;

import java.awt.Component;
import java.io.File;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The questions the Plugins view asks: confirmations of a dry run and the choice of a plugin jar. */
final class PluginDialogs {
    private PluginDialogs() {
    }

    /**
     * Asks whether to go ahead with what {@code text} describes. When {@code cautious} (an unsigned plugin, a
     * copy of the installed version, a downgrade) Cancel is the default button and has the focus, so that Enter
     * does not install what the administrator has not read.
     */
    static boolean confirm(Component parent, String title, String text, boolean cautious) {
        JOptionPane pane = new JOptionPane(text, cautious ? JOptionPane.WARNING_MESSAGE : JOptionPane.QUESTION_MESSAGE,
                JOptionPane.OK_CANCEL_OPTION) {
            @Override
            public void selectInitialValue() {
                JButton cancel = cautious ? button(this, UIManager.getString("OptionPane.cancelButtonText", getLocale())) : null;
                if (cancel == null) {
                    super.selectInitialValue();
                    return;
                }
                getRootPane().setDefaultButton(cancel);
                cancel.requestFocusInWindow();
            }
        };
        JDialog dialog = pane.createDialog(parent, title);
        dialog.setVisible(true);
        dialog.dispose();
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue());
    }

    private static JButton button(java.awt.Container root, String text) {
        for (Component c : root.getComponents()) {
            if (c instanceof JButton b && text != null && text.equals(b.getText())) return b;
            if (c instanceof java.awt.Container child) {
                JButton b = button(child, text);
                if (b != null) return b;
            }
        }
        return null;
    }

    /**
     * A plugin jar chosen by the administrator, or null; the chooser shows jar files (all files on request) and a
     * file that is no jar is refused with a line for the status.
     */
    static File chooseJar(Component parent, String title, Consumer<String> refused) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        FileNameExtensionFilter jars = new FileNameExtensionFilter("Plugin jar files (*.jar)", "jar");
        chooser.addChoosableFileFilter(jars);
        chooser.setFileFilter(jars);
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return null;
        File f = chooser.getSelectedFile();
        if (!f.getName().endsWith(".jar")) {
            refused.accept("Refused: " + f.getName() + " is not a jar file");
            return null;
        }
        return f;
    }
}
