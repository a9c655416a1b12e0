package hta.workbench.editor.internal;

import java.awt.Color;
import javax.swing.JLabel;

/**
 * A refusal in words next to a field or below a table (what is wrong, and that nothing was changed), wrapped at a
 * width in pixels; blank when there is none. Read by screen readers as the field's description. EDT only.
 */
final class Refusal extends JLabel {
    static final Color COLOUR = new Color(190, 30, 30);
    private final int width;
    private String said = "";

    Refusal(String name, int width) {
        super(" ");
        this.width = width;
        setName(name);
        setForeground(COLOUR);
    }

    void say(String message) {
        said = message == null ? "" : message;
        setText(said.isEmpty() ? " " : "<html><div style='width:" + width + "px'>"
                + said.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</div></html>");
        getAccessibleContext().setAccessibleDescription(said.isEmpty() ? null : said);
    }

    String said() {
        return said;
    }
}
