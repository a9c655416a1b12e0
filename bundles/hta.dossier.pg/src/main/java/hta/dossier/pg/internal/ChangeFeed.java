package hta.dossier.pg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierChange;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One long-lived connection of its own per open workspace, on one thread: it listens for the server's notifications
 * of saves ({@code hta_saved}) and of who has a dossier open ({@code hta_presence}) and passes them to the listeners,
 * and it carries this process's presence announcements, which the server shows as long as this session lives. When
 * the connection is lost it reconnects (every few seconds), announces again what is open here and tells listeners to
 * list again ({@link DossierChange.Kind#RESYNC}), since changes in between were not seen one by one.
 */
final class ChangeFeed implements AutoCloseable {
    private static final long POLL_MILLIS = 200;
    private static final long KEEPALIVE_MILLIS = 5_000;

    private final PGSimpleDataSource source;
    private final List<Consumer<DossierChange>> listeners = new CopyOnWriteArrayList<>();
    /** Dossiers this process has open, with how many handles each (one session announces a dossier once). */
    private final Map<String, Integer> open = new HashMap<>();
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile int pid = -1;
    private Connection connection;

    ChangeFeed(PGSimpleDataSource source, String name) {
        this.source = source;
        this.thread = new Thread(this::run, "hta-workspace-feed " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    AutoCloseable listen(Consumer<DossierChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Announces a dossier open until the handle is closed. */
    AutoCloseable enter(String id) {
        tasks.add(() -> {
            if (open.merge(id, 1, Integer::sum) == 1) call("SELECT hta.enter(?)", id);
        });
        return () -> tasks.add(() -> {
            Integer n = open.get(id);
            if (n == null) return;
            if (n > 1) {
                open.put(id, n - 1);
            } else {
                open.remove(id);
                call("SELECT hta.leave(?)", id);
            }
        });
    }

    /** The server session that carries this process's presence; -1 while not connected. */
    int sessionPid() {
        return pid;
    }

    private void run() {
        long backoff = 500;
        boolean reconnect = false;
        while (!closed) {
            try {
                connect();
                if (reconnect) emit(new DossierChange(null, 0, null, Instant.now(), DossierChange.Kind.RESYNC));
                reconnect = true;
                backoff = 500;
                loop();
            } catch (SQLException | RuntimeException e) {
                closeConnection();
                if (closed) return;
                // whatever was saved while no connection listened is missed: the next connection tells listeners to
                // read again, also when the first one never came up (the server went down while the feed started)
                reconnect = true;
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
        closeConnection();
    }

    private void connect() throws SQLException {
        connection = source.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN hta_saved");
            s.execute("LISTEN hta_presence");
            try (ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
        }
        for (String id : open.keySet()) call("SELECT hta.enter(?)", id);
    }

    private void loop() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.currentTimeMillis();
        while (!closed) {
            Runnable task;
            while ((task = tasks.poll()) != null) task.run();
            PGNotification[] notes = pg.getNotifications((int) POLL_MILLIS);
            if (notes != null) {
                for (PGNotification n : notes) emit(parse(n));
            }
            if (System.currentTimeMillis() - lastCheck > KEEPALIVE_MILLIS) {
                // a network cut shows no error until something is sent
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT 1");
                }
                lastCheck = System.currentTimeMillis();
            }
        }
    }

    private void call(String sql, String id) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.execute();
        } catch (SQLException e) {
            // the connection is gone: the loop reconnects and announces again what is open
            throw new IllegalStateException(e);
        }
    }

    private static DossierChange parse(PGNotification n) {
        try {
            JsonNode j = DossierJson.mapper().readTree(n.getParameter());
            if ("hta_presence".equals(n.getName())) {
                return new DossierChange(j.path("id").asText(null), 0, null, Instant.now(), DossierChange.Kind.PRESENCE);
            }
            String time = j.path("time").asText(null);
            return new DossierChange(j.path("id").asText(null), j.path("revision").asLong(), j.path("author").asText(null),
                    time == null ? Instant.now() : Instant.parse(time), DossierChange.Kind.SAVED);
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return new DossierChange(null, 0, null, Instant.now(), DossierChange.Kind.RESYNC);
        }
    }

    private void emit(DossierChange change) {
        for (Consumer<DossierChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // one listener's failure must not stop the others from hearing of changes
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    private void closeConnection() {
        pid = -1;
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // already gone
        }
        connection = null;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
