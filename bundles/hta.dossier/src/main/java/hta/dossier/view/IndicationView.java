package hta.dossier.view;

import hta.dossier.Indication;
import java.util.Map;

/** Read-only {@link Indication}: an approved indication, worded per language tag. Immutable. @since 1.0 */
public record IndicationView(String id, Map<String, String> wording) {
    public IndicationView {
        wording = Copies.map(wording);
    }

    public static IndicationView of(Indication i) {
        return i == null ? null : new IndicationView(i.id, i.wording);
    }

    Indication toModel() {
        Indication i = new Indication();
        i.id = id;
        i.wording = Copies.mutable(wording, w -> w);
        return i;
    }
}
