package hta.app;

import static hta.app.Ui.click;
import static hta.app.Ui.dialog;
import static hta.app.Ui.get;
import static hta.app.Ui.key;
import static hta.app.Ui.onEdt;
import static hta.app.Ui.openFromNavigator;
import static hta.app.Ui.row;
import static hta.app.Ui.run;
import static hta.app.Ui.selectTab;
import static hta.app.Ui.tabTitles;
import static hta.app.Ui.waitFor;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import hta.dossier.repository.Workspaces;
import hta.testsupport.postgres.PostgresServer;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTree;

/**
 * Runs in its own JVM on the test's X display: the real workbench of the assembled app on a team workspace of a
 * real PostgreSQL server this driver starts, with a second user working on the same workspace through the store
 * (another server session and login, as another workbench would). Nora (writer for Norway) opens the workspace by
 * address from File › Open Team Workspace…, typing her password when the dialog asks; sees Dan open Hemgenix
 * (presence) and save it (the editor's bar, Reload); merges her unsaved edits with Dan's next save (a change of
 * hers, one of his, one both made — theirs chosen); saves the merge. Rita (reviewer) finds the editor read-only and
 * an edit refused; Pia (public-only reader) sees redaction marks and cannot choose confidential memos. Nora again
 * (Open Recent, no password asked — kept for the session): the server is stopped during her save, the edit stays
 * with one line and a draft, and is saved by itself once the server is back. Back to the local folder; exit.
 * Runs under the {@link EdtWatchdog}. Prints {@code SCENARIO-OK} and exits 0 when every step worked.
 * Usage: {@code TeamWorkbenchDriver DATA_DIR OUT_DIR}.
 */
public final class TeamWorkbenchDriver {
    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final String DB = "teamui";
    private static final String PW = "team-ui-secret";
    private static PostgresServer server;
    private static Path data;
    private static Path out;

    public static void main(String[] args) {
        data = Path.of(args[0]);
        out = Path.of(args[1]);
        try {
            System.setProperty("hta.autosave.seconds", "1");
            server = PostgresServer.startNew(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            try (AppRuntime app = AppRuntime.start(data, Map.of())) {
                Workspaces workspaces = app.service(Workspaces.class);
                setUpTeamWorkspace(workspaces, app.workspace());
                @SuppressWarnings("unchecked")
                Function<String[], Integer> workbench = (Function<String[], Integer>)
                        app.service("java.util.function.Function", "(hta.application=workbench)");
                // started as 'hta-workbench --workspace URL' would be
                CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> workbench.apply(new String[]{"--workspace", url("nora")}));
                Frame f = Ui.frame("HTA Workbench", 30_000);
                waitFor("the Dossier Navigator view", 15_000, () -> Ui.find(f, "navigator.tree") != null);
                EdtWatchdog dog = new EdtWatchdog(250);
                try (DossierRepository dan = workspaces.open(url("dan"), prompt -> PW.toCharArray())) {
                    scenario(f, dan);
                }
                int code = running.get(30, TimeUnit.SECONDS);
                dog.stopAndCheck();
                if (code != 0) throw new AssertionError("the workbench returned " + code);
            }
            System.out.println("SCENARIO-OK");
            System.out.flush();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            if (server != null) System.out.println("server log:\n" + server.logTail());
            System.out.flush();
            System.exit(1);
        } finally {
            if (server != null) server.close();
        }
    }

    private static String url(String user) {
        return "postgresql://" + user + "@" + server.host() + ":" + server.port() + "/" + DB;
    }

    /** The demo dossiers copied into a new team workspace by its owner, and four users with their roles. */
    private static void setUpTeamWorkspace(Workspaces workspaces, Path demo) throws Exception {
        server.createDatabase(DB, DB + "_owner", PW);
        try (DossierRepository folder = workspaces.open(demo);
             DossierRepository owner = workspaces.open(url(DB + "_owner"), prompt -> PW.toCharArray())) {
            for (var s : folder.list()) owner.importRevision(folder.load(s.id()), 0);
        }
        for (String code : List.of("no", "se", "dk", "nice", "smc")) server.psql(DB, "SELECT hta.add_jurisdiction('" + code + "')");
        server.psql(DB, "CREATE ROLE nora LOGIN PASSWORD '" + PW + "'; GRANT " + DB + "_write_no, " + DB + "_read_global TO nora;"
                + "CREATE ROLE dan LOGIN PASSWORD '" + PW + "'; GRANT " + DB + "_write_dk, " + DB + "_read_global TO dan;"
                + "CREATE ROLE rita LOGIN PASSWORD '" + PW + "'; GRANT " + DB + "_read_no TO rita;"
                + "CREATE ROLE pia LOGIN PASSWORD '" + PW + "'; GRANT " + DB + "_team TO pia");
    }

    private static void step(String s) {
        System.out.println("step: " + s);
    }

    private static void check(String what, boolean ok) {
        if (!ok) throw new AssertionError("check failed: " + what);
        System.out.println("ok: " + what);
    }

    private static void scenario(Frame f, DossierRepository dan) throws Exception {
        startedOnTeamWorkspace(f, "nora");
        JTabbedPane editors = openHemgenix(f, "Hemgenix");
        concurrentWork(f, editors, dan);
        reviewerAndReader(f);
        serverStoppedDuringASave(f, dan);
        JTable log = onEdt(() -> get(f, "errorlog.table"));
        check("no error in the Error Log: a stopped server and switching workspaces are one line each:\n"
                + onEdt(() -> Ui.text(log)), onEdt(() -> {
                    for (int r = 0; r < log.getRowCount(); r++) if ("Error".equals(log.getValueAt(r, 1))) return false;
                    return true;
                }));
        step("File › Open Local Workspace: back to the folder the workbench started on");
        menu(f, "hta.file.openLocal");
        waitFor("the local workspace in the title", 30_000, () -> f.getTitle().equals("HTA Workbench — workspace"));
        JTree tree = onEdt(() -> get(f, "navigator.tree"));
        waitFor("the navigator lists the local dossiers", 15_000, () -> tree.getRowCount() >= 3);
        step("exit");
        run(() -> f.dispatchEvent(new WindowEvent(f, WindowEvent.WINDOW_CLOSING)));
    }

    /** Runs a menu command as a click on its menu item would, without waiting (it may open a modal dialog). */
    private static void menu(Frame f, String commandId) throws Exception {
        AbstractButton item = onEdt(() -> get(f, "menu:" + commandId));
        EventQueue.invokeLater(item::doClick);
    }

    private static void address(JDialog d, String text) throws Exception {
        run(() -> {
            JComboBox<?> box = get(d, "team.address");
            ((JTextField) box.getEditor().getEditorComponent()).setText(text);
        });
    }

    /**
     * Started with {@code --workspace URL}: the dialog opens with the address and asks for the password the server
     * wants; a wrong one is refused in one line and asked for again.
     */
    private static void startedOnTeamWorkspace(Frame f, String user) throws Exception {
        step("started with --workspace " + url(user) + ": the password asked for, a wrong one first");
        JDialog d = dialog("Open Team Workspace", 30_000);
        JLabel message = onEdt(() -> get(d, "team.message"));
        JPasswordField password = onEdt(() -> get(d, "team.password"));
        waitFor("the dialog asks for the password the server wants", 30_000, () -> password.isShowing() && password.isEnabled()
                && message.getText().startsWith("Password for " + url(user)));
        Ui.type(password, "not-" + PW);
        click(d, "Open");
        waitFor("refused in one line, asked again", 30_000, () -> password.isShowing() && password.isEnabled()
                && message.getText().contains("the server refused the login")
                && message.getText().endsWith("type the password again, or Cancel"));
        Ui.type(password, PW);
        click(d, "Open");
        opened(f, d, user);
    }

    /**
     * File › Open Team Workspace… as {@code user}: a wrong address named in one line first (when {@code wrongFirst}),
     * then the address; the server asks for the password, typed into the dialog.
     */
    private static void openTeamWorkspace(Frame f, String user, boolean wrongFirst) throws Exception {
        step("File › Open Team Workspace… as " + user);
        menu(f, "hta.file.openTeam");
        JDialog d = dialog("Open Team Workspace", 10_000);
        JLabel message = onEdt(() -> get(d, "team.message"));
        if (wrongFirst) {
            address(d, "postgresql://" + user + "@" + server.host() + ":54x/" + DB);
            click(d, "Open");
            waitFor("the wrong port named in one line", 5_000, () -> message.getText().contains("'54x' is not a port number"));
        }
        address(d, url(user));
        click(d, "Open");
        JPasswordField password = onEdt(() -> get(d, "team.password"));
        waitFor("the dialog asks for the password the server wants", 30_000, () -> password.isShowing() && password.isEnabled()
                && message.getText().startsWith("Password for " + url(user)));
        Ui.type(password, PW);
        click(d, "Open");
        opened(f, d, user);
    }

    private static void opened(Frame f, JDialog d, String user) throws Exception {
        waitFor("the team workspace is open (title)", 30_000, () -> !d.isShowing()
                && f.getTitle().equals("HTA Workbench — " + DB + " (" + url(user) + ")"));
        JLabel status = onEdt(() -> get(f, "status.workspace"));
        check("the status bar names the workspace and the role: " + onEdt(status::getText),
                onEdt(status::getText).startsWith(url(user) + " · "));
        String prefs = Files.readString(data.resolve("workbench").resolve("preferences.properties"));
        check("the address is remembered", prefs.contains("workspaces.recent=") && prefs.contains(user + "@"));
        check("the password is written nowhere in the settings", !prefs.contains(PW));
    }

    private static JTabbedPane openHemgenix(Frame f, String brand) throws Exception {
        JTree tree = onEdt(() -> get(f, "navigator.tree"));
        waitFor("the navigator lists the team workspace's dossiers", 30_000, () -> {
            for (int i = 0; i < tree.getRowCount(); i++) {
                if (tree.getPathForRow(i).getLastPathComponent().toString().startsWith(brand)) return true;
            }
            return false;
        });
        step("open " + brand + " from the navigator");
        JTabbedPane editors = onEdt(() -> get(f, "stack:editor"));
        openFromNavigator(tree, brand, () -> tabTitles(editors).contains(brand));
        return editors;
    }

    /** The editor's frame (its bars around the pages); also usable inside a {@code waitFor} condition, on the EDT. */
    private static JComponent frameOf(Frame f, String id) throws Exception {
        if (EventQueue.isDispatchThread()) return (JComponent) get(f, "view:editor:" + id).getParent();
        return onEdt(() -> (JComponent) get(f, "view:editor:" + id).getParent());
    }

    private static boolean showing(JComponent root, String name) {
        Component c = Ui.find(root, name);
        return c != null && c.isShowing();
    }

    private static String label(JComponent root, String name) {
        JLabel l = Ui.find(root, name);
        return l == null ? "" : l.getText();
    }

    private static void concurrentWork(Frame f, JTabbedPane editors, DossierRepository dan) throws Exception {
        JComponent frame = frameOf(f, "hemgenix");
        step("Dan opens Hemgenix: the editor shows it");
        try (AutoCloseable danOpen = dan.open("hemgenix")) {
            waitFor("presence of dan", 15_000, () -> showing(frame, "editor.presence")
                    && label(frame, "editor.presence").startsWith("Also open by dan (HTA Workbench"));

            step("Dan saves Hemgenix; the editor (no edits here) says so and offers Reload");
            Dossier d = dan.load("hemgenix");
            d.product.brandName = "Hemgenix®";
            long t0 = System.nanoTime();
            dan.save(d, "dan", "brand name with ®");
            waitFor("the remote-save bar", 15_000, () -> showing(frame, "editor.remote") && showing(frame, "editor.reload"));
            System.out.println("measured: the other's save shown in the editor after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            check("the bar names who saved which revision: " + onEdt(() -> label(frame, "editor.remote.text")),
                    onEdt(() -> label(frame, "editor.remote.text")).startsWith("dan saved Hemgenix as revision 2 at "));
            run(() -> ((AbstractButton) get(frame, "editor.reload")).doClick());
            waitFor("reloaded: the new name in the tab", 15_000, () -> tabTitles(editors).contains("Hemgenix®"));

            step("Edits here (a Norwegian price, the INN); Dan saves the Danish case reference and another INN");
            JComponent reloaded = frameOf(f, "hemgenix");
            JTabbedPane pages = onEdt(() -> get(reloaded, "editor.pages"));
            run(() -> selectTab(pages, "Prices"));
            JTable prices = onEdt(() -> get(reloaded, "prices.table"));
            int r = onEdt(() -> row(prices, 0, "no-maks-aup"));
            run(() -> prices.setValueAt("43 100 000", r, 4));
            run(() -> selectTab(pages, "Product"));
            JTextField inn = onEdt(() -> get(reloaded, "product.inn"));
            run(() -> inn.setText("etranacogene dezaparvovec (nora)"));
            key(inn, 0, KeyEvent.VK_ENTER);
            waitFor("unsaved here", 5_000, () -> tabTitles(editors).contains("*Hemgenix®"));
            Dossier d2 = dan.load("hemgenix");
            d2.submission("dk").orElseThrow().caseReference = "DK-2026-17";
            d2.product.inn = "etranacogene dezaparvovec (dan)";
            dan.save(d2, "dan", "Danish case reference");
            waitFor("the bar offers Compare/Merge… (edits here)", 15_000, () -> showing(reloaded, "editor.merge")
                    && !showing(reloaded, "editor.reload"));
            Ui.screenshot(f, out.resolve("workbench-team.png"));

            step("Compare/Merge…: field by field; the INN both changed is taken from Dan, the rest merged");
            click(reloaded, "Compare/Merge…");
            JDialog merge = dialog("Compare/Merge — Hemgenix®", 15_000);
            JTable table = onEdt(() -> get(merge, "merge.table"));
            int mine = onEdt(() -> row(table, 0, "prices › no-maks-aup › amount"));
            int theirs = onEdt(() -> row(table, 0, "submissions › dk › caseReference"));
            int both = onEdt(() -> row(table, 0, "product › inn"));
            check("the comparison lists mine, theirs and the overlap:\n" + onEdt(() -> Ui.text(table)),
                    mine >= 0 && theirs >= 0 && both >= 0);
            check("who changed what", onEdt(() -> table.getValueAt(mine, 4).equals("you") && table.getValueAt(theirs, 4).equals("them")
                    && table.getValueAt(both, 4).equals("both (differently)") && table.getValueAt(both, 3).equals("etranacogene dezaparvovec (dan)")));
            Ui.screenshot(merge, out.resolve("workbench-team-merge.png"));
            run(() -> table.setValueAt("Theirs", both, 5));
            click(merge, "Merge");
            waitFor("the merge is in the editor, unsaved", 15_000, () -> !merge.isShowing() && tabTitles(editors).contains("*Hemgenix®"));
            JComponent merged = frameOf(f, "hemgenix");
            JTabbedPane mergedPages = onEdt(() -> get(merged, "editor.pages"));
            run(() -> selectTab(mergedPages, "Product"));
            check("the merge took their INN", onEdt(() -> ((JTextField) get(merged, "product.inn")).getText())
                    .equals("etranacogene dezaparvovec (dan)"));

            step("save the merge (Ctrl+S): checked against Dan's revision, accepted");
            key(onEdt(() -> get(merged, "editor.pages")), CTRL, KeyEvent.VK_S);
            waitFor("saved", 30_000, () -> tabTitles(editors).contains("Hemgenix®"));
            Dossier onServer = dan.load("hemgenix");
            check("the merge is recorded under nora's login", dan.history("hemgenix").get(3).author().equals("nora"));
            check("the server has my price, his case reference and his INN", onServer.revision == 4
                    && onServer.price("no-maks-aup").orElseThrow().amount.longValueExact() == 43_100_000L
                    && "DK-2026-17".equals(onServer.submission("dk").orElseThrow().caseReference)
                    && "etranacogene dezaparvovec (dan)".equals(onServer.product.inn));
            step("History › View: Hemgenix as of revision 2, Dan's first save");
            JTable history = onEdt(() -> get(f, "history.table"));
            waitFor("the history lists the 4 revisions, newest first", 15_000, () -> history.getRowCount() == 4
                    && Long.valueOf(4).equals(Long.valueOf(String.valueOf(history.getValueAt(0, 0)))));
            check("the history names nora for the merge", onEdt(() -> history.getValueAt(0, 2)).equals("nora"));
            run(() -> history.setRowSelectionInterval(2, 2));
            run(() -> ((AbstractButton) get(f, "history.view")).doClick());
            JDialog[] window = new JDialog[1];
            waitFor("a window with revision 2", 15_000, () -> {
                for (java.awt.Window w : java.awt.Window.getWindows()) {
                    if (w instanceof JDialog v && v.isShowing() && v.getTitle().startsWith("hemgenix as of revision 2, saved by dan")) window[0] = v;
                }
                return window[0] != null;
            });
            String shown = onEdt(() -> ((javax.swing.JTextArea) get(window[0], "history.revision")).getText());
            check("revision 2 whole: Dan's brand name, not his later case reference", shown.contains("\"brandName\" : \"Hemgenix®\"")
                    && shown.contains("\"revision\" : 2,") && !shown.contains("DK-2026-17"));
            run(window[0]::dispose);
        }
        waitFor("dan's presence gone when he closes it", 15_000, () -> !showing(frameOf(f, "hemgenix"), "editor.presence"));
    }

    private static void reviewerAndReader(Frame f) throws Exception {
        openTeamWorkspace(f, "rita", true);
        JTabbedPane editors = openHemgenix(f, "Hemgenix®");
        JComponent frame = frameOf(f, "hemgenix");
        step("a reviewer's editor is read-only; an edit is refused in one line");
        waitFor("the read-only line", 5_000, () -> showing(frame, "editor.access")
                && label(frame, "editor.access").startsWith("Read-only: your role in " + url("rita")));
        JTabbedPane pages = onEdt(() -> get(frame, "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(frame, "prices.table"));
        check("the amount cannot be opened for editing", !onEdt(() -> prices.editCellAt(row(prices, 0, "no-maks-aup"), 4)));
        int r = onEdt(() -> row(prices, 0, "no-maks-aup"));
        run(() -> prices.setValueAt("1", r, 4));
        waitFor("refused", 5_000, () -> showing(frame, "editor.refusal") && label(frame, "editor.refusal").contains("read-only"));
        check("nothing changed", tabTitles(editors).contains("Hemgenix®") && digits(onEdt(() -> prices.getValueAt(r, 4))).equals("43100000"));
        check("Norway's agreed price is shown to a reviewer for Norway", digits(onEdt(() -> prices.getValueAt(row(prices, 0, "no-rhf-aup"), 4))).equals("29950000"));

        openTeamWorkspace(f, "pia", false);
        openHemgenix(f, "Hemgenix®");
        JComponent pia = frameOf(f, "hemgenix");
        step("a public-only reader sees redaction marks where the confidential values are");
        JTabbedPane piaPages = onEdt(() -> get(pia, "editor.pages"));
        run(() -> selectTab(piaPages, "Prices"));
        JTable piaPrices = onEdt(() -> get(pia, "prices.table"));
        check("the agreed price is marked, not shown: " + onEdt(() -> Ui.text(piaPrices)),
                onEdt(() -> piaPrices.getValueAt(row(piaPrices, 0, "no-rhf-aup"), 4)).equals("\u2588\u2588\u2588\u2588 confidential")
                        && digits(onEdt(() -> piaPrices.getValueAt(row(piaPrices, 0, "no-maks-aup"), 4))).equals("43100000"));
        Ui.screenshot(f, out.resolve("workbench-team-reader.png"));
        step("the export wizard offers public memos only, and says why");
        Ui.keyLater(piaPrices, CTRL, KeyEvent.VK_E);
        JDialog wizard = dialog("Export Memos", 15_000);
        AbstractButton confidential = onEdt(() -> get(wizard, "export.confidential"));
        JLabel why = onEdt(() -> get(wizard, "export.confidentialWithheld"));
        check("confidential memos disabled with the reason: " + onEdt(why::getText), onEdt(() -> !confidential.isEnabled()
                && !confidential.isSelected() && why.isShowing() && why.getText().contains("only public memos can be exported")));
        click(wizard, "Cancel");
        waitFor("the wizard closed", 5_000, () -> !wizard.isShowing());
    }

    private static void serverStoppedDuringASave(Frame f, DossierRepository dan) throws Exception {
        step("File › Open Recent Workspace › nora's: the password typed earlier is not asked again");
        AbstractButton item = onEdt(() -> {
            javax.swing.JMenu recent = get(f, "menu:Open Recent Workspace");
            for (Component c : recent.getMenuComponents()) {
                if (c instanceof javax.swing.JMenuItem i && i.getText().endsWith(url("nora"))) return i;
            }
            return null;
        });
        check("the recent workspaces list nora's address", item != null);
        EventQueue.invokeLater(item::doClick);
        waitFor("open again without a password prompt", 30_000, () -> f.getTitle().equals("HTA Workbench — " + DB + " (" + url("nora") + ")"));
        JTabbedPane editors = openHemgenix(f, "Hemgenix®");
        JComponent frame = frameOf(f, "hemgenix");
        JTabbedPane pages = onEdt(() -> get(frame, "editor.pages"));
        run(() -> selectTab(pages, "Prices"));
        JTable prices = onEdt(() -> get(frame, "prices.table"));
        int r = onEdt(() -> row(prices, 0, "no-maks-aup"));
        run(() -> prices.setValueAt("43 200 000", r, 4));
        waitFor("unsaved", 5_000, () -> tabTitles(editors).contains("*Hemgenix®"));

        step("the server stops; Ctrl+S: one line, the edit kept and drafted");
        server.stop("fast");
        key(prices, CTRL, KeyEvent.VK_S);
        waitFor("the failed save in one line", 60_000, () -> showing(frame, "editor.failure")
                && label(frame, "editor.failure.text").startsWith("Could not save dossier 'hemgenix' on " + url("nora") + ": "));
        String line = onEdt(() -> label(frame, "editor.failure.text"));
        check("one line: " + line, !line.contains("\n") && !line.contains("Exception"));
        check("the edit is still in the editor", tabTitles(editors).contains("*Hemgenix®")
                && digits(onEdt(() -> prices.getValueAt(r, 4))).equals("43200000"));
        Path draft = data.resolve("workbench").resolve("recovery").resolve("workspaces")
                .resolve(url("nora").replaceAll("[^A-Za-z0-9.-]+", "_")).resolve("hemgenix.json");
        waitFor("a draft of it on disk: " + draft, 10_000, () -> Files.exists(draft)
                && Files.readString(draft).contains("\"amount\" : 43200000"));

        step("the server is back: the save goes through by itself");
        server.start();
        waitFor("saved after the restart", 90_000, () -> tabTitles(editors).contains("Hemgenix®") && !showing(frame, "editor.failure"));
        check("the server has the edit", dan.load("hemgenix").price("no-maks-aup").orElseThrow().amount.longValueExact() == 43_200_000L);
        waitFor("the draft removed", 10_000, () -> !Files.exists(draft));
    }

    /** The digits of an amount as the table shows it (grouped in the locale's way since the workbench's words pass). */
    private static String digits(Object shown) {
        return String.valueOf(shown).replaceAll("[^0-9]", "");
    }
}
