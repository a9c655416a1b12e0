package hta.workbench.shell.internal.editors;

import java.awt.Window;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/**
 * Closing editors — one, the others, all, or all before the window closes — asking first about those with unsaved
 * changes: Save (all), Don't Save (their drafts go), or Cancel (nothing closes). One question names every such
 * dossier. Used on the EDT.
 */
final class Closes {
    /** The window asking (made after the editors: asked for when needed). */
    private final Supplier<Window> owner;
    private final Drafts drafts;
    /** Saves an editor, then runs the callback on the EDT. */
    private final BiConsumer<OpenEditor, Runnable> save;
    /** Closes an editor without asking. */
    private final Consumer<OpenEditor> close;

    Closes(Supplier<Window> owner, Drafts drafts, BiConsumer<OpenEditor, Runnable> save, Consumer<OpenEditor> close) {
        this.owner = owner;
        this.drafts = drafts;
        this.save = save;
        this.close = close;
    }

    /** Closes {@code editors}, asking first about the unsaved ones; those are closed once saved. */
    void close(List<OpenEditor> editors) {
        List<OpenEditor> dirty = editors.stream().filter(OpenEditor::unsaved).toList();
        int answer = dirty.isEmpty() ? 1 : ask(dirty, dirty.size() == 1 ? "Save them before closing?"
                : "Save them before closing the editors?");
        if (answer == JOptionPane.CANCEL_OPTION || answer == JOptionPane.CLOSED_OPTION) return;
        for (OpenEditor e : editors) {
            if (!dirty.contains(e)) close.accept(e);
            else if (answer == 0) save.accept(e, () -> close.accept(e));
            else {
                drafts.discard(e.id());
                close.accept(e);
            }
        }
    }

    /**
     * Asks about every editor with unsaved changes before the window closes.
     *
     * @return true when the window may close now; false when cancelled or when saves are still running (the
     *         window is closed again once they succeed)
     */
    boolean beforeExit(List<OpenEditor> editors) {
        List<OpenEditor> dirty = editors.stream().filter(OpenEditor::unsaved).toList();
        if (dirty.isEmpty()) return true;
        int c = ask(dirty, "Save them before closing the workbench?");
        if (c == 1) {
            dirty.forEach(e -> drafts.discard(e.id()));
            return true;
        }
        if (c == 0) {
            int[] left = {dirty.size()};
            for (OpenEditor e : dirty) {
                save.accept(e, () -> {
                    if (--left[0] == 0) owner.get().dispatchEvent(new WindowEvent(owner.get(), WindowEvent.WINDOW_CLOSING));
                });
            }
        }
        return false;
    }

    /**
     * Runs {@code proceed} once none of {@code editors} holds unsaved changes: at once when none does, else after
     * asking (Save All: when every save succeeded; Don't Save: at once, the caller drops the changes). Cancel runs
     * {@code cancelled}.
     */
    void beforeSwitch(List<OpenEditor> editors, Runnable proceed, Runnable cancelled) {
        List<OpenEditor> dirty = editors.stream().filter(OpenEditor::unsaved).toList();
        int c = dirty.isEmpty() ? 1 : ask(dirty, "Save them before another workspace opens?");
        if (c == 1) {
            proceed.run();
        } else if (c == 0) {
            int[] left = {dirty.size()};
            for (OpenEditor e : dirty) {
                save.accept(e, () -> {
                    if (--left[0] == 0) proceed.run();
                });
            }
        } else {
            cancelled.run();
        }
    }

    /** 0: save, 1: don't save, 2 or closed: cancel. */
    private int ask(List<OpenEditor> dirty, String question) {
        if (dirty.size() == 1) {
            return JOptionPane.showOptionDialog(owner.get(), "'" + dirty.get(0).name() + "' has unsaved changes. " + question,
                    "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                    new String[]{"Save", "Don't Save", "Cancel"}, "Save");
        }
        StringBuilder names = new StringBuilder();
        dirty.forEach(e -> names.append("\n  • ").append(e.name()));
        return JOptionPane.showOptionDialog(owner.get(), "These dossiers have unsaved changes:" + names + "\n\n" + question,
                "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new String[]{"Save All", "Don't Save", "Cancel"}, "Save All");
    }
}
