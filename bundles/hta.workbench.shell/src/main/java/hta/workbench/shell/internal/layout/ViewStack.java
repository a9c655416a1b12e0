package hta.workbench.shell.internal.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.dnd.DropTargetAdapter;
import java.awt.dnd.DropTargetDropEvent;
import java.awt.dnd.DropTargetEvent;
import java.util.TooManyListenersException;
import javax.swing.UIManager;
import java.awt.Point;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.dnd.DragSource;
import java.io.IOException;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTabbedPane;

/**
 * One tab stack of a docking area. Tabs can be closed, moved to another area (drag the tab onto another stack, or
 * onto the left, right or bottom edge of the editor area; or the tab context menu), and the stack maximised
 * (double-click a tab) or minimised. What happens is decided by the {@link PageLayout}. Used on the EDT.
 */
final class ViewStack extends JTabbedPane {
    static final String DROP_ZONE = "hta.dropZone";
    final Area area;

    ViewStack(Area area, Runnable toggleMaximise, Runnable minimise, Consumer<String> close,
              BiConsumer<String, Area> move) {
        this.area = area;
        setName("stack:" + area.key());
        // editors close from their tab too (asking about unsaved changes), as views do
        putClientProperty("JTabbedPane.tabClosable", true);
        putClientProperty("JTabbedPane.tabCloseToolTipText", area == Area.EDITOR ? "Close the editor (Ctrl+W)" : "Close the view");
        putClientProperty("JTabbedPane.tabCloseCallback", (java.util.function.IntConsumer) i -> close.accept(viewId(i)));
        putClientProperty("JTabbedPane.tabType", "card");
        putClientProperty("JTabbedPane.showContentSeparator", true);
        setTabLayoutPolicy(SCROLL_TAB_LAYOUT);
        setTransferHandler(new TabTransfer(move));
        clearDropZoneWhenTheDragLeaves();
        listenForTabDrags();
        listenForClicks(toggleMaximise, minimise, close, move);
        PartActivation.install(this);
        // views give their room before the editor's pages are squeezed (EditorSplit): a small floor, not their contents'
        if (area != Area.EDITOR) setMinimumSize(new java.awt.Dimension(150, 80));
    }

    /** A view tab dragged with the left button starts a drag of its view (not in the editor area). */
    private void listenForTabDrags() {
        MouseAdapter drag = new MouseAdapter() {
            private Point pressed;
            private int index = -1;

            @Override
            public void mousePressed(MouseEvent e) {
                index = area == Area.EDITOR || !SwingUtilities.isLeftMouseButton(e) ? -1 : indexAtLocation(e.getX(), e.getY());
                pressed = e.getPoint();
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (index < 0 || pressed == null || pressed.distance(e.getPoint()) < DragSource.getDragThreshold()) return;
                dragged = viewId(index);
                index = -1;
                getTransferHandler().exportAsDrag(ViewStack.this, e, TransferHandler.MOVE);
            }
        };
        addMouseListener(drag);
        addMouseMotionListener(drag);
    }

    /** Double-click maximises; the context menu maximises, minimises, moves or closes. */
    private void listenForClicks(Runnable toggleMaximise, Runnable minimise, Consumer<String> close,
                                 BiConsumer<String, Area> move) {
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
                if (area == Area.EDITOR && i >= 0 && editorTabs != null) {
                    String dossierId = viewId(i).substring(EDITOR_PREFIX.length());
                    menu.add(item("Close", () -> editorTabs.close(dossierId)));
                    menu.add(item("Close Others", () -> editorTabs.closeOthers(dossierId)));
                    menu.add(item("Close All", editorTabs::closeAllEditors));
                    menu.addSeparator();
                }
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

    /** The prefix of an editor's id among the tabs ({@code editor:<dossier id>}). */
    static final String EDITOR_PREFIX = "editor:";
    /** The client property naming the view a tab's component frames (its id, e.g. {@code editor:<dossier id>}). */
    static final String VIEW_ID = "hta.viewId";

    /** What the editor area's tabs do; set for the editor area. */
    EditorTabs editorTabs;

    /** The view whose tab is being dragged out of this stack. */
    private String dragged;

    /**
     * What a dragged view tab carries: its view id, in a flavor of its own (not text, so that text fields of an
     * editor never take it, and other text dropped on a stack is refused).
     */
    static final DataFlavor VIEW_FLAVOR = viewFlavor();

    private static DataFlavor viewFlavor() {
        try {
            return new DataFlavor(DataFlavor.javaJVMLocalObjectMimeType + ";class=java.lang.String", "HTA view tab",
                    String.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a dragged view tab. */
    private static final class ViewTab implements Transferable {
        private final String id;

        ViewTab(String id) {
            this.id = id;
        }

        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[]{VIEW_FLAVOR};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor f) {
            return VIEW_FLAVOR.equals(f);
        }

        @Override
        public Object getTransferData(DataFlavor f) throws UnsupportedFlavorException {
            if (!isDataFlavorSupported(f)) throw new UnsupportedFlavorException(f);
            return id;
        }
    }

    /**
     * Where a view dropped at {@code p} goes: this stack's area, or for the editor area the side whose edge it was
     * dropped on (left or right quarter, bottom third); null when the drop means nothing.
     */
    Area dropArea(Point p) {
        if (area != Area.EDITOR) return area;
        if (p.x < getWidth() / 4) return Area.LEFT;
        if (p.x > getWidth() * 3 / 4) return Area.RIGHT;
        if (p.y > getHeight() * 2 / 3) return Area.BOTTOM;
        return null;
    }

    /**
     * The part of this stack where a view dragged over it would go ({@link #dropArea}): the whole stack, or the
     * edge of the editor area; null for none. Shown tinted while a view is dragged over it, and kept as the client
     * property {@code hta.dropZone} for tests.
     */
    Rectangle zone(Area to) {
        if (to == null) return null;
        int w = getWidth();
        int h = getHeight();
        if (area != Area.EDITOR) return new Rectangle(0, 0, w, h);
        return switch (to) {
            case LEFT -> new Rectangle(0, 0, w / 4, h);
            case RIGHT -> new Rectangle(w * 3 / 4, 0, w - w * 3 / 4, h);
            default -> new Rectangle(0, h * 2 / 3, w, h - h * 2 / 3);
        };
    }

    private void showDropZone(Rectangle r) {
        if (java.util.Objects.equals(r, getClientProperty(DROP_ZONE))) return;
        putClientProperty(DROP_ZONE, r);
        repaint();
    }

    /** Swing asks the transfer handler on every move over the stack, but does not tell it when the drag leaves. */
    private void clearDropZoneWhenTheDragLeaves() {
        try {
            getDropTarget().addDropTargetListener(new DropTargetAdapter() {
                @Override
                public void dragExit(DropTargetEvent e) {
                    showDropZone(null);
                }

                @Override
                public void drop(DropTargetDropEvent e) {
                    showDropZone(null);
                }
            });
        } catch (TooManyListenersException e) {
            throw new IllegalStateException("Swing's drop target takes several listeners", e);
        }
    }

    @Override
    public void paint(Graphics g) {
        super.paint(g);
        if (!(getClientProperty(DROP_ZONE) instanceof Rectangle r)) return;
        Color accent = UIManager.getColor("Component.focusColor");
        if (accent == null) accent = new Color(0x2675BF);
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 60));
        g2.fill(r);
        g2.setColor(accent);
        g2.setStroke(new BasicStroke(3));
        g2.drawRect(r.x + 1, r.y + 1, r.width - 3, r.height - 3);
        g2.dispose();
    }

    /** Drag and drop of view tabs between stacks. */
    private final class TabTransfer extends TransferHandler {
        private final BiConsumer<String, Area> move;

        TabTransfer(BiConsumer<String, Area> move) {
            this.move = move;
        }

        @Override
        public int getSourceActions(JComponent c) {
            return area == Area.EDITOR ? NONE : MOVE;
        }

        @Override
        protected Transferable createTransferable(JComponent c) {
            return dragged == null ? null : new ViewTab(dragged);
        }

        @Override
        protected void exportDone(JComponent source, Transferable data, int action) {
            dragged = null;
        }

        @Override
        public boolean canImport(TransferSupport support) {
            if (!support.isDrop() || !support.isDataFlavorSupported(VIEW_FLAVOR)) return false;
            Area to = dropArea(support.getDropLocation().getDropPoint());
            showDropZone(zone(to));
            return to != null;
        }

        @Override
        public boolean importData(TransferSupport support) {
            if (!canImport(support)) return false;
            String id;
            try {
                id = (String) support.getTransferable().getTransferData(VIEW_FLAVOR);
            } catch (UnsupportedFlavorException | IOException e) {
                return false;
            }
            Area to = dropArea(support.getDropLocation().getDropPoint());
            if (to == null || indexOfView(id) >= 0 && to == area) return false;
            // after the drag has ended: the move rebuilds the split panes the drag started from
            SwingUtilities.invokeLater(() -> move.accept(id, to));
            return true;
        }
    }

    private static JMenuItem item(String label, Runnable r) {
        JMenuItem m = new JMenuItem(label);
        m.addActionListener(e -> r.run());
        return m;
    }

    /** The id of the view in tab {@code i} (components carry {@code view:<id>} as their name). */
    String viewId(int i) {
        Component c = getComponentAt(i);
        // a tab may hold a frame around the view (an editor with its team-workspace bars): the frame says whose it is
        if (c instanceof javax.swing.JComponent j && j.getClientProperty(VIEW_ID) instanceof String id) return id;
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
