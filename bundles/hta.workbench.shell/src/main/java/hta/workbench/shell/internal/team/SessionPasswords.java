package hta.workbench.shell.internal.team;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Passwords typed into the workbench for team workspaces, by address, so that opening one again in the same
 * session does not ask again. In memory only: never written to the preferences or any file, and wiped when the
 * workbench closes ({@link #clear}) or the server refuses one. Thread-safe.
 */
public final class SessionPasswords {
    private final Map<String, char[]> byAddress = new HashMap<>();

    /** A copy of the password typed for {@code address} in this session, or null. */
    public synchronized char[] get(String address) {
        char[] p = byAddress.get(address);
        return p == null ? null : p.clone();
    }

    synchronized void put(String address, char[] password) {
        forget(address);
        byAddress.put(address, password.clone());
    }

    synchronized void forget(String address) {
        char[] old = byAddress.remove(address);
        if (old != null) Arrays.fill(old, '\0');
    }

    public synchronized void clear() {
        byAddress.values().forEach(p -> Arrays.fill(p, '\0'));
        byAddress.clear();
    }
}
