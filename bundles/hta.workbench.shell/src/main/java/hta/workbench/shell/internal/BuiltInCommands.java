package hta.workbench.shell.internal;

import hta.workbench.shell.internal.editors.EditorManager;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.layout.Area;
import hta.workbench.shell.internal.layout.Perspective;
import hta.workbench.shell.internal.prefs.Preferences;

/** The workbench's own commands: file, edit, navigation, window, perspectives and help. */
final class BuiltInCommands {
    private BuiltInCommands() {
    }

    static void register(Workbench wb) {
        CommandRegistry r = wb.commands;
        EditorManager ed = wb.editors();
        r.add(Command.of("hta.file.new", "New Dossier…", "File", "ctrl N", null, () -> NewDossier.ask(wb)));
        r.add(Command.of("hta.file.open", "Open Dossier…", "File", "ctrl O", null, wb::openDossier));
        r.add(Command.of("hta.file.save", "Save", "File", "ctrl S", ed::canSaveActive, ed::saveActive));
        r.add(Command.of("hta.file.saveAll", "Save All", "File", "ctrl shift S", ed::anyDirty, ed::saveAll));
        r.add(Command.of("hta.file.close", "Close Editor", "File", "ctrl W", ed::hasActive, ed::closeActive));
        r.add(Command.of("hta.file.closeOthers", "Close Other Editors", "File", null, ed::hasOthers, () -> ed.closeOthers(null)));
        r.add(Command.of("hta.file.closeAll", "Close All Editors", "File", "ctrl shift W", ed::hasActive, ed::closeAllEditors));
        r.add(Command.of("hta.file.preferences", "Preferences…", "File", null, null, wb::showPreferences));
        r.add(Command.of("hta.file.exit", "Exit", "File", "ctrl Q", null, () -> wb.window().dispatchEvent(
                new java.awt.event.WindowEvent(wb.window(), java.awt.event.WindowEvent.WINDOW_CLOSING))));
        r.add(Command.of("hta.edit.undo", "Undo", "Edit", "ctrl Z", ed::canUndo, ed::undo).withDetail(ed::undoLabel));
        r.add(Command.of("hta.edit.redo", "Redo", "Edit", "ctrl Y", ed::canRedo, ed::redo).withDetail(ed::redoLabel));
        r.add(Command.of("hta.edit.cut", "Cut", "Edit", "ctrl X", EditActions::canEdit, EditActions::cut));
        r.add(Command.of("hta.edit.copy", "Copy", "Edit", "ctrl C", EditActions::canCopy, EditActions::copy));
        r.add(Command.of("hta.edit.paste", "Paste", "Edit", "ctrl V", EditActions::canEdit, EditActions::paste));
        r.add(Command.of("hta.edit.selectAll", "Select All", "Edit", "ctrl A", EditActions::canCopy, EditActions::selectAll));
        r.add(Command.of("hta.navigate.openSelected", "Open Selected Dossier", "Navigate", null,
                () -> wb.selection.current().isPresent(),
                () -> ed.open(wb.selection.current().orElseThrow().dossierId(), null)));
        r.add(Command.of("hta.navigate.nextView", "Next View", "Navigate", "ctrl F7", null, () -> nextView(wb)));
        r.add(Command.of("hta.navigate.nextEditor", "Next Editor", "Navigate", "ctrl F6", ed::hasOthers, () -> ed.nextEditor(1)));
        r.add(Command.of("hta.navigate.previousEditor", "Previous Editor", "Navigate", "ctrl shift F6", ed::hasOthers,
                () -> ed.nextEditor(-1)));
        r.add(Command.of("hta.navigate.nextPage", "Next Page", "Navigate", "ctrl PAGE_DOWN", ed::hasActive, () -> ed.showPage(1)));
        r.add(Command.of("hta.navigate.previousPage", "Previous Page", "Navigate", "ctrl PAGE_UP", ed::hasActive,
                () -> ed.showPage(-1)));
        r.add(Command.of("hta.window.maximise", "Maximise / Restore Active Area", "Window", "ctrl M", null,
                wb::maximiseFocused));
        r.add(Command.of("hta.window.minimise", "Minimise Active Area", "Window", "ctrl shift M",
                () -> wb.page().focusedArea() != null, wb::minimiseFocused));
        r.add(Command.of("hta.window.reset", "Reset Perspective", "Window", null, null, wb.perspectives::reset));
        r.add(Command.of("hta.window.theme", "Toggle Light / Dark Theme", "Window", null, null, () -> {
            boolean dark = !Theme.isDark();
            wb.prefs.set(hta.workbench.shell.internal.prefs.Preferences.THEME, dark ? "dark" : "light");
            Theme.switchTo(dark);
        }));
        r.add(Command.of("hta.window.keys", "Key Bindings…", "Window", null, null, wb::showKeyBindings));
        for (Perspective p : wb.perspectives.builtIn()) {
            r.add(Command.of("hta.perspective." + p.id(), p.label(), "Perspective", null,
                    () -> wb.perspectives.shown() != p, () -> wb.perspectives.show(p)));
        }
        r.add(Command.of("hta.help.findCommand", "Find Command…", "Help", "ctrl 3", null, wb::findCommand));
        r.add(Command.of("hta.help.about", "About HTA Workbench…", "Help", null, null, () -> AboutDialog.show(wb)));
    }

    /** Moves the focus to the next view stack that is showing (keyboard-only use). */
    private static void nextView(Workbench wb) {
        java.util.List<javax.swing.JTabbedPane> stacks = new java.util.ArrayList<>();
        for (hta.workbench.shell.internal.layout.Area a : hta.workbench.shell.internal.layout.Area.values()) {
            javax.swing.JTabbedPane s = wb.page().stack(a);
            if (s.isShowing() && s.getTabCount() > 0) stacks.add(s);
        }
        if (stacks.isEmpty()) return;
        hta.workbench.shell.internal.layout.Area current = wb.page().focusedArea();
        int i = current == null ? -1 : stacks.indexOf(wb.page().stack(current));
        javax.swing.JTabbedPane next = stacks.get((i + 1) % stacks.size());
        next.requestFocusInWindow();
    }
}
