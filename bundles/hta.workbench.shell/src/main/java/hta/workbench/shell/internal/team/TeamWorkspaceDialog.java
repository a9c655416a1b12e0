package hta.workbench.shell.internal.team;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.PasswordSource;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * File › Open Team Workspace…: the address of a team workspace ({@code postgresql://[user@]host[:port]/database},
 * recent ones offered), checked before anything is tried; then the workspace is opened off the event thread.
 * The password comes from where PostgreSQL's programs take it ({@code PGPASSWORD}, {@code ~/.pgpass}); when the
 * server wants one and none is there, the dialog asks for it in a password field of its own. A password typed here
 * is kept in memory for this session only ({@link SessionPasswords}) and never written anywhere; one the server
 * refuses is asked for again, with the server's reason. Whatever goes wrong is one line in the dialog, which stays
 * open to try again. Component names for tests: {@code team.address},
 * {@code team.passwordLabel}, {@code team.password}, {@code team.message}, {@code team.open}, {@code team.cancel}.
 * Used on the EDT.
 */
public final class TeamWorkspaceDialog extends JDialog {
    /** Opens an address with a password source off the EDT; throws with one line when it cannot. */
    public interface Opener extends BiFunction<String, PasswordSource, DossierRepository> {
    }

    private final JComboBox<String> address = new JComboBox<>();
    private final JLabel passwordLabel = new JLabel();
    private final JPasswordField password = new JPasswordField(24);
    private final JLabel message = new JLabel(" ");
    private final JButton open = new JButton("Open");
    private final Opener opener;
    private final SessionPasswords passwords;
    private final BiConsumer<String, DossierRepository> opened;
    /** The connection waiting for the password field; null when none waits. */
    private CompletableFuture<char[]> asked;
    private boolean connecting;
    private boolean closed;
    /** Why the password typed last did not open the workspace; shown when the dialog asks again. */
    private String refused;
    /** The address being opened, as typed. */
    private String typedAddress;

    /**
     * @param recent  recent team addresses, newest first (shown to choose from; the first is filled in)
     * @param opened  receives the address (as typed, without a password) and the open workspace, on the EDT
     */
    public TeamWorkspaceDialog(Window owner, List<String> recent, Opener opener, SessionPasswords passwords,
                               BiConsumer<String, DossierRepository> opened) {
        super(owner, "Open Team Workspace", ModalityType.APPLICATION_MODAL);
        this.opener = opener;
        this.passwords = passwords;
        this.opened = opened;
        setName("teamWorkspaceDialog");
        address.setEditable(true);
        address.setName("team.address");
        recent.forEach(address::addItem);
        address.setSelectedItem(recent.isEmpty() ? "postgresql://" : recent.get(0));
        address.setPrototypeDisplayValue("postgresql://someone@db.example.org:5432/workspace-name");
        passwordLabel.setName("team.passwordLabel");
        password.setName("team.password");
        message.setName("team.message");
        open.setName("team.open");
        showPassword(false);
        getContentPane().add(form(), BorderLayout.CENTER);
        getContentPane().add(buttons(), BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    private JPanel form() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        JLabel label = new JLabel("Address:");
        label.setDisplayedMnemonic('A');
        label.setLabelFor(address);
        p.add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        p.add(address, c);
        c.gridx = 1;
        c.gridy = 1;
        JLabel hint = new JLabel("postgresql://[user@]host[:port]/database — the password is taken from PGPASSWORD"
                + " or ~/.pgpass, or asked for here");
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        p.add(hint, c);
        c.gridx = 0;
        c.gridy = 2;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        passwordLabel.setLabelFor(password);
        p.add(passwordLabel, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        p.add(password, c);
        c.gridx = 0;
        c.gridy = 3;
        c.gridwidth = 2;
        p.add(message, c);
        return p;
    }

    private JPanel buttons() {
        JButton cancel = new JButton("Cancel");
        cancel.setName("team.cancel");
        open.addActionListener(e -> openPressed());
        cancel.addActionListener(e -> cancel());
        JPanel p = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        p.add(open);
        p.add(cancel);
        getRootPane().setDefaultButton(open);
        getRootPane().registerKeyboardAction(e -> cancel(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                cancel();
            }
        });
        return p;
    }

    /** Shows the dialog and, when {@code now}, starts opening the address filled in at once (File › Open Recent). */
    public void open(boolean now) {
        if (now) SwingUtilities.invokeLater(this::openPressed);
        setVisible(true);
    }

    private void showPassword(boolean shown) {
        passwordLabel.setVisible(shown);
        password.setVisible(shown);
    }

    private void openPressed() {
        if (asked != null) {
            CompletableFuture<char[]> f = asked;
            asked = null;
            char[] typed = password.getPassword();
            password.setText("");
            password.setEnabled(false);
            progress("Connecting…");
            open.setEnabled(false);
            f.complete(typed);
            return;
        }
        if (connecting) return;
        String typed = String.valueOf(address.getEditor().getItem()).strip();
        String problem = TeamAddress.problem(typed);
        if (problem != null) {
            error(problem);
            return;
        }
        connect(typed);
    }

    private void connect(String typed) {
        typedAddress = typed;
        connecting = true;
        open.setEnabled(false);
        address.setEnabled(false);
        String remembered = RecentWorkspaces.withoutPassword(typed);
        progress("Connecting to " + remembered + "…");
        char[][] supplied = new char[1][];
        Thread t = new Thread(() -> {
            DossierRepository repo = null;
            RuntimeException failure = null;
            try {
                repo = opener.apply(typed, prompt -> {
                    char[] known = passwords.get(remembered);
                    if (known != null) return known;
                    supplied[0] = ask(prompt);
                    return supplied[0] == null ? null : supplied[0].clone();
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            DossierRepository result = repo;
            RuntimeException error = failure;
            SwingUtilities.invokeLater(() -> finished(remembered, result, error, supplied[0]));
        }, "hta-workbench-open-team-workspace");
        t.setDaemon(true);
        t.start();
    }

    /** Called on the connecting thread: asks in the dialog and waits for Open (the password) or Cancel (null). */
    private char[] ask(String prompt) {
        CompletableFuture<char[]> f = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            if (closed) {
                f.complete(null);
                return;
            }
            asked = f;
            passwordLabel.setText("Password:");
            password.setEnabled(true);
            showPassword(true);
            if (refused != null) error(refused + "; type the password again, or Cancel");
            else progress(prompt + " (the server asks for one; it is kept only until the workbench closes)");
            refused = null;
            open.setEnabled(true);
            pack();
            password.requestFocusInWindow();
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private void finished(String remembered, DossierRepository repo, RuntimeException error, char[] supplied) {
        connecting = false;
        if (repo != null && closed) {
            repo.close(); // cancelled while connecting
            return;
        }
        if (repo != null) {
            if (supplied != null) passwords.put(remembered, supplied);
            dispose();
            opened.accept(remembered, repo);
            return;
        }
        // a password that did not open it (wrong, or the server was not there) is not offered again
        passwords.forget(remembered);
        if (supplied != null) Arrays.fill(supplied, '\0');
        if (supplied != null && !closed && wrongPassword(error)) {
            // the server asked for a password and refused the one typed: ask again, saying why
            refused = oneLine(error.getMessage());
            connect(typedAddress);
            return;
        }
        address.setEnabled(true);
        open.setEnabled(true);
        password.setEnabled(true);
        showPassword(false);
        if (!closed) error(error == null ? "The workspace could not be opened" : oneLine(error.getMessage()));
    }

    /** The server refused the password typed (SQL state 28P01, invalid_password); other failures end the attempt. */
    private static boolean wrongPassword(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException q && "28P01".equals(q.getSQLState())) return true;
        }
        return false;
    }

    private void cancel() {
        closed = true;
        if (asked != null) {
            asked.complete(null);
            asked = null;
        }
        dispose();
    }

    private void progress(String text) {
        message.setForeground(UIManager.getColor("Label.foreground"));
        message.setText(text);
        pack();
    }

    private void error(String text) {
        Color c = UIManager.getColor("Component.error.focusedBorderColor");
        message.setForeground(c != null ? c : new Color(0xC0, 0x20, 0x20));
        message.setText(text);
        pack();
    }

    private static String oneLine(String s) {
        if (s == null) return "The workspace could not be opened";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The message line, for tests of the dialog. */
    String message() {
        return message.getText();
    }
}
