package hta.workbench.shell.internal;

import hta.workbench.api.CommandContribution;
import hta.workbench.api.PerspectiveContribution;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.jobs.Guard;
import hta.workbench.shell.internal.layout.PageLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The whiteboard's arrivals and departures in the open window: a view with its Show View command, a command with
 * its key binding (a conflict is logged and said in the status bar), a preference page, a perspective. Every
 * method may be called from any thread (service events) and hops to the EDT; a failure of contributed code is
 * logged against its bundle and the workbench carries on.
 */
final class Contributions {
    private final PageLayout page;
    private final CommandRegistry commands;
    private final Guard guard;
    private final Perspectives perspectives;
    /** The preference pages File › Preferences shows; touched on the EDT only. */
    private final List<PreferencePage> preferencePages;
    private final WorkbenchSite site;
    private final Consumer<String> status;

    Contributions(PageLayout page, CommandRegistry commands, Guard guard, Perspectives perspectives,
                  List<PreferencePage> preferencePages, WorkbenchSite site, Consumer<String> status) {
        this.page = page;
        this.commands = commands;
        this.guard = guard;
        this.perspectives = perspectives;
        this.preferencePages = preferencePages;
        this.site = site;
        this.status = status;
    }

    void addView(ViewContribution v) {
        SwingUtilities.invokeLater(() -> {
            page.addContribution(v);
            String id = "hta.showView." + v.id();
            if (commands.find(id).isEmpty()) {
                commands.add(new Command(id, v.title(), "Show View", null, Command.WORKBENCH, null,
                        () -> page.showView(v.id())));
            }
        });
    }

    void removeView(ViewContribution v) {
        SwingUtilities.invokeLater(() -> {
            page.removeContribution(v.id());
            commands.remove("hta.showView." + v.id());
        });
    }

    void addCommand(CommandContribution c, String bundle) {
        SwingUtilities.invokeLater(() -> guard.run(bundle, "adding command '" + c.id() + "'", () -> {
            KeyStroke ks = null;
            try {
                ks = Command.keyStroke(c.keyBinding());
            } catch (IllegalArgumentException e) {
                guard.log().warning(bundle, "command '" + c.label() + "': " + e.getMessage() + "; added without keys");
            }
            Command cmd = new Command(c.id(), c.label(), c.category(), ks, bundle,
                    () -> c.isEnabled(site), () -> c.execute(site));
            int before = commands.conflicts().size();
            commands.add(cmd);
            commands.conflicts().stream().skip(before).forEach(conflict ->
                    guard.log().warning(bundle, "key-binding conflict: " + conflict.describe()));
            commands.conflicts().stream().filter(k -> k.commands().contains(cmd)).findFirst().ifPresent(k ->
                    status.accept("⚠ " + k.describe()));
        }));
    }

    /** Removes a contributed command; the workbench's own commands of the same id stay. */
    void removeCommand(CommandContribution c) {
        SwingUtilities.invokeLater(() -> commands.find(c.id()).filter(x -> !Command.WORKBENCH.equals(x.source()))
                .ifPresent(x -> commands.remove(x.id())));
    }

    void addPreferencePage(PreferencePage p) {
        SwingUtilities.invokeLater(() -> preferencePages.add(p));
    }

    void removePreferencePage(PreferencePage p) {
        SwingUtilities.invokeLater(() -> preferencePages.remove(p));
    }

    void addPerspective(PerspectiveContribution c, String bundle) {
        SwingUtilities.invokeLater(() -> guard.run(bundle, "adding perspective '" + c.id() + "'",
                () -> perspectives.add(c, bundle)));
    }

    void removePerspective(PerspectiveContribution c) {
        SwingUtilities.invokeLater(() -> perspectives.remove(c));
    }
}
