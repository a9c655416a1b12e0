package hta.plugins.internal;

import hta.plugins.AuditEntry;
import hta.plugins.PluginEvent;
import hta.plugins.PluginException;
import hta.plugins.Verification;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What this run knows beyond the saved state: why plugins failed (thrown, timed out, hijacking), the recent events
 * for the Error Log and their listeners, the notices for the user; and the way every refusal and change reaches
 * the installation history.
 */
final class RunLog {
    /** The most recent events only: 200 install/uninstall cycles must not grow what is retained. */
    static final int EVENTS_KEPT = 200;

    private final AuditLog history;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Deque<PluginEvent> events = new ArrayDeque<>();
    private final List<Consumer<PluginEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile boolean historyTold;

    RunLog(AuditLog history) {
        this.history = history;
    }

    AuditLog history() {
        return history;
    }

    /** Why plugin {@code code} failed in this run, or {@code null}. */
    String failure(String code) {
        return failures.get(code);
    }

    boolean anyFailure() {
        return !failures.isEmpty();
    }

    void fail(String code, String reason) {
        failures.put(code, reason);
    }

    void clear(String code) {
        failures.remove(code);
    }

    void clearAll() {
        failures.clear();
    }

    /** Something to tell the user in one line, once in this run; also an Error Log event. */
    void notice(String code, String message) {
        if (told.add(message)) {
            notices.add(message);
            event(code, true, message);
        }
    }

    /** The notices not yet taken. */
    List<String> takeNotices() {
        List<String> out = new ArrayList<>(notices);
        notices.removeAll(out);
        return out;
    }

    void event(String code, boolean failure, String message) {
        PluginEvent e = new PluginEvent(Instant.now(), code, failure, message);
        synchronized (events) {
            events.addLast(e);
            while (events.size() > EVENTS_KEPT) events.removeFirst();
        }
        for (Consumer<PluginEvent> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ignored) {
                // a listener's failure must not stop the operation
            }
        }
    }

    List<PluginEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    AutoCloseable subscribe(Consumer<PluginEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Records a refusal in the history and as an event, and returns the exception to throw; when the history cannot
     * be written (a full disk), the refusal's one line says so instead of a second line.
     */
    PluginException refuse(String action, Verification v, String source, String why) {
        boolean recorded = write(action, v.code(), v.version(), source, v.signer(), "refused", why);
        event(v.code() == null ? "-" : v.code(), false, "refused: " + why);
        if (recorded) return new PluginException(why);
        historyTold = true;
        return new PluginException(why + " (not recorded in the plugin history, which cannot be written)");
    }

    void record(String action, Verification v, String source, String outcome, String detail) {
        audit(action, v.code(), v.version(), source, v.signer(), outcome, detail);
    }

    /** Records a line of the history; when it cannot be written, the user is told once. */
    void audit(String action, String code, String version, String source, String signer, String outcome, String detail) {
        if (!write(action, code, version, source, signer, outcome, detail) && !historyTold) {
            historyTold = true;
            notice("-", history.problem());
        }
    }

    private boolean write(String action, String code, String version, String source, String signer, String outcome,
                          String detail) {
        return history.append(new AuditEntry(Instant.now(), user(), action, code == null ? "-" : code,
                version == null ? "-" : version, source == null ? "-" : source, signer == null ? "unsigned" : signer,
                outcome, detail));
    }

    static String user() {
        return System.getProperty("user.name", "unknown");
    }
}
