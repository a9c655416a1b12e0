package hta.workbench.editor.internal;

import hta.workbench.api.Colours;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The banner of the Narratives page while its leak scan failed: the text cannot be checked for confidential values,
 * so the writer must not trust the absence of red underlines; the exporter checks every public memo itself and
 * refuses one it cannot check (it fails closed). It never quotes the failure, whose
 * text could hold a confidential value; the Error Log keeps it. Hidden until a scan fails. EDT only.
 */
final class ScanFailedBanner extends JTextArea {
    private static final long serialVersionUID = 1L;
    static final String TEXT = "⚠ Could not check this text for confidential values: a confidential value written"
            + " here may not be underlined. Each public memo is still checked when it is exported, and refused when it"
            + " cannot be checked. The Error Log says what failed.";

    ScanFailedBanner() {
        super(TEXT);
        setName("narratives.scanFailed");
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setVisible(false);
        look();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        look(); // the theme's error colour, followed when the theme is switched
    }

    private void look() {
        if (Colours.error() == null) return; // during the text area's own construction
        setFont(UIManager.getFont("Label.font"));
        setForeground(Colours.error());
        setOpaque(false);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(2, 0, 2, 0, Colours.error()),
                BorderFactory.createEmptyBorder(4, 8, 4, 8)));
    }
}
