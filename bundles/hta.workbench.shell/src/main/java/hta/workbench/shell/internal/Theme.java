package hta.workbench.shell.internal;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

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
