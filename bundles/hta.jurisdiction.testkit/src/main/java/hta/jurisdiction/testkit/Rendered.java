package hta.jurisdiction.testkit;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.PdfAudit;
import hta.export.pdf.internal.DefaultMemoExporter;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.MemoDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One memo of one template made from one dossier, in both forms a reader meets: the block model the template
 * returned, and the PDF the app's exporter writes from it (with the exporter's own checks), read back as a curious
 * reader would. Immutable.
 *
 * @param memo     what the template rendered
 * @param fileName the template's file name for the variant
 * @param pdf      the exported file, or {@code null} when the app refused it (see {@code refusal})
 * @param readBack every text a reader can get out of the file (page text, every object, tagged places, XMP)
 * @param refusal  the app's reason for refusing the export with its places, or {@code null}
 */
public record Rendered(MemoDocument memo, String fileName, byte[] pdf, List<PdfAudit.Part> readBack, String refusal) {
    public Rendered {
        readBack = readBack == null ? List.of() : List.copyOf(readBack);
    }

    /** Renders and exports {@code template} of the subject for {@code d}, as the app does. */
    public static Rendered of(Subject subject, MemoTemplate template, Dossier d, Variant variant) {
        MemoDocument memo = template.render(subject.view(d, variant), subject.context());
        String fileName = template.fileName(subject.view(d, variant));
        // the app's exporter itself (its implementation class: the kit runs outside OSGi, with the platform's
        // jars on the class path), so that the PDF, its leak scan and its refusals are the app's own
        MemoExporter exporter = new DefaultMemoExporter(subject.registry());
        try {
            ExportResult result = exporter.export(d, subject.code(), template.id(), variant);
            return new Rendered(memo, fileName, result.pdf(), PdfAudit.readBack(result.pdf()), null);
        } catch (ExportRefusedException e) {
            return new Rendered(memo, fileName, null, List.of(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the reader of this memo sees or can extract: file name, memo text, and the PDF read back. */
    public String everything() {
        StringBuilder sb = new StringBuilder(fileName).append('\n').append(memo.plainText());
        readBack.forEach(p -> sb.append('\n').append(p.text()));
        return sb.toString();
    }

    /** The PDF's page text only, what a reader sees printed. */
    public String pageText() {
        StringBuilder sb = new StringBuilder();
        readBack.stream().filter(p -> p.location().endsWith(" text")).forEach(p -> sb.append(p.text()).append('\n'));
        return sb.toString();
    }
}
