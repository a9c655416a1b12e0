package hta.export.pdf;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Exports a jurisdiction's memo of a dossier to PDF. A public export is built from the public projection,
 * read back and scanned; it is refused, and nothing returned, while a confidential value could leak or a
 * required field is missing. Thread-safe.
 */
@ProviderType
public interface MemoExporter {

    /**
     * @param templateId the memo template, or {@code null} for the jurisdiction's first template
     * @throws ExportRefusedException with the list of places when the export cannot be made
     */
    ExportResult export(Dossier dossier, String jurisdiction, String templateId, Variant variant)
            throws ExportRefusedException;
}
