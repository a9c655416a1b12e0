package hta.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.RedactionMark;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A redaction mark with wording (NICE's "[confidential discount removed]") in a column narrower than the wording
 * breaks between its words and stays inside its cell, all of it owned by the one span that reads it.
 */
class RedactionLayoutTest {
    private static final RedactionMark REMOVED = new RedactionMark(RedactionMark.Style.TEXT, "[confidential discount removed]");

    @Test
    void aLongTextMarkWrapsInsideItsCell() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            MemoFonts fonts = new MemoFonts(doc);
            PageComposer composer = new PageComposer(fonts);
            composer.compose(new MemoDocument("t", "en", "PUBLIC", (p, n) -> p + "/" + n, List.of(new Block.Table(
                    List.of(5f, 1f), 1, List.of(List.of(Cell.header("Price"), Cell.header("Amount")),
                            List.of(Cell.of("Patient access scheme discount"), Cell.of(Span.redacted(REMOVED))))))));
            float cellLeft = PageComposer.MARGIN_X + PageComposer.contentWidth() * 5f / 6f;
            float cellRight = PageComposer.MARGIN_X + PageComposer.contentWidth();
            List<Placed> mark = composer.pages().get(0).stream()
                    .filter(p -> p.op() instanceof DrawOp.Text t && t.rgb() == DrawOp.GREY).toList();
            assertEquals(List.of("[confidential", "discount", "removed]"),
                    mark.stream().map(p -> ((DrawOp.Text) p.op()).text().strip()).toList());
            for (Placed p : mark) {
                DrawOp.Text t = (DrawOp.Text) p.op();
                float right = t.x() + fonts.width(t.font(), t.size(), t.text().strip());
                assertTrue(t.x() >= cellLeft && right <= cellRight, t.text() + " at " + t.x() + "…" + right
                        + " outside the cell " + cellLeft + "…" + cellRight);
                Tag owner = ((Marking.Content) p.marking()).owner;
                assertEquals("Span", owner.type);
                assertEquals("[confidential discount removed]", owner.actualText);
            }
            assertTrue(mark.stream().map(p -> ((DrawOp.Text) p.op()).y()).distinct().count() > 1, "the mark wraps");
        }
    }

    /** A footnote's web address wider than the page (seed 001's Medicinrådet link) wraps inside the page, whole. */
    @Test
    void aWebAddressWiderThanThePageWrapsInsideItWhole() throws IOException {
        String url = "https://medicinraadet.dk/anbefalinger-og-vejledninger/laegemidler-og-indikationsudvidelser/e/"
                + "etranacogene-dezaparvovec-hemgenix-haemofili-b";
        try (PDDocument doc = new PDDocument()) {
            MemoFonts fonts = new MemoFonts(doc);
            PageComposer composer = new PageComposer(fonts);
            composer.compose(new MemoDocument("t", "da", "OFFENTLIG", (p, n) -> p + "/" + n,
                    List.of(new Block.Notes(List.of("Danmark: " + url)))));
            List<DrawOp.Text> texts = composer.pages().get(0).stream()
                    .filter(p -> p.op() instanceof DrawOp.Text t && t.rgb() == DrawOp.BLACK)
                    .map(p -> (DrawOp.Text) p.op()).toList();
            StringBuilder read = new StringBuilder();
            for (DrawOp.Text t : texts) {
                float right = t.x() + fonts.width(t.font(), t.size(), t.text().strip());
                assertTrue(right <= PageComposer.MARGIN_X + PageComposer.contentWidth() + 0.01f,
                        t.text() + " ends at " + right + ", beyond the text column");
                read.append(t.text());
            }
            assertTrue(read.toString().contains(url), read.toString());
            assertTrue(texts.stream().map(DrawOp.Text::y).distinct().count() > 1, "the address wraps");
            // it starts on the line of its label, where there is room, rather than leaving that line half empty
            float labelY = texts.stream().filter(t -> t.text().startsWith("Danmark")).findFirst().orElseThrow().y();
            assertTrue(texts.stream().anyMatch(t -> t.text().startsWith("https://") && t.y() == labelY), texts.toString());
        }
    }
}
