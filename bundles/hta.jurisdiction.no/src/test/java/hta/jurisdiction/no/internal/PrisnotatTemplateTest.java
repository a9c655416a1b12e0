package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialValues;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.util.ArrayList;
import java.util.List;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

/** The Hemgenix price memo against the published one (seed 001), at the block level. */
class PrisnotatTemplateTest {
    private static final String NBSP = "\u00A0";
    private final Norway norway = new Norway();
    private final MemoContext onlyNorway = new MemoContext(new FixedRegistry(norway));

    private MemoDocument render(Dossier d, Variant variant) {
        ProjectedView view = ProjectedView.of(d, norway.code(), norway.confidentiality(), variant);
        assertEquals(List.of(), norway.memoTemplates().get(0).missingFields(view, onlyNorway));
        return norway.memoTemplates().get(0).render(view, onlyNorway);
    }

    /** The blocks between a level-2 heading starting with {@code heading} and the next level-2 heading. */
    private static List<Block> section(MemoDocument memo, String heading) {
        List<Block> result = new ArrayList<>();
        boolean in = false;
        for (Block b : memo.blocks()) {
            if (b instanceof Block.Heading h && h.level() == 2) {
                in = h.text().startsWith(heading);
                continue;
            }
            if (in) result.add(b);
        }
        assertFalse(result.isEmpty(), "no section " + heading);
        return result;
    }

    private static List<Block.Table> tables(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    private static long redactedSpans(List<Block> blocks) {
        long n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) n += p.spans().stream().filter(Span::isRedacted).count();
            if (b instanceof Block.Table t) {
                for (List<Block.Cell> row : t.rows()) {
                    for (Block.Cell c : row) n += c.spans().stream().filter(Span::isRedacted).count();
                }
            }
        }
        return n;
    }

    private static boolean isBlankRedaction(Block.Cell c) {
        return c.spans().size() == 1 && c.spans().get(0).isRedacted() && c.spans().get(0).text().isEmpty();
    }

    private static String text(Block.Cell c) {
        return c.spans().stream().map(Span::text).reduce("", String::concat);
    }

    @Test
    void publicMemoBlanksWhatThePublishedMemoBlanks() throws Exception {
        Dossier source = Fixtures.hemgenix();
        MemoDocument memo = render(source, Variant.PUBLIC);
        assertEquals("OFFENTLIG VERSJON", memo.marking());

        // Pristilbud: Maks-AUP kept, RHF-AUP blank
        Block.Table prices = tables(section(memo, "Pristilbud")).get(0);
        assertEquals("43" + NBSP + "028" + NBSP + "738" + NBSP + "NOK", text(prices.rows().get(1).get(2)));
        assertTrue(isBlankRedaction(prices.rows().get(1).get(3)));

        // Kostnadseffektivitet: the comparator's yearly cost at the agreed price and the cost-neutral duration
        List<Block> cost = section(memo, "Kostnadseffektivitet");
        assertEquals(2, redactedSpans(cost));
        // Oppsummering: the cost-neutral duration again
        assertEquals(1, redactedSpans(section(memo, "Oppsummering")));

        // Budsjettkonsekvenser: year 1 at Maks-AUP kept, at the agreed price blank; five-year table all blank
        List<Block.Table> budget = tables(section(memo, "Budsjettkonsekvenser"));
        Block.Table year1 = budget.get(0);
        assertEquals("265" + NBSP + "593" + NBSP + "782" + NBSP + "NOK", text(year1.rows().get(1).get(1)));
        assertTrue(isBlankRedaction(year1.rows().get(2).get(1)));
        Block.Table fiveYears = budget.get(1);
        assertEquals(List.of("", "År 1", "År 2", "År 3", "År 4", "År 5"),
                fiveYears.rows().get(0).stream().map(PrisnotatTemplateTest::text).toList());
        assertEquals(List.of("Intervensjon", "Komparator", "Budsjettvirkning av anbefaling"),
                fiveYears.rows().stream().skip(1).map(r -> text(r.get(0))).toList());
        for (List<Block.Cell> row : fiveYears.rows().subList(1, 4)) {
            assertEquals(6, row.size());
            row.subList(1, 6).forEach(c -> assertTrue(isBlankRedaction(c)));
        }

        // nothing confidential anywhere in the memo, in any written form the scanner knows
        String all = memo.plainText();
        assertEquals(List.of(), LeakScanner.scan("memo", all, ConfidentialValues.of(source, norway.confidentiality())));
        assertFalse(all.contains("9,6"));
    }

    @Test
    void fiveYearTableIsBlankedWholeEvenWhenOneRowIsPublic() throws Exception {
        Dossier source = Fixtures.hemgenix();
        source.budgetImpact("no").orElseThrow().rows.get(0).cells.forEach(c -> c.classification = Classification.PUBLIC);
        Block.Table fiveYears = tables(section(render(source, Variant.PUBLIC), "Budsjettkonsekvenser")).get(1);
        fiveYears.rows().get(1).subList(1, 6).forEach(c -> assertTrue(isBlankRedaction(c)));
    }

    @Test
    void confidentialMemoShowsTheAgreedFigures() throws Exception {
        MemoDocument memo = render(Fixtures.hemgenix(), Variant.CONFIDENTIAL);
        assertEquals("KONFIDENSIELT", memo.marking());
        String all = memo.plainText().replace(NBSP, " ");
        assertTrue(all.contains("29 950 000 NOK"), all);
        assertTrue(all.contains("3 120 000 NOK"));
        // one year-1 budget impact at the agreed price, in the year-1 table and in the five-year table
        assertTrue(all.contains("201 225 000 NOK"), all);
        assertTrue(all.contains("201 225 000 (fiktivt)\t"), all);
        assertFalse(all.contains("181 240 000"), all);
        assertEquals(0, redactedSpans(memo.blocks()));
    }

    @Test
    void processTableReportsTheComputedProcessingTime() throws Exception {
        List<Block.Table> t = tables(section(render(Fixtures.hemgenix(), Variant.PUBLIC), "Prosess"));
        List<List<Block.Cell>> rows = t.get(0).rows();
        assertTrue(text(rows.get(0).get(1)).startsWith("05.05.2025"));
        assertEquals("n.a.", text(rows.get(1).get(1)));
        assertEquals("02.07.2025", text(rows.get(2).get(1)));
        assertEquals("15.10.2025", text(rows.get(3).get(1)));
        assertEquals("22.10.2025", text(rows.get(4).get(1)));
        String sentence = text(rows.get(5).get(1));
        assertTrue(sentence.equals("170 dager hvorav 58 dager i påvente av prisopplysninger fra legemiddelfirma, og ytterligere 105 dager til forhandling om rammeavtale."), sentence);
        assertTrue(sentence.contains(" 105 dager til forhandling"), sentence);
    }

    @Test
    void headerAndTitleLineFollowThePublishedMemo() throws Exception {
        MemoDocument memo = render(Fixtures.hemgenix(), Variant.PUBLIC);
        Block.Addressing head = (Block.Addressing) memo.blocks().get(1);
        assertEquals(List.of("Til:", "Kopi:", "Fra:", "Dato:"), head.lines().stream().map(Block.Addressing.Line::label).toList());
        assertEquals(List.of("22. oktober 2025"), head.lines().get(3).values());
        Block.Heading title = (Block.Heading) memo.blocks().get(3);
        assertTrue(title.text().startsWith("ID2022_075: Etranakogendezaparvovek (Hemgenix) til behandling av alvorlig"));
        List<String> headings = memo.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == 2)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertEquals(List.of("Bakgrunn", "Pristilbud", "Kostnadseffektivitet", "Budsjettkonsekvenser",
                "Avtaleverk for gen- og celleterapier", "Betydning for fremtidig anskaffelse",
                "Informasjon om refusjon av Hemgenix i andre land", "Oppsummering", "Prosess"), headings);
        assertTrue(memo.blocks().stream().anyMatch(b -> b instanceof Block.Signatures));
        assertTrue(memo.blocks().stream().anyMatch(b -> b instanceof Block.Notes));
    }

    @Test
    void publicMemoDoesNotChangeWhenOnlyConfidentialValuesChange() throws Exception {
        Dossier a = Fixtures.hemgenix();
        Dossier b = Fixtures.hemgenix();
        b.price("no-rhf-aup").orElseThrow().amount = new java.math.BigDecimal("1234");
        b.economics.figure(Norway.COMPARATOR_ANNUAL_COST).orElseThrow().value = new java.math.BigDecimal("98765432.10");
        b.budgetImpact("no").orElseThrow().figures.get(1).value = new java.math.BigDecimal("7");
        b.budgetImpact("no").orElseThrow().rows.forEach(r -> r.cells.forEach(c -> c.value = c.value.negate()));
        b.submission("no").orElseThrow().sections.get(PrisnotatTemplate.OPPSUMMERING).paragraphs.get(0).get(1).text = "omtrent 31,25 år";
        assertEquals(render(a, Variant.PUBLIC).blocks(), render(b, Variant.PUBLIC).blocks());
    }
}
