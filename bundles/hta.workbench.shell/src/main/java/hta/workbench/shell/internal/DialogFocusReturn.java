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
 * command gave it to (an editor it opened), else the one remembered. Focus that went somewhere else meanwhile (another window) is left alone. Install on the event dispatch
 * thread; {@link #close()} removes it.
 */
final class DialogFocusReturn implements AWTEventListener, AutoCloseable {
    /** Per open dialog, the component of its owner that had the focus when it opened. */
    private final Map<Dialog, WeakReference<Component>> before = new WeakHashMap<>();

    private DialogFocusReturn() {
    }

    static DialogFocusReturn install() {
        DialogFocusReturn r = new DialogFocusReturn();
        Toolkit.getDefaultToolkit().addAWTEventListener(r, AWTEvent.WINDOW_EVENT_MASK | AWTEvent.COMPONENT_EVENT_MASK);
        return r;
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event.getSource() instanceof Dialog d) || d.getOwner() == null) return;
        int id = event.getID();
        if (id == WindowEvent.WINDOW_OPENED || id == ComponentEvent.COMPONENT_SHOWN) {
            Component had = d.getOwner().getMostRecentFocusOwner();
            if (had != null && !before.containsKey(d)) before.put(d, new WeakReference<>(had));
        } else if (id == WindowEvent.WINDOW_CLOSED || id == ComponentEvent.COMPONENT_HIDDEN) {
            WeakReference<Component> had = before.remove(d);
            if (had != null) EventQueue.invokeLater(() -> giveBack(d, had.get()));
        }
    }

    /** Gives the focus back to {@code had} in the owner of the closed dialog {@code d}, unless it went elsewhere. */
    private static void giveBack(Dialog d, Component had) {
        KeyboardFocusManager k = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        Window focused = k.getFocusedWindow();
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
}
