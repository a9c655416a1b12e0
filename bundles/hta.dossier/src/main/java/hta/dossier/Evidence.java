package hta.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinical evidence in brief: what the product is compared with, what was measured, for how long. Written in
 * the dossier's working language (English), and optionally in others for memos written in them.
 */
@JsonPropertyOrder({"comparator", "keyOutcomes", "followUp", "uncertainties", "translations"})
public final class Evidence extends Extensible {
    public String comparator;
    public List<String> keyOutcomes = new ArrayList<>();
    public String followUp;
    public List<String> uncertainties = new ArrayList<>();
    /**
     * The same evidence worded in other languages, by language tag (e.g. {@code da}), so that a Danish memo need not
     * quote English. Not written when empty, so files without it stay as they are.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, Wording> translations = new LinkedHashMap<>();

    /** One language's wording of the evidence; a field left out falls back to the working language. */
    @JsonPropertyOrder({"comparator", "keyOutcomes", "followUp", "uncertainties"})
    public static final class Wording extends Extensible {
        public String comparator;
        public List<String> keyOutcomes = new ArrayList<>();
        public String followUp;
        public List<String> uncertainties = new ArrayList<>();
    }

    /**
     * The evidence as written in {@code language}: each field from that language's wording where it has one, else
     * from the working language. A new object; changing it changes nothing in the dossier.
     */
    public Wording in(String language) {
        Wording local = translations.get(language);
        Wording w = new Wording();
        w.comparator = local != null && local.comparator != null ? local.comparator : comparator;
        w.keyOutcomes = List.copyOf(local != null && !local.keyOutcomes.isEmpty() ? local.keyOutcomes : keyOutcomes);
        w.followUp = local != null && local.followUp != null ? local.followUp : followUp;
        w.uncertainties = List.copyOf(local != null && !local.uncertainties.isEmpty() ? local.uncertainties : uncertainties);
        return w;
    }
}
