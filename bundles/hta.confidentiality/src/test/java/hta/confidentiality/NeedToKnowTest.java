package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.json.DossierJson;
import hta.dossier.view.DossierView;
import hta.dossier.view.TextRunView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a jurisdiction's plugin receives: its own values, and only the public projection of everything else. */
class NeedToKnowTest {
    private static final Path HEMGENIX = Path.of("../../product/app/src/main/dist/demo-workspace/hemgenix.json");
    private static final ConfidentialityPolicy AGREED_PRICES_SECRET = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    };

    private static Dossier hemgenix() throws Exception {
        return DossierJson.read(Files.readAllBytes(HEMGENIX));
    }

    /** The view as JSON text: wherever a value hides in it, it is written here. */
    private static String everything(ProjectedView v) {
        return new String(DossierJson.write(v.dossier().toDossier()), StandardCharsets.UTF_8);
    }

    @Test
    void aDanishConfidentialMemoCannotSeeTheNorwegianAgreedPrice() throws Exception {
        Dossier d = hemgenix();
        ProjectedView dk = ProjectedView.of(d, "dk", AGREED_PRICES_SECRET, Variant.CONFIDENTIAL);
        assertTrue(dk.isRedacted("no-rhf-aup"));
        assertTrue(dk.priceAmount("no-rhf-aup").isEmpty());
        // nor anything derived from it, nor Norway's confidential narrative ("9,6 år")
        assertTrue(dk.figureValue("no-cost-neutral-years").isEmpty());
        assertTrue(dk.figureValue("no-comparator-annual-cost").isEmpty());
        String all = everything(dk);
        for (String secret : List.of("29950000", "24500000", "2100000", "9,6 år")) {
            assertFalse(all.contains(secret), "the Danish view holds " + secret);
        }
        // Denmark's own confidential price is there, with its real classification
        assertEquals(new BigDecimal("19500000"), dk.priceAmount("dk-saip").orElseThrow());
        assertEquals(Classification.CONFIDENTIAL, dk.dossier().price("dk-saip").orElseThrow().classification());
        assertFalse(dk.isRedacted("dk-saip"));
        // public values stay
        assertEquals(new BigDecimal("43028738"), dk.priceAmount("no-maks-aup").orElseThrow());
    }

    @Test
    void aNorwegianConfidentialMemoSeesItsOwnValuesAndNarrative() throws Exception {
        ProjectedView no = ProjectedView.of(hemgenix(), "no", AGREED_PRICES_SECRET, Variant.CONFIDENTIAL);
        assertEquals(new BigDecimal("29950000"), no.priceAmount("no-rhf-aup").orElseThrow());
        assertTrue(no.figureValue("no-cost-neutral-years").isPresent());
        assertEquals(Classification.CONFIDENTIAL, no.dossier().price("no-rhf-aup").orElseThrow().classification());
        assertNull(no.dossier().price("no-rhf-aup").orElseThrow().declassification());
        List<TextRunView> runs = no.dossier().submission("no").orElseThrow().sections().get("kostnadseffektivitet")
                .paragraphs().get(0);
        assertTrue(runs.stream().anyMatch(r -> r.text().equals("9,6 år")
                && r.classification() == Classification.CONFIDENTIAL));
        // the other countries' agreed prices are not Norway's business
        for (String other : List.of("se-net-price", "dk-saip", "smc-pas-price", "nice-pas-discount")) {
            assertTrue(no.isRedacted(other), other);
            assertTrue(no.priceAmount(other).isEmpty(), other);
        }
    }

    @Test
    void aPublicViewIsThePublicProjection() throws Exception {
        Dossier d = hemgenix();
        ProjectedView view = ProjectedView.of(d, "no", AGREED_PRICES_SECRET, Variant.PUBLIC);
        ProjectedDossier projection = PublicProjection.project(d, AGREED_PRICES_SECRET, Variant.PUBLIC);
        assertEquals(DossierView.of(projection.dossier()), view.dossier());
        assertEquals(projection.redactedIds(), view.redactedIds());
        assertFalse(everything(view).contains("19500000"));
    }

    @Test
    void makingAViewChangesNothingInTheDossier() throws Exception {
        Dossier d = hemgenix();
        byte[] before = DossierJson.write(d);
        for (Variant v : Variant.values()) {
            for (String code : List.of("no", "dk", "xx")) ProjectedView.of(d, code, AGREED_PRICES_SECRET, v);
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), new String(DossierJson.write(d), StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateBuiltForTheModelGetsItsOwnCopy() throws Exception {
        Dossier d = hemgenix();
        ProjectedView view = ProjectedView.of(d, "dk", AGREED_PRICES_SECRET, Variant.CONFIDENTIAL);
        ProjectedDossier legacy = ProjectedDossier.copyOf(view);
        legacy.dossier().prices.get(0).amount = BigDecimal.ONE;
        legacy.dossier().submissions.clear();
        assertEquals(new BigDecimal("43028738"), view.priceAmount("no-maks-aup").orElseThrow());
        assertEquals(5, view.dossier().submissions().size());
        assertEquals(5, d.submissions.size());
        DossierView again = ProjectedDossier.copyOf(view).dossier() == legacy.dossier() ? null : view.dossier();
        assertEquals(view.dossier(), again);
    }

    /** Counts how often the policy is asked for its confidential kinds: once per price for each analysis. */
    private static final class CountingPolicy implements ConfidentialityPolicy {
        int asked;

        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            asked++;
            return AGREED_PRICES_SECRET.confidentialPriceKinds();
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }
    }

    @Test
    void aPublicExportAnalysesTheDossierOnceForTheViewAndTheLeakIndex() throws Exception {
        Dossier d = hemgenix();
        CountingPolicy policy = new CountingPolicy();
        ConfidentialityAnalysis analysis = ConfidentialityAnalysis.of(d, policy);
        int once = policy.asked;
        assertTrue(once >= d.prices.size(), "the analysis asks the policy about every price");
        ProjectedView view = ProjectedView.of(d, "no", policy, Variant.PUBLIC, analysis);
        LeakIndex index = analysis.leakIndex();
        assertEquals(once, policy.asked, "the view and the leak index analysed the dossier again");
        // and they are what a separate analysis gives
        assertEquals(ProjectedView.of(d, "no", AGREED_PRICES_SECRET, Variant.PUBLIC), view);
        assertFalse(index.scan("text", "the agreed price is 29 950 000 NOK").isEmpty());
        assertTrue(index.scan("text", "the maximum price is 43 028 738 NOK").isEmpty());
    }
}
