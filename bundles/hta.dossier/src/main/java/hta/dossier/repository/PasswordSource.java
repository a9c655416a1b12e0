package hta.dossier.repository;

/**
 * Asks the user for a password when the store finds none in the standard places (for PostgreSQL: the
 * {@code PGPASSWORD} variable and the password file {@code ~/.pgpass} or {@code PGPASSFILE}). The password is used
 * for the connection only and never stored by the workbench.
 *
 * @since 0.3
 */
@FunctionalInterface
public interface PasswordSource {
    /** Nobody to ask (a script, a test): opening without a stored password fails with a message. */
    PasswordSource NONE = prompt -> null;

    /**
     * @param prompt e.g. "Password for alice at postgresql://db.example:5432/hta"
     * @return the password, or null when the user declined
     */
    char[] password(String prompt);
}
