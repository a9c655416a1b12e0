package hta.dossier.view;

import hta.dossier.Party;

/** Read-only {@link Party}: a recipient, sender or signatory of a memo. Immutable. @since 1.0 */
public record PartyView(String organisation, String role, String name) {
    public static PartyView of(Party p) {
        return p == null ? null : new PartyView(p.organisation, p.role, p.name);
    }

    Party toModel() {
        return new Party(organisation, role, name);
    }
}
