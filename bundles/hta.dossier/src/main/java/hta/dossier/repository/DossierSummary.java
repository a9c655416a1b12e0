package hta.dossier.repository;

import java.util.List;

/** What a workspace listing shows of one dossier without loading all of it. */
public record DossierSummary(String id, String brandName, String inn, long revision, List<String> jurisdictions) {
}
