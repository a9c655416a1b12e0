package hta.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.TextRun;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.ProjectedText;
import hta.jurisdiction.memo.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {
    private static final hta.confidentiality.ConfidentialityPolicy TEXT_MARK = new hta.confidentiality.ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE);
        }

        @Override
        public RedactionMark redactionMark() {
            return new RedactionMark(RedactionMark.Style.TEXT, "[removed]");
        }
    };

    @Test
    void standardFormatsKeepTheDecimalsTheyAreGiven() {
        StandardFormats f = new StandardFormats(Locale.forLanguageTag("da-DK"), '.', ',', '-', "dd.MM.yyyy",
                "d. MMMM yyyy", (n, c) -> n + " " + c, (p, n) -> p + "/" + n);
        assertEquals("43.028.738", f.number(new BigDecimal("43028738")));
        assertEquals("43.028.738,50 DKK", f.money(new BigDecimal("43028738.50"), "DKK"));
        assertEquals("7,5", f.number(new BigDecimal("7.5")));
        assertEquals("-1.500", f.number(new BigDecimal("-1500")));
        assertEquals("2/3", f.pageNumber(2, 3));
    }

    @Test
    void valuesWithAnotherJurisdictionsPrefixStayOutOfAMemo() {
        // the other jurisdictions are the dossier's own (the core knows no country codes)
        Dossier d = new Dossier();
        for (String code : List.of("nice", "no")) {
            hta.dossier.Submission s = new hta.dossier.Submission();
            s.jurisdiction = code;
            d.submissions.add(s);
        }
        ProjectedDossier view = PublicProjection.project(d, TEXT_MARK, Variant.PUBLIC);
        assertTrue(ProjectedText.isForJurisdiction("nice-icer", "nice", view));
        assertTrue(ProjectedText.isForJurisdiction("icer", "nice", view));
        assertTrue(ProjectedText.isForJurisdiction("cost-neutral-years", "nice", view));
        assertFalse(ProjectedText.isForJurisdiction("no-comparator-annual-cost", "nice", view));
        assertTrue(ProjectedText.isForJurisdiction("fi-comparator-annual-cost", "nice", view),
                "a prefix that is no jurisdiction of the dossier is part of the id");
    }

    @Test
    void confidentialRunsAndFiguresBecomeTheFixedMarkInPublic() {
        Dossier d = new Dossier();
        Figure f = new Figure();
        f.id = "x";
        f.value = new BigDecimal("123456");
        f.unit = "NOK";
        f.classification = Classification.CONFIDENTIAL;
        d.economics.figures.add(f);
        Narrative n = new Narrative();
        n.paragraphs.add(List.of(new TextRun("a ", Classification.PUBLIC), new TextRun("123 456", Classification.CONFIDENTIAL)));
        ProjectedDossier pub = PublicProjection.project(d, TEXT_MARK, Variant.PUBLIC);
        Block.Paragraph p = (Block.Paragraph) ProjectedText.paragraphs(n, pub).get(0);
        assertEquals(List.of("a ", "[removed]"), p.spans().stream().map(Span::text).toList());
        Span s = ProjectedText.figure(pub, pub.dossier().economics.figures.get(0), (Formats) null);
        assertTrue(s.isRedacted());
        ProjectedDossier conf = PublicProjection.project(d, TEXT_MARK, Variant.CONFIDENTIAL);
        assertEquals("123456", ProjectedText.figure(conf, conf.dossier().economics.figures.get(0), v -> v.toPlainString()).text());
    }
}
