package hta.jurisdiction;

import hta.confidentiality.ProjectedDossier;
import hta.jurisdiction.memo.MemoDocument;

/**
 * A memo a jurisdiction produces (e.g. the Norwegian prisnotat). A template only ever receives a
 * {@link ProjectedDossier}: for a public memo, confidential values are already gone.
 */
public interface MemoTemplate {
    /** Stable id, e.g. {@code prisnotat}. */
    String id();

    /** Title in the country's language, e.g. {@code Prisnotat}. */
    String title();

    /** What must be in the dossier before this memo can be exported; empty when nothing is missing. */
    java.util.List<String> missingFields(ProjectedDossier dossier, MemoContext context);

    /** Lays out the memo as a format-neutral document. */
    MemoDocument render(ProjectedDossier dossier, MemoContext context);

    /** File name without figures, e.g. {@code ID2022_075_Hemgenix_prisnotat_offentlig.pdf}. */
    String fileName(ProjectedDossier dossier);
}
