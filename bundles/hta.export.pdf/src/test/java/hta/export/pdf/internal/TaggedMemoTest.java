package hta.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.jurisdiction.Formats;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.TimelineWords;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Block.Cell;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

/**
 * The writer's tagging, read back with PDFBox: the structure tree of a memo with every kind of block (headings
 * numbered with a gap, a paragraph with a quotation in another language and a blank redaction, a table with
 * column and row headers and a short row, a redaction drawn as a black bar, the timeline chart, notes), the
 * catalog and XMP entries PDF/UA asks for, and every piece of page content either owned by a structure element
 * through the parent tree or marked as an artifact.
 */
class TaggedMemoTest {
    private static final Formats FORMATS = new StandardFormats(Locale.forLanguageTag("nb-NO"), '\u00A0', ',', '\u2212',
            "dd.MM.yyyy", "d. MMMM yyyy", (n, c) -> n + "\u00A0" + c, (p, c) -> "Side " + p + " av " + c);
    private static final RedactionMark BLANK = RedactionMark.blank("sladdet");
    private static final RedactionMark BAR = new RedactionMark(RedactionMark.Style.BLACK_BAR, "XXXXXXXX", "fortroligt");
    private static final TimelineWords.Description WORDS =
            new TimelineWords.Description("pågår", "klokkestopp", "overholdt", "overskredet", "frist", "milepæler");

    private static MemoDocument memo(int notes) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Addressing(List.of(new Block.Addressing.Line("Til:", List.of("Bestillerforum", "RHF")))));
        blocks.add(new Block.Heading(1, "Prisnotat for Hemgenix"));
        blocks.add(new Block.Heading(3, "Bakgrunn"));
        blocks.add(new Block.Paragraph(List.of(Span.text("Beslutningen lyder "),
                Span.italic("\u201Cnot recommended\u201D").inLanguage("en"), Span.text(" og prisen er "),
                Span.redacted(BLANK), Span.text(" per behandling."))));
        blocks.add(new Block.Heading(2, "Priser"));
        blocks.add(new Block.Table(List.of(2f, 2f, 2f), 1, List.of(
                List.of(Cell.header("Pris"), Cell.header("Pakning"), Cell.header("Beløp")),
                List.of(Cell.header("Maksimal AUP"), Cell.of("1 hetteglass"), Cell.of("29 950 000 NOK")),
                List.of(Cell.header("Avtalt pris"), Cell.of(Span.redacted(BAR))),
                List.of(Cell.label("Merknad"), Cell.of(""), Cell.of("ingen")))));
        List<String> n = new ArrayList<>();
        for (int i = 0; i < notes; i++) n.add("Kilde nummer " + (i + 1) + ": Beslutningsforum for nye metoder.");
        blocks.add(new Block.Signatures(List.of(new Block.Signatures.Signature("Ola Nordmann", "fagdirektør"))));
        blocks.add(new Block.Notes(n));
        return new MemoDocument("Prisnotat Hemgenix", "nb", "OFFENTLIG VERSJON", FORMATS::pageNumber, blocks);
    }

    private static TimelineChart chart() {
        LocalDate a = LocalDate.of(2025, 3, 12);
        LocalDate b = LocalDate.of(2025, 6, 2);
        LocalDate c = LocalDate.of(2025, 10, 22);
        List<TimelineChart.Bar> bars = List.of(new TimelineChart.Bar("DMPs metodevurdering", a, b, 82L, false),
                new TimelineChart.Bar("Venter på leverandøren", b, null, null, true));
        List<TimelineChart.Target> targets = List.of(new TimelineChart.Target("Prisnotat innen 90 dager", b, c,
                LocalDate.of(2025, 8, 31), 90, 142, false));
        List<LocalDate> milestones = List.of(c, a, b, b);
        String description = ChartDescription.of("Tidslinje for saksbehandlingen", "dager", a, c, bars, targets,
                milestones, WORDS, FORMATS);
        return new TimelineChart("Tidslinje for saksbehandlingen", a, c, c, bars, milestones, targets,
                new String[] {FORMATS.shortDate(a), FORMATS.shortDate(c)}, "dager", description);
    }

    private static byte[] write(MemoDocument memo) throws IOException {
        return new PdfMemoWriter().write(memo, chart(), Variant.PUBLIC).pdf();
    }

    @Test
    void theCatalogAndMetadataSayWhatPdfUaAsks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(2)))) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            assertEquals("nb", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertNotNull(catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT));
            for (PDPage page : doc.getPages()) assertEquals("S", page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")));
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Prisnotat Hemgenix</rdf:li>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
        }
    }

    @Test
    void theStructureFollowsTheBlocksInReadingOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(2)))) {
            COSDictionary document = kids(root(doc)).get(0);
            assertEquals("Document", type(document));
            List<String> types = kids(document).stream().map(TaggedMemoTest::type).toList();
            // level 3 after level 1 becomes H2: no skipped level; the chart is a figure after its heading
            assertEquals(List.of("Table", "H1", "H2", "P", "H2", "Table", "H2", "Figure", "Div", "L"), types);
            COSDictionary paragraph = kids(document).get(3);
            List<COSDictionary> spans = kids(paragraph);
            assertEquals("en", spans.get(0).getString(COSName.LANG), "the English quotation is marked as English");
            assertEquals("sladdet", spans.get(1).getString(COSName.ACTUAL_TEXT), "the blank redaction reads as its word");
            // the paragraph's own text and its two spans interleave as read: text, quotation, text, blank, text
            List<String> order = new ArrayList<>();
            COSBase k = paragraph.getDictionaryObject(COSName.K);
            for (COSBase kid : (COSArray) k) order.add(kid instanceof COSInteger ? "mcid" : type((COSDictionary) deref(kid)));
            assertEquals(List.of("mcid", "Span", "mcid", "Span", "mcid"), order);
        }
    }

    @Test
    void tablesHaveHeaderCellsWithScopeAndRegularRows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(2)))) {
            COSDictionary table = kids(kids(root(doc)).get(0)).get(5);
            List<COSDictionary> sections = kids(table);
            assertEquals(List.of("THead", "TBody"), sections.stream().map(TaggedMemoTest::type).toList());
            COSDictionary headerRow = kids(sections.get(0)).get(0);
            for (COSDictionary th : kids(headerRow)) {
                assertEquals("TH", type(th));
                assertEquals("Column", scope(th));
            }
            List<COSDictionary> body = kids(sections.get(1));
            assertEquals(List.of("TH", "TD", "TD"), kids(body.get(0)).stream().map(TaggedMemoTest::type).toList());
            assertEquals("Row", scope(kids(body.get(0)).get(0)));
            // a row of two cells in a table of three columns still has three
            assertEquals(3, kids(body.get(1)).size());
            // a row label drawn like data is still its row's header
            assertEquals(List.of("TH", "TD", "TD"), kids(body.get(2)).stream().map(TaggedMemoTest::type).toList());
            assertEquals("Row", scope(kids(body.get(2)).get(0)));
            COSDictionary bar = kids(kids(body.get(1)).get(1)).get(0);
            assertEquals("Span", type(bar));
            assertEquals("fortroligt", bar.getString(COSName.ACTUAL_TEXT));
            // the addressing head is a table of row headers and values
            COSDictionary head = kids(kids(root(doc)).get(0)).get(0);
            COSDictionary line = kids(kids(head).get(0)).get(0);
            assertEquals(List.of("TH", "TD"), kids(line).stream().map(TaggedMemoTest::type).toList());
        }
    }

    @Test
    void theChartIsAFigureDescribedInTheMemosLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(2)))) {
            COSDictionary figure = kids(kids(root(doc)).get(0)).get(7);
            assertEquals("Figure", type(figure));
            assertEquals("Tidslinje for saksbehandlingen: 12.03.2025 \u2013 22.10.2025. DMPs metodevurdering: 12.03.2025"
                    + " \u2013 02.06.2025, 82 dager. Venter på leverandøren (klokkestopp): 02.06.2025 \u2013, pågår."
                    + " Prisnotat innen 90 dager: 142 / 90 dager, overskredet, frist 31.08.2025."
                    + " Milepæler: 12.03.2025, 02.06.2025, 22.10.2025.", figure.getString(COSName.ALT));
            COSDictionary layout = (COSDictionary) figure.getDictionaryObject(COSName.A);
            assertEquals("Layout", layout.getNameAsString(COSName.O));
            assertEquals(4, ((COSArray) layout.getDictionaryObject(COSName.getPDFName("BBox"))).size());
        }
    }

    @Test
    void notesAreANumberedListOfLabelAndBody() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(3)))) {
            COSDictionary list = kids(kids(root(doc)).get(0)).get(9);
            assertEquals("L", type(list));
            assertEquals("Decimal", ((COSDictionary) list.getDictionaryObject(COSName.A)).getNameAsString(COSName.getPDFName("ListNumbering")));
            assertEquals(3, kids(list).size());
            for (COSDictionary item : kids(list)) {
                assertEquals(List.of("Lbl", "LBody"), kids(item).stream().map(TaggedMemoTest::type).toList());
            }
        }
    }

    /**
     * Every marked-content sequence with an MCID is owned, through the parent tree, by the element that lists it;
     * every text, path and fill is inside a tagged sequence or an artifact; artifacts are never nested in tagged
     * content. A memo long enough for several pages (notes spill over) checks references across pages.
     */
    @Test
    void everyPieceOfContentIsTaggedOrAnArtifact() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(memo(90)))) {
            assertTrue(doc.getNumberOfPages() > 1, "the memo should span pages");
            Map<Integer, COSArray> parentTree = parentTree(root(doc));
            int n = 0;
            for (PDPage page : doc.getPages()) {
                int structParents = page.getCOSObject().getInt(COSName.STRUCT_PARENTS);
                assertEquals(n, structParents);
                COSArray owners = parentTree.get(structParents);
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<String> open = new ArrayList<>();
                int mcids = 0;
                for (int i = 0; i < tokens.size(); i++) {
                    if (!(tokens.get(i) instanceof Operator op)) continue;
                    switch (op.getName()) {
                        case "BDC" -> {
                            String tag = ((COSName) tokens.get(i - 2)).getName();
                            assertTrue(open.isEmpty(), "page " + (n + 1) + ": nested marked content");
                            open.add(tag);
                            if (!tag.equals("Artifact")) {
                                int mcid = ((COSDictionary) tokens.get(i - 1)).getInt(COSName.MCID);
                                assertEquals(mcids++, mcid);
                                COSDictionary owner = (COSDictionary) deref(owners.get(mcid));
                                assertEquals(tag, type(owner), "page " + (n + 1) + " mcid " + mcid);
                                assertTrue(ownsMcid(owner, mcid, page), "page " + (n + 1) + " mcid " + mcid + " not a kid of its owner");
                            }
                        }
                        case "EMC" -> open.remove(open.size() - 1);
                        case "Tj", "TJ", "f", "S", "re" -> assertFalse(open.isEmpty(),
                                "page " + (n + 1) + ": content outside marked content: " + op.getName());
                        default -> { }
                    }
                }
                assertEquals(mcids, owners.size(), "page " + (n + 1) + ": parent tree entries");
                n++;
            }
        }
    }

    @Test
    void theSameMemoGivesTheSameBytes() throws IOException {
        assertArrayEquals(write(memo(4)), write(memo(4)));
    }

    private static COSDictionary root(PDDocument doc) {
        return (COSDictionary) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT);
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    /** The element kids (dictionaries with /S) of a structure node. */
    private static List<COSDictionary> kids(COSDictionary node) {
        List<COSDictionary> result = new ArrayList<>();
        COSBase k = node.getDictionaryObject(COSName.K);
        List<COSBase> all = new ArrayList<>();
        if (k instanceof COSArray a) a.forEach(all::add);
        else if (k != null) all.add(k);
        for (COSBase kid : all) {
            if (deref(kid) instanceof COSDictionary d && d.containsKey(COSName.S)) result.add(d);
        }
        return result;
    }

    private static String type(COSDictionary element) {
        return element.getNameAsString(COSName.S);
    }

    private static String scope(COSDictionary cell) {
        return ((COSDictionary) cell.getDictionaryObject(COSName.A)).getNameAsString(COSName.getPDFName("Scope"));
    }

    private static boolean ownsMcid(COSDictionary owner, int mcid, PDPage page) {
        COSBase k = owner.getDictionaryObject(COSName.K);
        List<COSBase> all = new ArrayList<>();
        if (k instanceof COSArray a) a.forEach(all::add);
        else if (k != null) all.add(k);
        for (COSBase kid : all) {
            COSBase d = deref(kid);
            if (d instanceof COSInteger i && i.intValue() == mcid
                    && owner.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                return true;
            }
            if (d instanceof COSDictionary mcr && mcr.getInt(COSName.MCID) == mcid
                    && mcr.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, COSArray> parentTree(COSDictionary root) {
        Map<Integer, COSArray> result = new HashMap<>();
        COSArray nums = (COSArray) ((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE)).getDictionaryObject(COSName.NUMS);
        for (int i = 0; i < nums.size(); i += 2) {
            result.put(((COSInteger) nums.get(i)).intValue(), (COSArray) deref(nums.get(i + 1)));
        }
        return result;
    }
}
