package hta.workbench.shell.internal;

import hta.dossier.repository.DossierChange;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Workspaces;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.team.RecentWorkspaces;
import hta.workbench.shell.internal.team.SessionPasswords;
import hta.workbench.shell.internal.team.TeamWorkspaceDialog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Which workspace the window shows, and moving between them: File › Open Team Workspace…, File › Open Recent
 * Workspace (addresses only, newest first) and File › Open Local Workspace (the folder the workbench started on).
 * Before another workspace opens, unsaved editors are asked about (Save All / Don't Save / Cancel); then every
 * editor closes, the navigator, Problems, the other views and exports read the new workspace, and its drafts are
 * kept apart from other workspaces'. While a workspace is open its store's changes are followed
 * ({@link DossierRepository#watch}): a save by anyone refreshes the views and tells an open editor of that
 * dossier; a presence change updates its editor; a connection that came back makes the editors check again.
 * Used on the EDT.
 */
final class WorkspaceSwitch {
    static final String RECENT = "Open Recent Workspace";
    /** How long saves heard of are gathered before the views read the workspace again. */
    private static final int REFRESH_MILLIS = 300;

    private final Workbench wb;
    private final Workspaces workspaces;
    private final DossierRepository local;
    private final RecentWorkspaces recent;
    private final SessionPasswords passwords = new SessionPasswords();
    private final Timer refresh;
    private final List<String> recentCommands = new ArrayList<>();
    private AutoCloseable watch;

    WorkspaceSwitch(Workbench wb, Workspaces workspaces, DossierRepository local) {
        this.wb = wb;
        this.workspaces = workspaces;
        this.local = local;
        this.recent = new RecentWorkspaces(wb.prefs);
        this.refresh = new Timer(REFRESH_MILLIS, e -> wb.workspaceChanged());
        refresh.setRepeats(false);
    }

    void registerCommands(CommandRegistry r) {
        r.add(Command.of("hta.file.openTeam", "Open Team Workspace…", "File", null, null, () -> openTeam(null)));
        r.add(Command.of("hta.file.openLocal", "Open Local Workspace", "File", null,
                () -> wb.repository() != local, () -> open(addressOf(local), local)));
        recentChanged();
    }

    /** The address a user would type for a workspace: a folder's path or the URL. */
    static String addressOf(DossierRepository repo) {
        return repo.address();
    }

    /** Shows the dialog, {@code address} filled in (null: the newest recent one), opening it at once when given. */
    void openTeam(String address) {
        List<String> teams = recent.addresses().stream().filter(hta.dossier.repository.Workspaces::isUrl).toList();
        List<String> offered = new ArrayList<>(teams);
        if (address != null) {
            offered.remove(address);
            offered.add(0, address);
        }
        TeamWorkspaceDialog d = new TeamWorkspaceDialog(wb.window(), offered, (a, p) -> workspaces.open(a, p),
                passwords, this::open);
        d.open(address != null);
    }

    /** File › Open Recent Workspace › one: a team workspace through the dialog (it may ask for a password). */
    private void openRecent(String address) {
        if (Workspaces.isUrl(address)) {
            openTeam(address);
        } else if (address.equals(addressOf(local))) {
            open(address, local);
        } else {
            Path folder = Path.of(address);
            if (!java.nio.file.Files.isDirectory(folder)) {
                wb.status("The workspace folder " + address + " is not there any more");
                return;
            }
            open(address, workspaces.open(folder));
        }
    }

    /**
     * Shows {@code repo} in the window, after asking about unsaved editors; when the writer cancels, {@code repo}
     * (unless it is the local one) is closed again.
     */
    void open(String address, DossierRepository repo) {
        if (repo == wb.repository()) return;
        wb.editors().whenSaved(() -> show(address, repo), () -> {
            if (repo != local) repo.close();
        });
    }

    private void show(String address, DossierRepository repo) {
        DossierRepository old = wb.repository();
        stopWatching();
        wb.editors().closeForSwitch(recoveryFolder(repo));
        wb.useRepository(repo);
        if (old != local) closeLater(old);
        startWatching(repo);
        recent.add(address);
        recentChanged();
        wb.status("Workspace " + repo.address() + " — " + repo.access().describe());
        SwingUtilities.invokeLater(wb.editors()::offerRecovery);
    }

    /** Drafts of the local workspace stay where they always were; a team workspace's have a folder of their own. */
    private Path recoveryFolder(DossierRepository repo) {
        Path base = wb.dataDir.resolve("workbench").resolve("recovery");
        if (repo == local) return base;
        return base.resolve("workspaces").resolve(repo.address().replaceAll("[^A-Za-z0-9.-]+", "_"));
    }

    void startWatching(DossierRepository repo) {
        watch = repo.watch(change -> SwingUtilities.invokeLater(() -> {
            if (wb.repository() == repo) changed(change);
        }));
    }

    private void changed(DossierChange c) {
        switch (c.kind()) {
            case SAVED -> {
                refresh.restart();
                wb.editors().remoteSaved(c);
            }
            case PRESENCE -> wb.editors().presenceChanged(c.id());
            case RESYNC -> {
                refresh.restart();
                wb.editors().resync();
            }
        }
    }

    private void stopWatching() {
        AutoCloseable w = watch;
        watch = null;
        if (w == null) return;
        try {
            w.close();
        } catch (Exception e) {
            // the store is going away
        }
    }

    /** The window closed: stop following changes, close a team workspace, forget typed passwords. */
    void shutdown() {
        stopWatching();
        refresh.stop();
        DossierRepository current = wb.repository();
        if (current != local) closeLater(current);
        passwords.clear();
    }

    /** Closes a workspace off the event thread (a server connection may take a moment to end). */
    private void closeLater(DossierRepository repo) {
        Thread t = new Thread(() -> {
            try {
                repo.close();
            } catch (RuntimeException e) {
                // its connections end with the process at the latest
            }
        }, "hta-workbench-close-workspace");
        t.setDaemon(true);
        t.start();
    }

    private void recentChanged() {
        CommandRegistry r = wb.commands;
        recentCommands.forEach(r::remove);
        recentCommands.clear();
        List<String> list = recent.addresses();
        for (int i = 0; i < list.size(); i++) {
            String address = list.get(i);
            String id = "hta.file.recent." + i;
            r.add(Command.of(id, (i + 1) + "  " + address, RECENT, null, () -> !address.equals(wb.repository().address()),
                    () -> openRecent(address)));
            recentCommands.add(id);
        }
    }
}
