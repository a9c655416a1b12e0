package hta.workbench.internal.shell;

import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTabbedPane;

/**
 * One tab stack of a docking area. Tabs can be closed, moved to another area (tab context menu), and the stack
 * maximised (double-click a tab) or minimised. What happens is decided by the {@link PageLayout}. Used on the EDT.
 */
final class ViewStack extends JTabbedPane {
    final Area area;

    ViewStack(Area area, Runnable toggleMaximise, Runnable minimise, Consumer<String> close,
              BiConsumer<String, Area> move) {
        this.area = area;
        setName("stack:" + area.key());
        putClientProperty("JTabbedPane.tabClosable", area != Area.EDITOR);
        putClientProperty("JTabbedPane.tabCloseCallback", (java.util.function.IntConsumer) i -> close.accept(viewId(i)));
        putClientProperty("JTabbedPane.tabType", "card");
        putClientProperty("JTabbedPane.showContentSeparator", true);
        setTabLayoutPolicy(SCROLL_TAB_LAYOUT);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && indexAtLocation(e.getX(), e.getY()) >= 0) toggleMaximise.run();
            }

            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (!e.isPopupTrigger()) return;
                int i = indexAtLocation(e.getX(), e.getY());
                JPopupMenu menu = new JPopupMenu();
                menu.add(item("Maximise / Restore", toggleMaximise));
                if (area != Area.EDITOR) {
                    menu.add(item("Minimise", minimise));
                    if (i >= 0) {
                        String id = viewId(i);
                        JMenu to = new JMenu("Move to");
                        for (Area a : Area.values()) {
                            if (a != area && a != Area.EDITOR) to.add(item(a.label(), () -> move.accept(id, a)));
                        }
                        menu.add(to);
                        menu.add(item("Close", () -> close.accept(id)));
                    }
                }
                menu.show(ViewStack.this, e.getX(), e.getY());
            }
        });
    }

    private static JMenuItem item(String label, Runnable r) {
        JMenuItem m = new JMenuItem(label);
        m.addActionListener(e -> r.run());
        return m;
    }

    /** The id of the view in tab {@code i} (components carry {@code view:<id>} as their name). */
    String viewId(int i) {
        Component c = getComponentAt(i);
        String n = c == null ? null : c.getName();
        return n != null && n.startsWith("view:") ? n.substring(5) : n;
    }

    int indexOfView(String id) {
        for (int i = 0; i < getTabCount(); i++) {
            if (id.equals(viewId(i))) return i;
        }
        return -1;
    }
}
