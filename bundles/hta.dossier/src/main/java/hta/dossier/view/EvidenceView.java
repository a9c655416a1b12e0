package hta.dossier.view;

import hta.dossier.Evidence;
import java.util.List;
import java.util.Map;

/** Read-only {@link Evidence}: the clinical evidence in brief, with its translations. Immutable. @since 1.0 */
public record EvidenceView(String comparator, List<String> keyOutcomes, String followUp, List<String> uncertainties,
                           Map<String, Wording> translations) {
    public EvidenceView {
        keyOutcomes = Copies.list(keyOutcomes);
        uncertainties = Copies.list(uncertainties);
        translations = Copies.map(translations);
    }

    public static EvidenceView of(Evidence e) {
        return e == null ? null : new EvidenceView(e.comparator, e.keyOutcomes, e.followUp, e.uncertainties,
                Copies.map(e.translations, Wording::of));
    }

    /** One language's wording of the evidence; a field left out falls back to the working language. */
    public record Wording(String comparator, List<String> keyOutcomes, String followUp, List<String> uncertainties) {
        public Wording {
            keyOutcomes = Copies.list(keyOutcomes);
            uncertainties = Copies.list(uncertainties);
        }

        static Wording of(Evidence.Wording w) {
            return new Wording(w.comparator, w.keyOutcomes, w.followUp, w.uncertainties);
        }

        Evidence.Wording toModel() {
            Evidence.Wording w = new Evidence.Wording();
            w.comparator = comparator;
            w.keyOutcomes = Copies.mutable(keyOutcomes, s -> s);
            w.followUp = followUp;
            w.uncertainties = Copies.mutable(uncertainties, s -> s);
            return w;
        }
    }

    /** The evidence as written in {@code language}, field by field, else in the working language. */
    public Wording in(String language) {
        Wording local = translations.get(language);
        return new Wording(local != null && local.comparator != null ? local.comparator : comparator,
                local != null && !local.keyOutcomes.isEmpty() ? local.keyOutcomes : keyOutcomes,
                local != null && local.followUp != null ? local.followUp : followUp,
                local != null && !local.uncertainties.isEmpty() ? local.uncertainties : uncertainties);
    }

    Evidence toModel() {
        Evidence e = new Evidence();
        e.comparator = comparator;
        e.keyOutcomes = Copies.mutable(keyOutcomes, s -> s);
        e.followUp = followUp;
        e.uncertainties = Copies.mutable(uncertainties, s -> s);
        e.translations = Copies.mutable(translations, Wording::toModel);
        return e;
    }
}
