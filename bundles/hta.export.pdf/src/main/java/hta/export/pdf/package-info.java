/**
 * Exporting memos to PDF: the {@code MemoExporter} service, batches ({@code MemoBatch}), the read-back audit
 * of public memos ({@code PdfAudit}) and page images of a memo for previews ({@code MemoPages}).
 *
 * <p>Package version 0.1: the first version; the micro version after it put the version and the roles in code;
 * 0.2 added {@code MemoPages} (page images, page sizes and the words with their places), refusals placed by field
 * and page ({@code RefusalPlace}), and files never replaced by surprise ({@code MemoFiles}, {@code MemoBatch} with
 * {@code replace} and skipped submissions), and a failed memo's reason
 * in words without the exception's message ({@code MemoBatch.failureInWords}, {@code Refusal.failure} for the log).
 */
@Version("0.2.0")
package hta.export.pdf;

import org.osgi.annotation.versioning.Version;
