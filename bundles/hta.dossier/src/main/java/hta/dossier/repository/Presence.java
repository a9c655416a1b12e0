package hta.dossier.repository;

import java.time.Instant;

/**
 * Someone who has a dossier open in a workbench of a shared workspace.
 *
 * @param user        who (the store's name for the user)
 * @param application the program, e.g. "HTA Workbench"
 * @param clientAddress where from, as the server sees it; {@code null} when local or unknown
 * @param since       since when
 * @since 0.3
 */
public record Presence(String user, String application, String clientAddress, Instant since) {
}
