package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwedenTest {
    private final Sweden sweden = new Sweden();
    private final MemoContext context = new MemoContext(new JurisdictionRegistry() {
        @Override
        public List<Jurisdiction> jurisdictions() {
            return List.of(sweden);
        }

        @Override
        public Optional<Jurisdiction> find(String code) {
            return code.equals("se") ? Optional.of(sweden) : Optional.empty();
        }
    });

    static Dossier zolgensma() throws Exception {
        return DossierJson.read(Files.readAllBytes(Path.of("src/test/resources/zolgensma.json")));
    }

    private MemoDocument render(String template, Variant variant) throws Exception {
        ProjectedDossier view = PublicProjection.project(zolgensma(), sweden.confidentiality(), variant);
        var t = sweden.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context);
    }

    private static List<String> headings(MemoDocument memo) {
        return memo.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    @Test
    void formatsAsSwedishDocumentsWrite() {
        Formats f = sweden.formats();
        assertEquals("2021-09-06", f.shortDate(LocalDate.of(2021, 9, 6)));
        assertEquals("22 oktober 2025", f.longDate(LocalDate.of(2025, 10, 22)));
        assertEquals("65\u00A0923,00", f.number(new BigDecimal("65923.00")));
        assertEquals("43\u00A0028\u00A0738\u00A0kr", f.money(new BigDecimal("43028738"), "SEK"));
        assertEquals("8 (22)", f.pageNumber(8, 22));
    }

    @Test
    void validatesTlvCaseNumbersAlsoZeroPadded() {
        assertEquals(Optional.empty(), sweden.validateCaseReference("3354/2024"));
        assertEquals(Optional.empty(), sweden.validateCaseReference("02344/2023"));
        assertEquals(Optional.empty(), sweden.validateCaseReference("141/2025"));
        assertTrue(sweden.validateCaseReference("3354-2024").isPresent());
        assertTrue(sweden.validateCaseReference("ID2022_075").isPresent());
        assertEquals(Sweden.normaliseDnr("2344/2023"), Sweden.normaliseDnr("02344/2023"));
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("bor", "kan", "bor-inte", "avvakta", "avsta"),
                sweden.decisionVocabulary().stream().map(t -> t.code()).toList());
        assertEquals("avstå från", sweden.decisionTerm("avsta").orElseThrow().wording());
    }

    @Test
    void zolgensmaStatementOf20210906WithAvvaktaAndItsHistory() throws Exception {
        MemoDocument memo = render(YttrandeTemplate.ID, Variant.PUBLIC);
        assertEquals(List.of("Zolgensma (onasemnogen-abeparvovek)", "Om läkemedlet", "Motivering",
                "NT-rådets rekommendation till regionerna är:", "Tidpunkter för revision av yttrandet",
                "Mer information"), headings(memo));
        String text = memo.plainText();
        assertTrue(text.contains("vid spinal muskelatrofi (SMA)"));
        assertTrue(text.contains("NT-rådets yttrande till regionerna 2021-09-06"));
        assertTrue(text.contains("Rekommendation i väntan på pågående utredning"));
        assertTrue(text.contains("att avvakta med behandling med Zolgensma"), text);
        // the history back to the decision on national collaboration
        assertTrue(text.contains("Den 2019-03-12 beslutade NT-rådet att Zolgensma ska ingå i nationell samverkan"));
        assertTrue(text.contains("i mars 2019 i uppdrag"));
        assertTrue(text.contains("den 2021-02-24"));
        assertTrue(text.contains("villkorat i maj 2020"));
        assertTrue(text.contains("publicerat 2020-06-23"));
        assertTrue(text.contains("bed210224_zolgensma.pdf"));
        assertEquals("8 (22)", memo.pageLabels().label(8, 22));
        // the negotiated rebate never appears
        assertFalse(text.contains("31,5"));
        assertEquals(1, memo.blocks().stream().filter(b -> b instanceof Block.Paragraph p
                && p.spans().stream().anyMatch(Span::isRedacted)).count());
    }

    @Test
    void recommendationWordingForEveryOutcome() {
        assertEquals("att avstå från användning av Blincyto vid akut lymfatisk leukemi",
                YttrandeTemplate.recommendation("avsta", "Blincyto", "akut lymfatisk leukemi"));
        assertTrue(YttrandeTemplate.recommendation("kan", "X", "y").startsWith("att X kan användas"));
        assertTrue(YttrandeTemplate.recommendation("bor-inte", "X", "y").startsWith("att inte använda X"));
        assertEquals("Rekommendation", YttrandeTemplate.statusLine("bor"));
    }

    @Test
    void tlvStatusSummaryHidesTheRebateAgreementInPublic() throws Exception {
        String pub = render(TlvStatusTemplate.ID, Variant.PUBLIC).plainText();
        assertTrue(pub.contains("Nationell förhandling pågår"));
        assertTrue(pub.contains("205 dagar (riktmärke 180 dagar, överskridet med 25 dagar)"), pub);
        assertTrue(pub.contains("Återbäringsavtal: [sekretess]"), pub);
        assertFalse(pub.contains("31,5"));
        String conf = render(TlvStatusTemplate.ID, Variant.CONFIDENTIAL).plainText();
        assertTrue(conf.contains("31,5"));
    }

    @Test
    void redactionMarkIsConfigurableBecauseTlvPracticeIsUnconfirmed() {
        assertEquals(new RedactionMark(RedactionMark.Style.TEXT, "[sekretess]"), sweden.confidentiality().redactionMark());
        Sweden blank = new Sweden(Map.of("redaction.style", "BLANK"));
        assertEquals(RedactionMark.Style.BLANK, blank.confidentiality().redactionMark().style());
    }

    @Test
    void milestoneKindsArePrefixedAndTargetsUseThem() {
        List<String> kinds = sweden.process().milestoneKinds();
        kinds.forEach(k -> assertTrue(k.startsWith("se."), k));
        sweden.timeTargets().forEach(t -> assertTrue(kinds.contains(t.fromKind()) && kinds.contains(t.toKind()), t.id()));
        assertEquals(180, sweden.timeTargets().get(0).days());
        assertFalse(sweden.timeTargets().get(0).statutory());
    }
}
