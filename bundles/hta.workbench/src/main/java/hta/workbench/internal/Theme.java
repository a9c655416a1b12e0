package hta.workbench.internal;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** Installs the FlatLaf look and feel; runs on the event dispatch thread. */
final class Theme {
    private Theme() {
    }

    static void install() {
        if (UIManager.getLookAndFeel() instanceof FlatLightLaf) return;
        // FlatLaf's UI delegates live in its own bundle; Swing must load them through that class loader
        UIManager.put("ClassLoader", FlatLightLaf.class.getClassLoader());
        FlatLightLaf.setup();
    }
}
