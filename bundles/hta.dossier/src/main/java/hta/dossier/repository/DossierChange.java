package hta.dossier.repository;

import java.time.Instant;

/**
 * A dossier was saved (by anyone, in any process) or the people who have it open changed. Sent to the listeners of
 * {@link DossierRepository#watch}; carries no dossier content.
 *
 * @param id       the dossier
 * @param revision the revision now current; 0 for a presence change
 * @param author   who saved it, as recorded with the save; {@code null} for a presence change
 * @param time     when
 * @param kind     what happened
 * @since 0.3
 */
public record DossierChange(String id, long revision, String author, Instant time, Kind kind) {
    public enum Kind {
        /** A new revision was saved. */
        SAVED,
        /** Someone opened or closed the dossier (see {@link DossierRepository#presence}). */
        PRESENCE,
        /**
         * The connection to the store was lost and is back: changes in between are not known one by one, so a
         * listener should list again. {@code id} is {@code null}.
         */
        RESYNC
    }
}
