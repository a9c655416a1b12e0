package hta.workbench.shell.internal.team;

import hta.workbench.shell.internal.prefs.Preferences;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspaces opened lately, newest first, for File › Open Recent Workspace: addresses only — a password typed
 * into an address is taken out before anything is stored, and passwords are never stored at all. Kept in the
 * preferences. Used on the EDT.
 */
public final class RecentWorkspaces {
    static final String KEY = "workspaces.recent";
    static final int LIMIT = 8;

    private final Preferences prefs;

    public RecentWorkspaces(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<String> addresses() {
        String v = prefs.get(KEY);
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        for (String line : v.split("\n")) {
            String a = withoutPassword(line.strip());
            if (!a.isEmpty() && !out.contains(a)) out.add(a);
        }
        return out;
    }

    /** Puts {@code address} (without any password) first. */
    public void add(String address) {
        List<String> list = addresses();
        String a = withoutPassword(address.strip());
        list.remove(a);
        list.add(0, a);
        while (list.size() > LIMIT) list.remove(list.size() - 1);
        prefs.set(KEY, String.join("\n", list));
    }

    /** {@code postgresql://alice:secret@host/db} → {@code postgresql://alice@host/db}; anything else as it is. */
    public static String withoutPassword(String address) {
        return address.replaceAll("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", "$1@");
    }
}
