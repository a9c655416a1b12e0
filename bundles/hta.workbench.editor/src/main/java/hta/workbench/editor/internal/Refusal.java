package hta.workbench.editor.internal;

/**
 * A refusal in words next to a field or below a table (what is wrong, and that nothing was changed), wrapped at a
 * width in pixels; blank when there is none. Read by screen readers as the field's description. EDT only.
 */
final class Refusal extends ErrorText {
    private static final long serialVersionUID = 1L;
    private final int width;
    private String said = "";

    Refusal(String name, int width) {
        super(name);
        this.width = width;
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
