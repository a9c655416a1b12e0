package hta.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.TextRun;
import hta.dossier.view.NarrativeView;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
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

    /** One contract version: the package's (in code and manifest), the capability's and the docs' are the same. */
    @Test
    void theContractVersionIsTheSameInCodeManifestCapabilityAndDocs() throws Exception {
        java.util.jar.Manifest m;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("META-INF/MANIFEST.MF"))) {
            m = new java.util.jar.Manifest(in);
        }
        String exports = m.getMainAttributes().getValue("Export-Package");
        java.util.regex.Matcher pkg = java.util.regex.Pattern.compile("(?:^|,)hta\\.jurisdiction;version=\"(\\d+\\.\\d+)\\.0\"")
                .matcher(exports);
        assertTrue(pkg.find(), exports);
        assertEquals(pkg.group(1), Jurisdiction.CONTRACT_VERSION, "Jurisdiction.CONTRACT_VERSION and the package version");
        assertEquals("hta.jurisdiction.contract;version:Version=\"" + Jurisdiction.CONTRACT_VERSION + "\"",
                m.getMainAttributes().getValue("Provide-Capability"), "the capability the workbench provides");
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/contract.md"));
        assertTrue(docs.contains("The jurisdiction contract is version " + Jurisdiction.CONTRACT_VERSION + "."),
                "docs/contract.md names another contract version");
    }

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
        ProjectedView view = ProjectedView.of(d, "nice", TEXT_MARK, Variant.PUBLIC);
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
        ProjectedView pub = ProjectedView.of(d, "xx", TEXT_MARK, Variant.PUBLIC);
        Block.Paragraph p = (Block.Paragraph) ProjectedText.paragraphs(NarrativeView.of(n), pub).get(0);
        assertEquals(List.of("a ", "[removed]"), p.spans().stream().map(Span::text).toList());
        Span s = ProjectedText.figure(pub, pub.dossier().economics().figures().get(0), (Formats) null);
        assertTrue(s.isRedacted());
        ProjectedView conf = ProjectedView.of(d, "xx", TEXT_MARK, Variant.CONFIDENTIAL);
        assertEquals("123456", ProjectedText.figure(conf, conf.dossier().economics().figures().get(0), v -> v.toPlainString()).text());
    }

    /** A template as built for contract 1.3: it implements the methods taking the model, and changes it. */
    private static final class ModelTemplate implements MemoTemplate {
        @Override
        public String id() {
            return "old";
        }

        @Override
        public String title() {
            return "Old";
        }

        @Override
        @SuppressWarnings("deprecation")
        public List<String> missingFields(ProjectedDossier dossier, MemoContext context) {
            dossier.dossier().economics.figures.clear();
            return List.of();
        }

        @Override
        @SuppressWarnings("deprecation")
        public MemoDocument render(ProjectedDossier dossier, MemoContext context) {
            Figure f = dossier.dossier().economics.figures.get(0);
            String text = f.value == null ? "none" : f.value.toPlainString();
            f.value = BigDecimal.ONE;
            return new MemoDocument("Old", "en", "X", (a, b) -> a + "/" + b, List.of(Block.Paragraph.of(text)));
        }

        @Override
        @SuppressWarnings("deprecation")
        public String fileName(ProjectedDossier dossier) {
            return dossier.dossier().id + ".pdf";
        }
    }

    @Test
    void aTemplateBuiltForContract13KeepsWorkingOnItsOwnCopy() {
        Dossier d = new Dossier();
        d.id = "x";
        Figure f = new Figure();
        f.id = "x";
        f.value = new BigDecimal("123456");
        d.economics.figures.add(f);
        ProjectedView view = ProjectedView.of(d, "xx", TEXT_MARK, Variant.CONFIDENTIAL);
        MemoTemplate old = new ModelTemplate();
        assertEquals(List.of(), old.missingFields(view, null));
        MemoDocument memo = old.render(view, null);
        assertEquals("123456", ((Block.Paragraph) memo.blocks().get(0)).spans().get(0).text());
        assertEquals("x.pdf", old.fileName(view));
        // each call had its own copy: neither the view nor the dossier changed
        assertEquals(new BigDecimal("123456"), view.figureValue("x").orElseThrow());
        assertEquals(new BigDecimal("123456"), d.economics.figures.get(0).value);
    }

    @Test
    void aTemplateThatImplementsNeitherFormSaysSo() {
        MemoTemplate none = new MemoTemplate() {
            @Override
            public String id() {
                return "none";
            }

            @Override
            public String title() {
                return "None";
            }
        };
        ProjectedView view = ProjectedView.of(new Dossier(), "xx", TEXT_MARK, Variant.PUBLIC);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> none.render(view, null)).getMessage().contains("implements no render method"));
    }
}
