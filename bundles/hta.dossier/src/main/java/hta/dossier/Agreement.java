package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A commercial or access arrangement, e.g. managed access, payment by result, a framework agreement. */
@JsonPropertyOrder({"kind", "description", "classification"})
public final class Agreement extends Extensible {
    public String kind;
    public String description;
    public Classification classification;
}
