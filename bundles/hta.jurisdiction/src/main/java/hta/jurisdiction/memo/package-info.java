/**
 * The memo block model a template lays a memo out in (headings, paragraphs of spans, tables, addressing,
 * signatures, notes) and {@code ProjectedText}, which writes projected values and redaction marks.
 *
 * <p>Package version 1.3: 1.1 added {@code ProjectedText} and {@code MemoDocument.plainText}; 1.3
 * {@code ProjectedText} for the read-only view ({@code ProjectedView}, {@code hta.dossier.view}), the methods
 * for the model deprecated, and {@code ProjectedText.valueFormat} for references in narrative.
 */
@Version("1.3.0")
package hta.jurisdiction.memo;

import org.osgi.annotation.versioning.Version;
