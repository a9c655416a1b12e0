package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.commands.KeyBindings;
import hta.workbench.shell.internal.layout.PageLayout;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The main window: menu bar and toolbar built from the commands, the {@link PageLayout} of the current
 * perspective, and the status bar. Menus follow command categories: File, Edit, View, Window (with its
 * Perspective and Show View submenus), one menu per contributed category, then Help. Used on the EDT.
 */
public final class WorkbenchWindow extends JFrame {

    private final CommandRegistry commands;
    private final KeyBindings keys;
    private final Menus menus;
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
        this.menus = new Menus(commands, runner);
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
        // typing not yet recorded as an edit can be saved too: the toolbar looks again after each key in this window
        Toolkit.getDefaultToolkit().addAWTEventListener(typed, AWTEvent.KEY_EVENT_MASK);
    }

    /** After a key typed or released in this window has been handled, the toolbar looks again. */
    private final AWTEventListener typed = e -> {
        if ((e.getID() == KeyEvent.KEY_TYPED || e.getID() == KeyEvent.KEY_RELEASED) && e.getSource() instanceof Component c
                && SwingUtilities.getWindowAncestor(c) == this) {
            SwingUtilities.invokeLater(this::refreshEnablement);
        }
    };

    @Override
    public void dispose() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(typed);
        super.dispose();
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
        setJMenuBar(menus.bar());
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
                b.setToolTipText(tooltip(c));
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

    /**
     * Re-evaluates the enablement of toolbar buttons and their tooltips, which name what the command would act on
     * ("Undo Change Norway maximum pharmacy price (Ctrl+Z)"); menus do it when they open.
     */
    public void refreshEnablement() {
        for (AbstractButton b : toolbarButtons) {
            Command c = (Command) b.getClientProperty(Command.class);
            b.setEnabled(c.isEnabled());
            if (c.detail() != null) b.setToolTipText(tooltip(c));
        }
    }

    private String tooltip(Command c) {
        String keys = commands.keysText(c);
        return c.currentLabel() + (keys.isEmpty() ? "" : " (" + keys + ")");
    }

    JComponent toolbar() {
        return toolbar;
    }
}
