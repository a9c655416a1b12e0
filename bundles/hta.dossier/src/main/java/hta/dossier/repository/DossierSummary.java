package hta.dossier.repository;

import java.time.Instant;
import java.util.List;

/**
 * What a workspace listing shows of one dossier without loading all of it.
 *
 * @param savedBy who saved the current revision, if recorded (@since 0.2)
 * @param savedAt when, if recorded (@since 0.2)
 */
public record DossierSummary(String id, String brandName, String inn, long revision, List<String> jurisdictions,
                             String savedBy, Instant savedAt) {
    public DossierSummary(String id, String brandName, String inn, long revision, List<String> jurisdictions) {
        this(id, brandName, inn, revision, jurisdictions, null, null);
    }
}
