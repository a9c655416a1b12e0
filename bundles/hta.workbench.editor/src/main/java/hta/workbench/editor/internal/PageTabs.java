package hta.workbench.editor.internal;

import javax.swing.JTabbedPane;
import javax.swing.UIManager;

/**
 * The dossier editor's page tabs, below the page: every tab whole, in as many rows as the editor's width needs (a
 * single scrolled row cut the last one, "Scotland (S…"), and the rows stay where they are when a tab is chosen
 * (Swing by default moves the chosen tab's row next to the page, so the tab under the pointer jumps). EDT only.
 */
final class PageTabs extends JTabbedPane {
    /** The look and feel's setting (FlatLaf) for moving the chosen tab's row. */
    private static final String ROTATE = "TabbedPane.rotateTabRuns";

    PageTabs() {
        super(JTabbedPane.BOTTOM, JTabbedPane.WRAP_TAB_LAYOUT);
    }

    /** Installs the look and feel's delegate (also at a switch of theme) with rows that stay in place. */
    @Override
    public void updateUI() {
        // set for this tab pane's delegate only: the application's own setting, if any, is put back after
        Object was = UIManager.get(ROTATE);
        boolean ownSetting = !java.util.Objects.equals(was, UIManager.getLookAndFeelDefaults().get(ROTATE));
        UIManager.put(ROTATE, Boolean.FALSE);
        try {
            super.updateUI();
        } finally {
            UIManager.put(ROTATE, ownSetting ? was : null);
        }
    }
}
