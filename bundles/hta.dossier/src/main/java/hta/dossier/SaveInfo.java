package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * Who saved a revision of a dossier, when, and a one-line summary of why. Written by the store into each saved
 * file, so a conflict can say who saved what when and the history can be listed without a separate index.
 * Not thread-safe, like every model object.
 *
 * @since 0.2
 */
@JsonPropertyOrder({"time", "author", "summary"})
public final class SaveInfo extends Extensible {
    public Instant time;
    public String author;
    public String summary;

    public SaveInfo() {
    }

    public SaveInfo(Instant time, String author, String summary) {
        this.time = time;
        this.author = author;
        this.summary = summary;
    }
}
