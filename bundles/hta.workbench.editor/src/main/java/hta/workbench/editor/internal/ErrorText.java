package hta.workbench.editor.internal;

import hta.workbench.api.Colours;
import javax.swing.JLabel;

/** A line saying what is wrong, in the theme's error colour (followed when the theme is switched). EDT only. */
public class ErrorText extends JLabel {
    private static final long serialVersionUID = 1L;

    public ErrorText(String name) {
        super(" ");
        setName(name);
        setForeground(Colours.error());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setForeground(Colours.error());
    }
}
