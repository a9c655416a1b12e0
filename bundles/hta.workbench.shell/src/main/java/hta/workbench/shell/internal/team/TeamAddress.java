package hta.workbench.shell.internal.team;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a team workspace address before anything is tried, so that a typing error is named at once, in one line,
 * rather than after a connection attempt: {@code postgresql://[user@]host[:port]/database} (or {@code postgres://}).
 * The store parses it again and completes what is left out from {@code PG*} variables; a password written into the
 * address is accepted by the store but never shown here.
 */
public final class TeamAddress {
    private static final Pattern URL = Pattern.compile(
            "(postgresql|postgres)://(?:([^:@/]*)(?::[^@/]*)?@)?(\\[[^\\]]+\\]|[^:/?@]*)(?::([^/?]*))?(?:/([^?]*))?(?:\\?.*)?");

    private TeamAddress() {
    }

    /** What is wrong with {@code address}, in one line naming the field; null when it can be tried. */
    public static String problem(String address) {
        String a = address == null ? "" : address.strip();
        String shown = RecentWorkspaces.withoutPassword(a);
        if (a.isEmpty() || a.equals("postgresql://")) {
            return "Address: type the team workspace's address, e.g. postgresql://db.example.org:5432/hta";
        }
        if (!a.startsWith("postgresql://") && !a.startsWith("postgres://")) {
            return "Address: '" + shown + "' is not a team workspace address; write postgresql://host:port/database";
        }
        Matcher m = URL.matcher(a);
        if (!m.matches()) {
            return "Address: '" + shown + "' is not a team workspace address; write postgresql://host:port/database";
        }
        String port = m.group(4);
        if (port != null && !port.isEmpty()) {
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "Address: the port '" + port + "' is not a port number (1–65535)";
            }
        }
        String db = m.group(5);
        if (db == null || db.isEmpty()) {
            return "Address: '" + shown + "' names no database; write postgresql://host:port/database";
        }
        if (db.contains("/")) {
            return "Address: '" + db + "' is not a database name (no '/' in it)";
        }
        return null;
    }
}
