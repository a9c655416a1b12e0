package hta.export.pdf;

/**
 * A finished memo.
 *
 * @param fileName suggested file name; never contains figures
 * @param pdf      the PDF bytes
 * @param pages    number of pages
 */
public record ExportResult(String fileName, byte[] pdf, int pages) {
}
