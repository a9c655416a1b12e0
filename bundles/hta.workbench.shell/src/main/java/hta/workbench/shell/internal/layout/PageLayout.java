package hta.workbench.shell.internal.layout;

import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.KeyboardFocusManager;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

/**
 * Arranges the views of the current perspective in split panes and tab stacks around the editor area, and
 * carries out the user's changes (close, move, maximise, minimise, show, reset) on the {@link LayoutState}.
 * Views come from the {@link ViewContribution}s known now; a view whose bundle is gone keeps its place and
 * reappears there when the bundle returns. Used on the EDT.
 */
public final class PageLayout extends JPanel {
    private final Map<Area, ViewStack> stacks = new EnumMap<>(Area.class);
    private final Map<String, ViewContribution> contributions = new LinkedHashMap<>();
    private final Map<String, JComponent> open = new LinkedHashMap<>();
    private final JPanel trim = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
    private final Guard guard;
    private final Supplier<WorkbenchSite> site;
    private final Runnable changed;
    private LayoutState state;
    private Area maximised;
    /** The editor stack and, over it while it is empty, the welcome. */
    private final JPanel editorArea = new JPanel() {
        @Override
        public boolean isOptimizedDrawingEnabled() {
            return false; // the welcome lies over the stack
        }
    };
    private JComponent welcome;
    private final Map<String, JSplitPane> splits = new LinkedHashMap<>();

    public PageLayout(Guard guard, Supplier<WorkbenchSite> site, Runnable changed) {
        super(new BorderLayout());
        this.guard = guard;
        this.site = site;
        this.changed = changed;
        setName("pageLayout");
        trim.setName("trim");
        trim.setOpaque(false);
        for (Area a : Area.values()) {
            stacks.put(a, new ViewStack(a, () -> toggleMaximise(a), () -> minimise(a), this::closeView, this::moveView));
        }
        editorArea.setName("editorArea");
        editorArea.setLayout(new javax.swing.OverlayLayout(editorArea));
        editorArea.add(stacks.get(Area.EDITOR));
        stacks.get(Area.EDITOR).addContainerListener(new java.awt.event.ContainerAdapter() {
            @Override
            public void componentAdded(java.awt.event.ContainerEvent e) {
                showWelcome();
            }

            @Override
            public void componentRemoved(java.awt.event.ContainerEvent e) {
                showWelcome();
            }
        });
    }

    /**
     * What the editor area shows while it has no editor (over the empty stack, which stays where views are dropped
     * and editors open).
     */
    public void setWelcome(JComponent welcome) {
        editorArea.add(welcome, 0);
        this.welcome = welcome;
        showWelcome();
    }

    private void showWelcome() {
        if (welcome != null) welcome.setVisible(stacks.get(Area.EDITOR).getTabCount() == 0);
    }

    /** The editor stack; the editor manager adds and removes its tabs. */
    public ViewStack editorStack() {
        return stacks.get(Area.EDITOR);
    }

    public ViewStack stack(Area a) {
        return stacks.get(a);
    }

    /** Buttons for minimised areas, shown in the status bar. */
    public JComponent trim() {
        return trim;
    }

    public LayoutState state() {
        return state;
    }

    public Area maximised() {
        return maximised;
    }

    /** Shows the layout {@code s}, closing every view first. */
    public void apply(LayoutState s) {
        captureDividers();
        splits.clear();
        for (String id : open.keySet().toArray(String[]::new)) disposeView(id);
        state = s;
        maximised = null;
        for (Area a : Area.values()) {
            if (a == Area.EDITOR) continue;
            for (String id : s.views(a)) {
                if (!s.isClosed(id) && contributions.containsKey(id)) openInto(id, a, false);
            }
        }
        rebuild();
    }

    /**
     * Views that some perspective places: they open only where a perspective puts them (or through Show View).
     * Any other view (a plugin's) opens in its default area as soon as it arrives.
     */
    public void setPerspectiveViews(java.util.Set<String> ids) {
        perspectiveViews = java.util.Set.copyOf(ids);
    }

    private java.util.Set<String> perspectiveViews = java.util.Set.of();

    /** A view became available: open it where the layout places it (or its default area) unless closed. */
    public void addContribution(ViewContribution v) {
        contributions.put(v.id(), v);
        if (state == null || state.isClosed(v.id()) || open.containsKey(v.id())) return;
        Area a = state.area(v.id());
        if (a == null && perspectiveViews.contains(v.id())) return;
        if (a == null) {
            a = Area.of(v.defaultArea());
            state.place(v.id(), a);
        }
        openInto(v.id(), a, false);
        rebuild();
    }

    /** A view's bundle went away: close it, keeping its place in the layout. */
    public void removeContribution(String id) {
        contributions.remove(id);
        if (open.containsKey(id)) {
            disposeView(id);
            rebuild();
        }
    }

    public Map<String, ViewContribution> contributions() {
        return contributions;
    }

    public boolean isOpen(String id) {
        return open.containsKey(id);
    }

    /** The component of an open view, or null. */
    public JComponent view(String id) {
        return open.get(id);
    }

    /** Opens (if needed), reveals and selects a view. */
    public void showView(String id) {
        if (!contributions.containsKey(id)) return;
        Area a = state.area(id);
        if (a == null) a = Area.of(contributions.get(id).defaultArea());
        if (!open.containsKey(id)) {
            state.place(id, a);
            openInto(id, a, true);
        }
        state.minimised.remove(a);
        if (maximised != null && maximised != a) maximised = null;
        rebuild();
        ViewStack s = stacks.get(a);
        int i = s.indexOfView(id);
        if (i >= 0) s.setSelectedIndex(i);
        changed.run();
    }

    /** What the editor area's tabs do: close an editor, the others, all. */
    public void setEditorTabs(EditorTabs tabs) {
        stacks.get(Area.EDITOR).editorTabs = tabs;
    }

    public void closeView(String id) {
        EditorTabs editors = stacks.get(Area.EDITOR).editorTabs;
        if (id.startsWith(ViewStack.EDITOR_PREFIX) && editors != null) {
            editors.close(id.substring(ViewStack.EDITOR_PREFIX.length()));
            return;
        }
        if (!open.containsKey(id)) return;
        disposeView(id);
        state.closed.add(id);
        rebuild();
        changed.run();
    }

    public void moveView(String id, Area to) {
        JComponent c = open.get(id);
        if (c == null || to == Area.EDITOR || to == state.area(id)) return;
        stacks.get(state.area(id)).remove(c);
        state.place(id, to);
        stacks.get(to).addTab(contributions.get(id).title(), c);
        stacks.get(to).setSelectedComponent(c);
        state.minimised.remove(to);
        rebuild();
        changed.run();
    }

    public void toggleMaximise(Area a) {
        maximised = maximised == a ? null : a;
        rebuild();
    }

    public void minimise(Area a) {
        if (a == Area.EDITOR) return;
        state.minimised.add(a);
        if (maximised == a) maximised = null;
        rebuild();
        changed.run();
    }

    public void restore(Area a) {
        state.minimised.remove(a);
        rebuild();
        changed.run();
    }

    /** The area whose stack holds the keyboard focus, or null. */
    public Area focusedArea() {
        return areaOf(KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /** The area whose stack holds {@code c}, or null. */
    public Area areaOf(Component c) {
        for (ViewStack s : stacks.values()) {
            if (c != null && SwingUtilities.isDescendingFrom(c, s)) return s.area;
        }
        return null;
    }

    private void openInto(String id, Area a, boolean select) {
        ViewContribution v = contributions.get(id);
        JComponent c = guard.call(v.id(), "opening view '" + v.title() + "'", () -> v.createComponent(site.get()))
                .orElseGet(() -> failed(v));
        c.setName("view:" + id);
        open.put(id, c);
        ViewStack s = stacks.get(a);
        // in the perspective's order, whatever order the views' bundles arrive in; the first one in front
        int at = 0;
        for (String other : state.views(a)) {
            if (other.equals(id)) break;
            if (s.indexOfView(other) >= 0) at++;
        }
        s.insertTab(v.title(), null, c, null, Math.min(at, s.getTabCount()));
        // the view the user left in front comes to the front; until it has arrived, the first one is
        String front = state.selected.get(a);
        boolean frontOpen = front != null && !front.equals(id) && s.indexOfView(front) >= 0;
        if (select || id.equals(front) || at == 0 && !frontOpen) s.setSelectedComponent(c);
    }

    private static JComponent failed(ViewContribution v) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel("  The view '" + v.title() + "' could not be opened; the Error Log says why."),
                BorderLayout.NORTH);
        return p;
    }

    private void disposeView(String id) {
        JComponent c = open.remove(id);
        if (c == null) return;
        c.getParent().remove(c);
        ViewContribution v = contributions.get(id);
        if (v != null) guard.run(id, "closing view '" + v.title() + "'", () -> v.dispose(c));
    }

    /** Closes every view (the window is going away). */
    public void disposeAll() {
        for (String id : open.keySet().toArray(String[]::new)) disposeView(id);
    }

    /** Rebuilds the split tree from the stacks that have something to show. */
    private void rebuild() {
        captureDividers();
        removeAll();
        splits.clear();
        trim.removeAll();
        for (Area a : state.minimised) {
            if (stacks.get(a).getTabCount() == 0) continue;
            JButton b = new JButton("▴ " + a.label() + " (" + stacks.get(a).getTabCount() + ")");
            b.setName("restore:" + a.key());
            b.setToolTipText("Restore the minimised " + a.label().toLowerCase() + " area");
            b.addActionListener(e -> restore(a));
            trim.add(b);
        }
        if (maximised != null) {
            add(maximised == Area.EDITOR ? editorArea : stacks.get(maximised), BorderLayout.CENTER);
        } else {
            Component centre = editorArea;
            if (visible(Area.BOTTOM)) centre = split("bottom", JSplitPane.VERTICAL_SPLIT, centre, stacks.get(Area.BOTTOM), true);
            if (visible(Area.RIGHT)) centre = split("right", JSplitPane.HORIZONTAL_SPLIT, centre, stacks.get(Area.RIGHT), true);
            if (visible(Area.LEFT)) centre = split("left", JSplitPane.HORIZONTAL_SPLIT, stacks.get(Area.LEFT), centre, false);
            add(centre, BorderLayout.CENTER);
        }
        trim.revalidate();
        trim.repaint();
        revalidate();
        repaint();
    }

    private boolean visible(Area a) {
        return stacks.get(a).getTabCount() > 0 && !state.minimised.contains(a);
    }

    private JSplitPane split(String key, int orientation, Component a, Component b, boolean editorFirst) {
        double p = state.dividers.getOrDefault(key, 0.5);
        JSplitPane s = new EditorSplit(orientation, a, b, p, editorFirst);
        s.setName("split:" + key);
        s.setBorder(null);
        splits.put(key, s);
        return s;
    }

    /** Remembers the view in front in each area around the editors (when the layout is saved). */
    public void captureSelection() {
        if (state == null) return;
        stacks.forEach((a, s) -> {
            int i = s.getSelectedIndex();
            String id = a == Area.EDITOR || i < 0 ? null : s.viewId(i);
            if (id != null) state.selected.put(a, id);
        });
    }

    /** Remembers the split proportions the user dragged to. */
    public void captureDividers() {
        if (state == null) return;
        splits.forEach((key, s) -> {
            int size = s.getOrientation() == JSplitPane.HORIZONTAL_SPLIT ? s.getWidth() : s.getHeight();
            size -= s.getDividerSize();
            if (size > 50 && s.isShowing()) {
                double p = (double) s.getDividerLocation() / size;
                if (p > 0.02 && p < 0.98) state.dividers.put(key, p);
            }
        });
    }
}
