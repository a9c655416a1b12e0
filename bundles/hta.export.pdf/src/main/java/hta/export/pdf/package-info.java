/**
 * Exporting memos to PDF: the {@code MemoExporter} service, batches ({@code MemoBatch}) and the read-back audit
 * of public memos ({@code PdfAudit}).
 *
 * <p>Package version 0.1: the first version; the micro version after it put the version and the roles in code.
 */
@Version("0.1.1")
package hta.export.pdf;

import org.osgi.annotation.versioning.Version;
