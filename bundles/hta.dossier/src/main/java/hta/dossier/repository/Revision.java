package hta.dossier.repository;

import java.time.Instant;

/**
 * One saved revision of a dossier, as the history lists it.
 *
 * @param revision the revision number (1 for the first save)
 * @param time     when it was saved; {@code null} for a revision saved before the store recorded it
 * @param author   who saved it; {@code null} when unknown
 * @param summary  the one-line summary given with the save
 * @since 0.2
 */
public record Revision(long revision, Instant time, String author, String summary) {
    /** e.g. {@code revision 3, saved by alice at 2025-10-22T09:30:00Z ("prices updated")}. */
    public String describe() {
        return "revision " + revision + (author == null ? "" : ", saved by " + author)
                + (time == null ? "" : " at " + time) + (summary == null || summary.isBlank() ? "" : " (\"" + summary + "\")");
    }
}
