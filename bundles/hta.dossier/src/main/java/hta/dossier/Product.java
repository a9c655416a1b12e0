package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The medicine the dossier is about. */
@JsonPropertyOrder({"brandName", "inn", "localNames", "atcCode", "marketingAuthorisationHolder", "therapyKind",
        "orphan", "atmp", "authorisationType", "authorisationDate", "authorisationPublished"})
public final class Product extends Extensible {
    public String brandName;
    /** International non-proprietary name, in English. */
    public String inn;
    /** Local spellings of the INN by language tag, e.g. {@code nb → etranakogendezaparvovek}. */
    public Map<String, String> localNames = new LinkedHashMap<>();
    public String atcCode;
    public String marketingAuthorisationHolder;
    /** e.g. {@code GENE_THERAPY}, {@code CAR_T}, {@code BISPECIFIC_ANTIBODY}, {@code CONVENTIONAL}. */
    public String therapyKind;
    public Boolean orphan;
    public Boolean atmp;
    /** {@code FULL}, {@code CONDITIONAL} or {@code EXCEPTIONAL_CIRCUMSTANCES}. */
    public String authorisationType;
    public LocalDate authorisationDate;
    /**
     * Where the marketing authorisation was published — the address of the regulator's public assessment report
     * (the EMA's EPAR) — for memos that cite it; null when the dossier does not record it (nothing is cited then).
     *
     * @since 0.3
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String authorisationPublished;

    /** The INN as written in {@code language}, falling back to the English INN. */
    public String innIn(String language) {
        String local = localNames.get(language);
        return local != null ? local : inn;
    }
}
