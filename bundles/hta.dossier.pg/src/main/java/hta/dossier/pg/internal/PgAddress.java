package hta.dossier.pg.internal;

import hta.dossier.repository.WorkspaceUnavailableException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team workspace address, {@code postgresql://[user[:password]@][host][:port]/database}, completed the way
 * PostgreSQL's own programs do: a part left out comes from {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
 * {@code PGUSER}, then from the defaults (localhost, 5432, the operating-system user). A password in the address is
 * accepted but never shown ({@link #display()}); the usual places are {@code ~/.pgpass} and {@code PGPASSWORD}.
 */
record PgAddress(String host, int port, String database, String user, String password, boolean userGiven) {
    private static final Pattern URL = Pattern.compile(
            "(?:postgresql|postgres)://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[^\\]]+\\]|[^:/?]*)(?::(\\d{1,5}))?(?:/([^?]*))?(?:\\?.*)?");

    static boolean isAddress(String address) {
        return address != null && (address.startsWith("postgresql://") || address.startsWith("postgres://"));
    }

    static PgAddress parse(String address, Map<String, String> env) {
        Matcher m = URL.matcher(address == null ? "" : address.trim());
        if (!m.matches()) {
            throw new WorkspaceUnavailableException("'" + redact(address) + "' is not a team workspace address;"
                    + " write postgresql://host:port/database");
        }
        String user = decode(m.group(1));
        String host = decode(m.group(3));
        String database = decode(m.group(5));
        if (host.isEmpty()) host = env.getOrDefault("PGHOST", "localhost");
        if (host.startsWith("/")) {
            throw new WorkspaceUnavailableException("PGHOST names a socket folder (" + host + "); a team workspace"
                    + " is reached over the network: give the host in the address, postgresql://host:port/database");
        }
        int port;
        try {
            port = Integer.parseInt(m.group(4) != null ? m.group(4) : env.getOrDefault("PGPORT", "5432"));
        } catch (NumberFormatException e) {
            throw new WorkspaceUnavailableException("PGPORT is not a port number: '" + env.get("PGPORT") + "'");
        }
        if (port < 1 || port > 65535) throw new WorkspaceUnavailableException("port " + port + " is out of range");
        if (database == null || database.isEmpty()) database = env.get("PGDATABASE");
        if (database == null || database.isEmpty()) {
            throw new WorkspaceUnavailableException("'" + redact(address) + "' names no database;"
                    + " write postgresql://host:port/database");
        }
        boolean userGiven = user != null && !user.isEmpty();
        if (!userGiven) user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        return new PgAddress(host, port, database, user, decode(m.group(2)), userGiven);
    }

    /** As a user types it, without the password: {@code postgresql://[user@]host:port/database}. */
    String display() {
        return "postgresql://" + (userGiven ? user + "@" : "") + host + ":" + port + "/" + database;
    }

    /** The address with the user always named, for prompts and messages. */
    String withUser() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** The address with any password removed, for messages about addresses that could not even be parsed. */
    static String redact(String address) {
        return address == null ? "" : address.replaceAll("//([^/@:]*):[^/@]*@", "//$1@");
    }

    private static String decode(String s) {
        // percent-decoding only: a "+" in a user name or password is itself
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return display();
    }
}
