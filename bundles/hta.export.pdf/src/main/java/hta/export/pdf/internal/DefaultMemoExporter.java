package hta.export.pdf.internal;

import hta.confidentiality.ConfidentialValues;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.SecretValue;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.MemoDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The memo exporter: asks the jurisdiction for its template and policy, projects the dossier, renders, and —
 * for a public memo — reads the PDF back and refuses it if any confidential value can be found in it.
 */
@Component(service = MemoExporter.class)
public final class DefaultMemoExporter implements MemoExporter {
    private final JurisdictionRegistry registry;
    private final PdfMemoWriter writer = new PdfMemoWriter();

    @Activate
    public DefaultMemoExporter(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ExportResult export(Dossier dossier, String code, String templateId, Variant variant)
            throws ExportRefusedException {
        Jurisdiction j = registry.find(code).orElseThrow(() -> new ExportRefusedException(
                "No jurisdiction plugin '" + code + "' is installed", List.of()));
        MemoTemplate template = (templateId == null ? j.memoTemplates().stream().findFirst()
                : j.memoTemplate(templateId)).orElseThrow(() -> new ExportRefusedException(
                "Jurisdiction '" + code + "' has no memo template '" + templateId + "'", List.of()));
        MemoContext context = new MemoContext(registry);
        ProjectedDossier view = PublicProjection.project(dossier, j.confidentiality(), variant);
        List<String> missing = template.missingFields(view, context);
        if (!missing.isEmpty()) {
            throw new ExportRefusedException("The " + template.title() + " of '" + dossier.id
                    + "' cannot be exported yet; required fields are missing", missing);
        }
        List<SecretValue> secrets = ConfidentialValues.of(dossier, j.confidentiality());
        if (variant.isPublic()) {
            List<String> places = new ArrayList<>();
            for (LeakFinding f : LeakScanner.scan("file name", template.fileName(view), secrets)) places.add(f.toString());
            if (!places.isEmpty()) throw new ExportRefusedException("The public memo would reveal confidential values", places);
        }
        MemoDocument memo = template.render(view, context);
        byte[] pdf;
        int pages;
        try {
            pdf = writer.write(memo);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
            if (variant.isPublic()) {
                List<String> places = new ArrayList<>();
                for (PdfReadBack.Part part : PdfReadBack.parts(pdf)) {
                    for (LeakFinding f : LeakScanner.scan(part.location(), part.text(), secrets)) places.add(f.toString());
                }
                if (!places.isEmpty()) {
                    throw new ExportRefusedException("The public memo was rendered but the read-back scan found"
                            + " confidential values in it; nothing was written", places);
                }
            }
        } catch (IOException e) {
            throw new ExportRefusedException("The memo could not be rendered: " + e.getMessage(), List.of());
        }
        return new ExportResult(template.fileName(view), pdf, pages);
    }
}
