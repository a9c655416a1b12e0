package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** A dated event of a submission; its {@code kind} is one the jurisdiction declares. */
@JsonPropertyOrder({"kind", "date", "note"})
public final class Milestone extends Extensible {
    public String kind;
    public LocalDate date;
    public String note;

    public Milestone() {
    }

    public Milestone(String kind, LocalDate date, String note) {
        this.kind = kind;
        this.date = date;
        this.note = note;
    }
}
