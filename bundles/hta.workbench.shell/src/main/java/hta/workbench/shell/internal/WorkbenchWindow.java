package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandMenuItem;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.commands.KeyBindings;
import hta.workbench.shell.internal.layout.PageLayout;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * The main window: menu bar and toolbar built from the commands, the {@link PageLayout} of the current
 * perspective, and the status bar. Menus follow command categories: File, Edit, View, Window (with its
 * Perspective and Show View submenus), one menu per contributed category, then Help. Used on the EDT.
 */
public final class WorkbenchWindow extends JFrame {
    static final List<String> TOP = List.of("File", "Edit", "Navigate", "Window");
    static final List<String> WINDOW_SUBMENUS = List.of("Perspective", "Show View");
    /** File › Open Recent Workspace, after Open Team Workspace…; a separator after Open Local Workspace. */
    static final String FILE_SUBMENU = "Open Recent Workspace";

    private final CommandRegistry commands;
    private final KeyBindings keys;
    private final KeyBindings.CommandRunner runner;
    private final PageLayout page;
    private final StatusBar status;
    private final JToolBar toolbar = new JToolBar();
    private final List<String> toolbarCommands;
    private final List<AbstractButton> toolbarButtons = new ArrayList<>();

    public WorkbenchWindow(String title, CommandRegistry commands, KeyBindings.CommandRunner runner, PageLayout page,
                           StatusBar status, List<String> toolbarCommands) {
        super(title);
        this.commands = commands;
        this.runner = runner;
        this.keys = new KeyBindings(commands, runner);
        this.page = page;
        this.status = status;
        this.toolbarCommands = toolbarCommands;
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        toolbar.setFloatable(false);
        toolbar.setName("toolbar");
        getContentPane().add(toolbar, BorderLayout.NORTH);
        getContentPane().add(page, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(1240, 760));
        commandsChanged();
    }

    public PageLayout page() {
        return page;
    }

    public StatusBar status() {
        return status;
    }

    /** Rebuilds menus, toolbar and key bindings after commands came or went. */
    public void commandsChanged() {
        keys.install(getRootPane());
        setJMenuBar(menuBar());
        toolbar.removeAll();
        toolbarButtons.clear();
        for (String id : toolbarCommands) {
            if (id.equals("-")) {
                toolbar.addSeparator();
                continue;
            }
            commands.find(id).ifPresent(c -> {
                JButton b = new JButton(c.label());
                b.setName("tool:" + c.id());
                b.setToolTipText(c.label() + (c.bindingText().isEmpty() ? "" : " (" + c.bindingText() + ")"));
                b.putClientProperty(Command.class, c);
                b.addActionListener(e -> runner.run(c));
                toolbar.add(b);
                toolbarButtons.add(b);
            });
        }
        status.conflicts(commands.conflicts().size());
        refreshEnablement();
        toolbar.revalidate();
        toolbar.repaint();
    }

    /** Re-evaluates the enablement of toolbar buttons (menus do it when they open). */
    public void refreshEnablement() {
        for (AbstractButton b : toolbarButtons) {
            b.setEnabled(((Command) b.getClientProperty(Command.class)).isEnabled());
        }
    }

    private JMenuBar menuBar() {
        Map<String, List<Command>> byCategory = new LinkedHashMap<>();
        for (Command c : commands.all()) byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        JMenuBar bar = new JMenuBar();
        for (String cat : TOP) {
            JMenu m = menu(cat, byCategory.getOrDefault(cat, List.of()));
            if (cat.equals("Window")) {
                int at = 0;
                for (String sub : WINDOW_SUBMENUS) m.insert(menu(sub, byCategory.getOrDefault(sub, List.of())), at++);
                m.insertSeparator(at);
            }
            if (cat.equals("File")) fileSubmenu(m, byCategory.getOrDefault(FILE_SUBMENU, List.of()));
            bar.add(m);
        }
        byCategory.forEach((cat, list) -> {
            if (!TOP.contains(cat) && !WINDOW_SUBMENUS.contains(cat) && !cat.equals(FILE_SUBMENU) && !cat.equals("Help")) {
                bar.add(menu(cat, list));
            }
        });
        bar.add(menu("Help", byCategory.getOrDefault("Help", List.of())));
        return bar;
    }

    private void fileSubmenu(JMenu file, List<Command> recent) {
        int team = -1;
        int local = -1;
        for (int i = 0; i < file.getItemCount(); i++) {
            if (file.getItem(i) instanceof CommandMenuItem item) {
                if (item.command().id().equals("hta.file.openTeam")) team = i;
                if (item.command().id().equals("hta.file.openLocal")) local = i;
            }
        }
        if (team < 0) return;
        JMenu sub = menu(FILE_SUBMENU, recent);
        sub.setMnemonic('R');
        sub.setEnabled(!recent.isEmpty());
        file.insert(sub, team + 1);
        int last = Math.max(team + 1, local >= 0 ? local + 1 : team + 1);
        if (last + 1 < file.getItemCount()) file.insertSeparator(last + 1);
    }

    private JMenu menu(String title, List<Command> list) {
        JMenu m = new JMenu(title);
        m.setName("menu:" + title);
        m.setMnemonic(title.charAt(0));
        for (Command c : list) m.add(new CommandMenuItem(c, runner));
        m.addMenuListener(new MenuListener() {
            public void menuSelected(MenuEvent e) {
                for (java.awt.Component item : m.getMenuComponents()) {
                    if (item instanceof CommandMenuItem) ((CommandMenuItem) item).refresh();
                }
            }

            public void menuDeselected(MenuEvent e) {
            }

            public void menuCanceled(MenuEvent e) {
            }
        });
        return m;
    }

    JComponent toolbar() {
        return toolbar;
    }
}
