package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A recipient, sender or signatory of a memo. */
@JsonPropertyOrder({"organisation", "role", "name"})
public final class Party extends Extensible {
    public String organisation;
    public String role;
    public String name;

    public Party() {
    }

    public Party(String organisation, String role, String name) {
        this.organisation = organisation;
        this.role = role;
        this.name = name;
    }
}
