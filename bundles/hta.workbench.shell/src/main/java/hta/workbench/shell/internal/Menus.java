package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandMenuItem;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.commands.KeyBindings;
import java.awt.Component;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPopupMenu;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * The menu bar, built from the commands by category: File, Edit, Navigate, Window (with its Perspective and Show
 * View submenus), one menu per contributed category, then Help; File has Open Recent. Within a menu the workbench's
 * commands keep their order in groups (e.g. File: new and open, save and close, export, preferences, exit) and a
 * contribution's command joins the group before the last. Every menu and item gets a mnemonic of its own within
 * its menu (Alt+F, then a letter). Used on the EDT.
 */
final class Menus {
    static final List<String> TOP = List.of("File", "Edit", "Navigate", "Window");
    /** File › Open Recent Workspace, after Open Team Workspace… (the team workspace's commands). */
    static final String RECENT_WORKSPACES = "Open Recent Workspace";
    /** Submenus: the category shown as a submenu, and the menu it is in. */
    static final Map<String, String> SUBMENUS = submenus();

    private static Map<String, String> submenus() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Open Recent", "File");
        m.put(RECENT_WORKSPACES, "File");
        m.put("Perspective", "Window");
        m.put("Show View", "Window");
        return java.util.Collections.unmodifiableMap(m);
    }
    /** Where a separator goes: before these commands. */
    private static final Set<String> GROUP_STARTS = Set.of("hta.file.openTeam", "hta.file.save", "hta.file.export", "hta.file.preferences",
            "hta.file.exit", "hta.edit.cut", "hta.edit.find", "hta.edit.markConfidential", "hta.window.maximise",
            "hta.window.reset", "hta.navigate.nextEditor", "hta.navigate.nextPage");
    /** The commands that end their menu, after any contributed one. */
    private static final Set<String> LAST = Set.of("hta.file.preferences", "hta.file.exit", "hta.help.about");

    private final CommandRegistry commands;
    private final KeyBindings.CommandRunner runner;

    Menus(CommandRegistry commands, KeyBindings.CommandRunner runner) {
        this.commands = commands;
        this.runner = runner;
    }

    JMenuBar bar() {
        Map<String, List<Command>> byCategory = new LinkedHashMap<>();
        for (Command c : commands.all()) byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        JMenuBar bar = new JMenuBar();
        for (String cat : TOP) bar.add(menu(cat, byCategory));
        byCategory.forEach((cat, list) -> {
            if (!TOP.contains(cat) && !SUBMENUS.containsKey(cat) && !cat.equals("Help")) bar.add(menu(cat, byCategory));
        });
        bar.add(menu("Help", byCategory));
        mnemonics(bar.getComponents());
        return bar;
    }

    private JMenu menu(String title, Map<String, List<Command>> byCategory) {
        JMenu m = new JMenu(title);
        m.setName("menu:" + title);
        List<Command> list = new ArrayList<>(byCategory.getOrDefault(title, List.of()));
        // the commands that end the menu go after any contributed one
        list.sort((a, b) -> Boolean.compare(LAST.contains(a.id()), LAST.contains(b.id())));
        boolean subs = false;
        for (Map.Entry<String, String> s : SUBMENUS.entrySet()) {
            if (!s.getValue().equals(title) || title.equals("File")) continue;
            m.add(menu(s.getKey(), byCategory));
            subs = true;
        }
        if (subs) m.addSeparator();
        for (Command c : list) {
            if (GROUP_STARTS.contains(c.id()) && m.getMenuComponentCount() > 0) m.addSeparator();
            m.add(new CommandMenuItem(c, commands.keys(c), runner));
            if (title.equals("File") && c.id().equals("hta.file.open")) m.add(menu("Open Recent", byCategory));
            if (title.equals("File") && c.id().equals("hta.file.openTeam")) {
                JMenu workspaces = menu(RECENT_WORKSPACES, byCategory);
                workspaces.setEnabled(workspaces.getItemCount() > 0);
                m.add(workspaces);
            }
        }
        JPopupMenu popup = m.getPopupMenu();
        mnemonics(popup.getComponents());
        m.addMenuListener(new MenuListener() {
            public void menuSelected(MenuEvent e) {
                for (Component item : m.getMenuComponents()) {
                    if (item instanceof CommandMenuItem ci) ci.refresh();
                }
            }

            public void menuDeselected(MenuEvent e) {
            }

            public void menuCanceled(MenuEvent e) {
            }
        });
        return m;
    }

    /** Gives each button a mnemonic of its own: the first letter of a word if free, else any free letter. */
    static void mnemonics(Component[] items) {
        Set<Integer> used = new HashSet<>();
        for (Component c : items) {
            if (!(c instanceof AbstractButton b) || b.getText() == null) continue;
            String text = b.getText();
            int chosen = pick(text, used, true);
            if (chosen < 0) chosen = pick(text, used, false);
            if (chosen >= 0) {
                used.add(chosen);
                b.setMnemonic(chosen);
                b.setDisplayedMnemonicIndex(text.toUpperCase(Locale.ROOT).indexOf(chosen));
            }
        }
    }

    private static int pick(String text, Set<Integer> used, boolean wordStarts) {
        String up = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < up.length(); i++) {
            char ch = up.charAt(i);
            if (ch < 'A' || ch > 'Z' || used.contains((int) ch)) continue;
            if (wordStarts && i > 0 && Character.isLetterOrDigit(up.charAt(i - 1))) continue;
            return ch;
        }
        return -1;
    }
}
