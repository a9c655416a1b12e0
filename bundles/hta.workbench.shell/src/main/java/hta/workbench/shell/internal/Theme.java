package hta.workbench.shell.internal;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import hta.workbench.api.Colours;
import java.util.ArrayList;
import java.util.List;
import javax.swing.InputMap;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;

/** Installs and switches the FlatLaf light or dark look and feel; runs on the event dispatch thread. */
final class Theme {
    private Theme() {
    }

    static void install(boolean dark) {
        // FlatLaf's UI delegates live in its own bundle; Swing must load them through that class loader
        UIManager.put("ClassLoader", FlatLaf.class.getClassLoader());
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
        // focus must stay visible for keyboard-only use, also on buttons and tabs
        UIManager.put("Component.focusWidth", 2);
        UIManager.put("TabbedPane.showTabSeparators", true);
        WrappedToolTipUI.install(); // long tooltips in lines, not one line across the screen
        colours(dark);
        keepWorkbenchKeys();
    }

    /** Keys the workbench binds for the whole window, which Swing's components would otherwise take for themselves. */
    static final List<KeyStroke> WINDOW_KEYS = List.of(KeyStroke.getKeyStroke("ctrl PAGE_DOWN"),
            KeyStroke.getKeyStroke("ctrl PAGE_UP"), KeyStroke.getKeyStroke("ctrl F6"), KeyStroke.getKeyStroke("ctrl shift F6"));

    /**
     * Takes the editor's page and editor keys (Ctrl+PageDown/Up, Ctrl+F6) out of the look and feel's own bindings
     * (tables, tab panes and scroll panes scroll or switch their own tabs with them), so that they switch the
     * editor's pages and editors wherever the focus is, as in Eclipse.
     */
    private static void keepWorkbenchKeys() {
        for (Object key : new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet())) {
            if (!(key instanceof String k) || !k.endsWith("InputMap")) continue;
            if (UIManager.get(key) instanceof InputMap map) {
                for (KeyStroke ks : WINDOW_KEYS) map.remove(ks);
            }
        }
    }

    /**
     * The workbench's meaningful colours ({@link Colours}) for the theme: each text colour has at least 4.5:1
     * contrast on its background, and the dark theme's backgrounds are dark tints, not the light theme's pastels.
     */
    private static void colours(boolean dark) {
        put(Colours.CONFIDENTIAL_BACKGROUND, dark ? 0x5A2A26 : 0xFFE4E1);
        put(Colours.CONFIDENTIAL_FOREGROUND, dark ? 0xFFCFC8 : 0x8C1414);
        put(Colours.POSITIVE_BACKGROUND, dark ? 0x24472A : 0xD6F0D6);
        put(Colours.POSITIVE_FOREGROUND, dark ? 0xD2F0D2 : 0x144614);
        put(Colours.NEGATIVE_BACKGROUND, dark ? 0x5A2626 : 0xFAD6D6);
        put(Colours.NEGATIVE_FOREGROUND, dark ? 0xFAD2D2 : 0x781414);
        put(Colours.OPEN_BACKGROUND, dark ? 0x34404E : 0xE2E8F0);
        put(Colours.OPEN_FOREGROUND, dark ? 0xDCE6F2 : 0x1E283C);
        put(Colours.ERROR_FOREGROUND, dark ? 0xFF8A80 : 0xBE1E1E);
        put(Colours.WARNING_FOREGROUND, dark ? 0xFFC266 : 0xA05A00);
        // a dialog's edge: at least 3:1 against the panels of both themes (0x3C3F41 dark, 0xF2F2F2 light)
        put(DialogEdges.COLOUR, dark ? 0x9A9A9A : 0x7A7A7A);
    }

    private static void put(String key, int rgb) {
        UIManager.put(key, new ColorUIResource(rgb));
    }

    /** Switches the theme of every open window. */
    static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
    }

    static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
