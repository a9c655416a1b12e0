package hta.workbench.shell.internal;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.awt.event.WindowEvent;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * After a dialog closes, the keyboard focus goes back to the component that had it before the dialog opened (the
 * editor's text, a table), in every dialog of the process, contributed ones included. A window manager usually
 * activates the owner again; without one (a bare X server, a thin remote session) nothing did, and keys went
 * nowhere until a click (walk of December 2026). When a dialog opens, its owner's focus owner is remembered; when it
 * is closed or hidden and no window of the process has the focus — or the closed dialog still counts as focused —
 * its owner is brought to the front and its most recent focus owner asks for the focus: the component the dialog's
 * command gave it to (an editor it opened), else the one remembered. Focus that went somewhere else meanwhile (another
 * window) is left alone.
 *
 * <p>The other half: a window that a showing modal dialog blocks never keeps the focus. Giving the focus back is
 * asynchronous on X; when the writer opens the next dialog at once (Ctrl+3 right after the last finder closed), the
 * main window's late activation arrived after the new dialog had the focus, and keys typed into the new dialog went
 * to the blocked window (walk of December 2026, two CI runs). A blocked window that gains the focus, or that still
 * holds it when a modal dialog has opened over it, hands it to the dialog that blocks it, to that dialog's own most
 * recent focus owner. A transient dialog that does not block its owner (the command finder, {@link #KEEPS_FOCUS})
 * gets the same until the writer clicks outside it. Install on the event dispatch thread;
 * {@link #close()} removes it.
 */
final class DialogFocusReturn implements AWTEventListener, AutoCloseable {
    /** Per open dialog, the component of its owner that had the focus when it opened. */
    private final Map<Dialog, WeakReference<Component>> before = new WeakHashMap<>();
    /**
     * Showing dialogs that keep the focus from their owner until the writer clicks elsewhere ({@link #KEEPS_FOCUS}).
     */
    private final Map<Dialog, Boolean> keeping = new WeakHashMap<>();

    /** The client property of a transient dialog that keeps the focus from its owner (see CommandFinder). */
    static final String KEEPS_FOCUS = hta.workbench.shell.internal.commands.CommandFinder.KEEPS_FOCUS;

    private DialogFocusReturn() {
    }

    static DialogFocusReturn install() {
        DialogFocusReturn r = new DialogFocusReturn();
        Toolkit.getDefaultToolkit().addAWTEventListener(r, AWTEvent.WINDOW_EVENT_MASK
                | AWTEvent.WINDOW_FOCUS_EVENT_MASK | AWTEvent.COMPONENT_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        return r;
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        int id = event.getID();
        if (event instanceof MouseEvent) {
            if (id == MouseEvent.MOUSE_PRESSED && !keeping.isEmpty() && event.getSource() instanceof Component c) {
                // the writer clicked: a dialog clicked outside lets its owner have the focus
                Window at = c instanceof Window w ? w : javax.swing.SwingUtilities.getWindowAncestor(c);
                keeping.keySet().removeIf(d -> d != at);
            }
            return;
        }
        if (id == WindowEvent.WINDOW_OPENED && event.getSource() instanceof javax.swing.JDialog d
                && Boolean.TRUE.equals(d.getRootPane().getClientProperty(KEEPS_FOCUS))) {
            keeping.put(d, Boolean.TRUE);
        }
        if (id == WindowEvent.WINDOW_GAINED_FOCUS || id == WindowEvent.WINDOW_OPENED && event.getSource() instanceof Dialog) {
            // a blocked window that gains the focus, or kept it while a dialog opened over it
            EventQueue.invokeLater(this::settle);
            if (id == WindowEvent.WINDOW_GAINED_FOCUS) return;
        }
        if (!(event.getSource() instanceof Dialog d) || d.getOwner() == null) return;
        if (id == WindowEvent.WINDOW_OPENED || id == ComponentEvent.COMPONENT_SHOWN) {
            Component had = d.getOwner().getMostRecentFocusOwner();
            if (had != null && !before.containsKey(d)) before.put(d, new WeakReference<>(had));
        } else if (id == WindowEvent.WINDOW_CLOSED || id == ComponentEvent.COMPONENT_HIDDEN) {
            keeping.remove(d);
            WeakReference<Component> had = before.remove(d);
            if (had != null) EventQueue.invokeLater(() -> giveBack(d, had.get()));
        }
    }

    /** Gives the focus back to {@code had} in the owner of the closed dialog {@code d}, unless it went elsewhere. */
    private static void giveBack(Dialog d, Component had) {
        KeyboardFocusManager k = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        Window focused = k.getFocusedWindow();
        if (d.isShowing()) return; // shown again meanwhile
        if (focused != null && focused != d && focused.isShowing()) return; // a window has it: the system did its part
        Window owner = d.getOwner();
        if (owner == null || !owner.isShowing()) return;
        for (Window w : Window.getWindows()) {
            // another modal dialog is up, of this owner or of another dialog (a wizard's result after the wizard, a
            // message over Preferences): the writer is in that one, and raising the owner would cover it
            if (w != d && w.isShowing() && w instanceof Dialog next && next.isModal()) return;
        }
        // what the dialog's command asked for meanwhile (an editor it opened) wins over what had the focus before
        Component recent = owner.getMostRecentFocusOwner();
        Component target = takes(recent) ? recent : takes(had) ? had : null;
        owner.toFront();
        if (target != null) {
            target.requestFocus();
        } else {
            owner.requestFocus();
        }
    }

    private static boolean takes(Component c) {
        return c != null && c.isShowing() && c.isFocusable() && c.isEnabled();
    }

    /**
     * The showing modal dialog that blocks {@code w}, the innermost when dialogs are stacked (a message over
     * Preferences), or null. Application- and toolkit-modal dialogs block every window but their own and the windows
     * they own; document-modal ones the windows of their document.
     */
    static Dialog blocker(Window w) {
        if (w.getModalExclusionType() != Dialog.ModalExclusionType.NO_EXCLUDE) return null;
        Dialog found = null;
        for (Window o : Window.getWindows()) {
            if (o instanceof Dialog m && blocks(m, w) && (found == null || blocks(m, found))) found = m;
        }
        return found;
    }

    private static boolean blocks(Dialog m, Window w) {
        if (m == w || !m.isShowing() || !m.isModal() || ownedBy(w, m)) return false;
        return m.getModalityType() != Dialog.ModalityType.DOCUMENT_MODAL || root(m) == root(w);
    }

    private static boolean ownedBy(Window w, Window by) {
        for (Window o = w; o != null; o = o.getOwner()) {
            if (o == by) return true;
        }
        return false;
    }

    private static Window root(Window w) {
        Window r = w;
        while (r.getOwner() != null) r = r.getOwner();
        return r;
    }

    /**
     * Gives the focus that a blocked window holds to the modal dialog that blocks it; or, the focus that a window
     * holds or gains while a dialog it owns keeps the focus ({@link #KEEPS_FOCUS}), to that dialog.
     */
    private void settle() {
        Window w = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
        Dialog blocker = w == null ? null : blocker(w);
        if (blocker == null && w != null) {
            for (Dialog d : keeping.keySet()) {
                if (d != w && d.isShowing() && ownedBy(d, w)) blocker = d;
            }
        }
        if (blocker == null) return;
        Component inner = blocker.getMostRecentFocusOwner();
        blocker.toFront();
        if (inner != null && takes(inner)) {
            inner.requestFocus();
        } else {
            blocker.requestFocus();
        }
    }
}
