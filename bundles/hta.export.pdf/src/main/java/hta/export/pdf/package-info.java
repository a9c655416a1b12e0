/**
 * Exporting memos to PDF: the {@code MemoExporter} service, batches ({@code MemoBatch}) and the read-back audit
 * of public memos ({@code PdfAudit}).
 *
 * <p>Package version 0.1: the first version.
 */
@Version("0.1.0")
package hta.export.pdf;

import org.osgi.annotation.versioning.Version;
