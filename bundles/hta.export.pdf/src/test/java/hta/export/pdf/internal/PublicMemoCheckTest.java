package hta.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityAnalysis;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.RefusalPlace;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A public memo's refusals name what a writer can act on: the field for what the fields hold, and — for what only the
 * read-back of the real PDF finds (text a template wrote) — the memo's page and the words around, value masked.
 */
class PublicMemoCheckTest {
    private static PricePoint price(String id, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = "no";
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "NOK";
        p.classification = c;
        return p;
    }

    private static Dossier dossier() {
        Dossier d = new Dossier();
        d.id = "x";
        d.product.brandName = "Brand";
        d.product.inn = "inn";
        d.prices.add(price("list", PriceKind.MAXIMUM_PHARMACY_PRICE, "43028738", Classification.PUBLIC));
        d.prices.add(price("agreed", PriceKind.AGREED_PRICE, "29950000", Classification.CONFIDENTIAL));
        Submission s = new Submission();
        s.jurisdiction = "no";
        s.sections.put("bakgrunn", Narrative.of("Innledning.", "Den avtalte prisen er 29 950 000 NOK per behandling."));
        d.submissions.add(s);
        return d;
    }

    private static byte[] pdf(String... paragraphs) throws Exception {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) blocks.add(Block.Paragraph.of(p));
        MemoDocument memo = new MemoDocument("Prisnotat", "nb", "OFFENTLIG VERSJON", (p, n) -> "Side " + p + " av " + n, blocks);
        return new PdfMemoWriter().write(memo, null, Variant.PUBLIC).pdf();
    }

    @Test
    void aValueInNarrativeIsRefusedByItsFieldBeforeRendering() {
        Dossier d = dossier();
        PublicMemoCheck check = new PublicMemoCheck(d, "no", ConfidentialityAnalysis.of(d, ConfidentialityPolicy.storedOnly()));
        ProjectedView view = ProjectedView.of(d, "no", ConfidentialityPolicy.storedOnly(), Variant.PUBLIC);
        ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> check.fields(view));
        RefusalPlace p = e.details().get(0);
        assertEquals("$.submissions[0].sections.bakgrunn.paragraphs[1]", p.field());
        assertEquals(hta.dossier.EditorPages.NARRATIVES, p.page());
        assertEquals("agreed", p.itemId());
        assertEquals(0, p.memoPage());
        assertTrue(p.text().contains("\u201CDen avtalte prisen er \u2592\u2592\u2592 NOK per behandling.\u201D"), p.text());
        assertFalse(p.text().contains("character") || p.text().contains("29"), p.text());
    }

    @Test
    void whatOnlyTheReadBackFindsIsPlacedOnTheMemosPageWithTheValueMasked() throws Exception {
        Dossier d = dossier();
        d.submissions.get(0).sections.clear();
        PublicMemoCheck check = new PublicMemoCheck(d, "no", ConfidentialityAnalysis.of(d, ConfidentialityPolicy.storedOnly()));
        check.fields(ProjectedView.of(d, "no", ConfidentialityPolicy.storedOnly(), Variant.PUBLIC));
        String[] filler = new String[70];
        java.util.Arrays.fill(filler, "Et avsnitt som fyller sidene uten tall i seg, bare ord og atter ord.");
        String[] text = java.util.Arrays.copyOf(filler, 71);
        // a template that computed and wrote the value itself, on the memo's second page
        text[70] = "Beregnet av malen: 29 950 000 NOK, mot maks AUP 43 028 738 NOK.";
        ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> check.readBack(pdf(text)));
        RefusalPlace p = e.details().stream().filter(x -> x.memoPage() > 0).findFirst().orElseThrow();
        assertNotEquals(1, p.memoPage(), "placed on the page where it is printed");
        assertTrue(p.text().startsWith("page " + p.memoPage() + " of the memo: the confidential value 'agreed'"), p.text());
        assertTrue(p.text().contains("Beregnet av malen: \u2592\u2592\u2592 NOK, mot maks AUP ## ### ### NOK."), p.text());
        assertFalse(p.text().contains("29") || p.text().contains("950"), p.text());
        assertEquals(null, p.field());
    }

    @Test
    void aReadBackFindingTheFieldsExplainIsNotReportedTwice() throws Exception {
        Dossier d = dossier();
        PublicMemoCheck check = new PublicMemoCheck(d, "no", ConfidentialityAnalysis.of(d, ConfidentialityPolicy.storedOnly()));
        assertThrows(ExportRefusedException.class,
                () -> check.fields(ProjectedView.of(d, "no", ConfidentialityPolicy.storedOnly(), Variant.PUBLIC)));
        // had the export gone on, the read-back of the same text adds nothing: the field is the place to act on
        check.readBack(pdf("Den avtalte prisen er 29 950 000 NOK per behandling."));
    }

    @Test
    void fileNamesSayTheVersionInTheMemosLanguage() {
        assertEquals("Hemgenix_anbefaling_offentlig.pdf", MemoFileNames.of("Hemgenix_anbefaling.pdf", "OFFENTLIG VERSION"));
        assertEquals("Hemgenix_anbefaling_fortrolig.pdf", MemoFileNames.of("Hemgenix_anbefaling.pdf", "FORTROLIG"));
        assertEquals("ID2022_075_Hemgenix_prisnotat_offentlig.pdf",
                MemoFileNames.of("ID2022_075_Hemgenix_prisnotat_offentlig.pdf", "OFFENTLIG VERSJON"));
        assertEquals("Zolgensma_ansoegning_blaendet.pdf", MemoFileNames.of("Zolgensma_ansoegning_blaendet.pdf", "BLÆNDET VERSION"));
        assertEquals("Zolgensma_yttrande_utkast_sekretess.pdf",
                MemoFileNames.of("Zolgensma_yttrande_utkast_sekretess.pdf", "SEKRETESSBELAGD"));
        assertEquals("Zolgensma_tlv_status_offentlig.pdf", MemoFileNames.of("Zolgensma_tlv_status.pdf", "OFFENTLIG VERSION"));
        assertEquals("TA989_Hemgenix_company_submission_public.pdf", MemoFileNames.of(
                "TA989_Hemgenix_company_submission_public.pdf", "PUBLIC VERSION \u2013 CONFIDENTIAL INFORMATION REMOVED"));
        assertEquals("SMC2649_Hemgenix_advice_public.pdf", MemoFileNames.of("SMC2649_Hemgenix_advice.pdf", "PUBLIC"));
        // a bookmark cut to 120 characters ends at a word, never in a number whose words were cut off
        String title = "Medicinrådets anbefaling vedrørende Kanarifugl (fictivimab) til voksne med tilbagevendende gliom"
                + " hos 22,5 % befolkningen i Danmark";
        assertEquals("Medicinrådets anbefaling vedrørende Kanarifugl (fictivimab) til voksne med tilbagevendende gliom"
                + " hos…", PdfMemoWriter.shortTitle(title));
        assertEquals("Kort tittel", PdfMemoWriter.shortTitle("Kort tittel"));
        String advice = "Scottish Medicines Consortium advice on Hemgenix (etranacogene dezaparvovec) in haemophilia B, "
                + "200 million patient-years of data";
        assertEquals("Scottish Medicines Consortium advice on Hemgenix (etranacogene dezaparvovec) in haemophilia B,…",
                PdfMemoWriter.shortTitle(advice + " and more words after the cut"));
        // the name says it already with the German spelling without umlauts
        assertEquals("A26-99_Nutzenbewertung_oeffentlich.pdf",
                MemoFileNames.of("A26-99_Nutzenbewertung_oeffentlich.pdf", "ÖFFENTLICHE FASSUNG"));
        assertEquals("A26-99_Nutzenbewertung_vertraulich.pdf",
                MemoFileNames.of("A26-99_Nutzenbewertung_vertraulich.pdf", "VERTRAULICH"));
        // a later word of the marking does not count: both versions' markings may hold it
        assertEquals("X_confidential_checklist_public.pdf", MemoFileNames.of("X_confidential_checklist.pdf",
                "PUBLIC VERSION \u2013 CONFIDENTIAL INFORMATION REMOVED"));
        assertEquals("_etc_passwd_offentlig.pdf", MemoFileNames.of("../etc/passwd", "OFFENTLIG"));
        assertEquals("anbefaling_offentlig.pdf", MemoFileNames.neutral("anbefaling", "OFFENTLIG VERSION"));
    }
}
