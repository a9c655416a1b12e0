package hta.workbench.shell.internal.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The failures and warnings of the running workbench and of every contribution, newest last. Thread-safe:
 * entries may be added from any thread; listeners are called on the event dispatch thread.
 */
public final class ErrorLog {
    public enum Severity { ERROR, WARNING, INFO }

    /** One entry; {@code details} is the stack trace or extra text, possibly empty. */
    public record Entry(Instant time, Severity severity, String source, String message, String details) {
    }

    private static final int LIMIT = 1000;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    public void error(String source, String message, Throwable error) {
        add(new Entry(Instant.now(), Severity.ERROR, source, message + (error == null ? "" : ": " + describe(error)),
                error == null ? "" : stackTrace(error)));
    }

    public void warning(String source, String message) {
        add(new Entry(Instant.now(), Severity.WARNING, source, message, ""));
    }

    public void info(String source, String message) {
        add(new Entry(Instant.now(), Severity.INFO, source, message, ""));
    }

    private void add(Entry e) {
        entries.add(e);
        while (entries.size() > LIMIT) entries.remove(0);
        SwingUtilities.invokeLater(() -> listeners.forEach(l -> l.accept(e)));
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    public void clear() {
        entries.clear();
        SwingUtilities.invokeLater(() -> listeners.forEach(l -> l.accept(null)));
    }

    /** Called on the EDT with each new entry, or with null after {@link #clear()}. */
    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Entry> listener) {
        listeners.remove(listener);
    }

    /** The innermost message of a failure, for one-line display. */
    public static String describe(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m;
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
