package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicProjectionTest {
    /** Agreed prices confidential, with the Nordic and English words (the core knows none). */
    static final ConfidentialityPolicy AGREED_PRICES_SECRET = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE);
        }

        @Override
        public RedactionMark redactionMark() {
            return RedactionMark.blank();
        }

        @Override
        public NumberWords numberWords() {
            // the core knows no language: "mill." and "prosent" are the jurisdiction's words
            return TestWords.NORDIC_AND_ENGLISH;
        }
    };

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
        d.prices.add(price("list", PriceKind.MAXIMUM_PHARMACY_PRICE, "43028738", Classification.PUBLIC));
        // classified public by mistake: the policy still hides an agreed price
        d.prices.add(price("agreed", PriceKind.AGREED_PRICE, "31234567", Classification.PUBLIC));
        d.prices.add(price("rebate", PriceKind.REBATE, "27.5", Classification.CONFIDENTIAL));
        Submission s = new Submission();
        s.jurisdiction = "no";
        Narrative n = new Narrative();
        n.paragraphs.add(List.of(new TextRun("Prisen er ", Classification.PUBLIC),
                new TextRun("31 234 567 NOK", Classification.CONFIDENTIAL)));
        s.sections.put("bakgrunn", n);
        d.submissions.add(s);
        return d;
    }

    @Test
    void publicVariantHoldsNoConfidentialValueAnywhere() {
        Dossier source = dossier();
        ProjectedDossier p = PublicProjection.project(source, AGREED_PRICES_SECRET, Variant.PUBLIC);
        String json = new String(DossierJson.write(p.dossier()), StandardCharsets.UTF_8);
        assertFalse(json.contains("31234567"), json);
        assertFalse(json.contains("31 234 567"), json);
        assertFalse(json.contains("27.5"), json);
        assertTrue(json.contains("43028738"));
        assertEquals(Set.of("agreed", "rebate"), p.redactedIds());
        assertNull(p.priceAmount("agreed").orElse(null));
        // the source is untouched
        assertEquals(new BigDecimal("31234567"), source.price("agreed").orElseThrow().amount);
    }

    @Test
    void confidentialVariantKeepsEverything() {
        ProjectedDossier p = PublicProjection.project(dossier(), AGREED_PRICES_SECRET, Variant.CONFIDENTIAL);
        assertEquals(new BigDecimal("31234567"), p.priceAmount("agreed").orElseThrow());
        assertTrue(p.redactedIds().isEmpty());
    }

    @Test
    void derivedFiguresAreRemovedThroughTheirFormulas() {
        Dossier d = dossier();
        hta.dossier.Figure f = new hta.dossier.Figure();
        f.id = "year1-net";
        f.value = new BigDecimal("234259252.5");
        f.unit = "NOK";
        f.classification = Classification.PUBLIC; // wrongly public: the formula says otherwise
        f.formula = "price:agreed * 7.5";
        d.economics.figures.add(f);
        ProjectedDossier p = PublicProjection.project(d, AGREED_PRICES_SECRET, Variant.PUBLIC);
        assertTrue(p.isRedacted("year1-net"));
        assertTrue(p.figureValue("year1-net").isEmpty());
        String json = new String(DossierJson.write(p.dossier()), StandardCharsets.UTF_8);
        assertFalse(json.contains("234259252"), json);
    }

    @Test
    void narrativeScanFindsDerivedValuesAndSaysWhere() {
        Dossier d = dossier();
        d.submissions.get(0).sections.put("oppsummering", hta.dossier.Narrative.of(
                "Maks-AUP er 43 028 738 NOK.",
                "Avtalen gir en rabatt på 27,4 % mot maksimal AUP, dvs. 11,8 mill. kr lavere."));
        List<LeakFinding> f = LeakScanner.scanNarratives(d, List.of(AGREED_PRICES_SECRET));
        // "27,4 %" is the derived discount, and within the ±1 % tolerance of the confidential 27,5 % rebate too;
        // "11,8 mill." is list − net, and the rebate in money (list × 27,5 %); at one place, what is written first
        assertEquals(List.of("rebate", "agreed:discount-from:list", "agreed:below:list", "rebate"),
                f.stream().map(LeakFinding::valueId).toList(), f.toString());
        assertEquals("submission no, section oppsummering, paragraph 2", f.get(0).location());
        // the confidential run in 'bakgrunn' holds the price on purpose and is not reported
        assertTrue(f.stream().noneMatch(x -> x.location().contains("bakgrunn")));
    }

    @Test
    void scanCoversTheDecisionsWordingAndPublicAgreementsToo() {
        Dossier d = dossier();
        hta.dossier.Submission s = d.submissions.get(0);
        s.decision = new hta.dossier.Decision();
        s.decision.conditions = "Forutsetter at rabatten på 27,4 % videreføres.";
        s.decision.publishedWording = "Innføres til en pris 11,8 mill. kr under maksimal AUP.";
        hta.dossier.Agreement open = new hta.dossier.Agreement();
        open.description = "Rammeavtale; prisen reduseres med 27,4 prosent.";
        open.classification = hta.dossier.Classification.PUBLIC;
        hta.dossier.Agreement secret = new hta.dossier.Agreement();
        secret.description = "Rabatt 27,4 %";
        secret.classification = hta.dossier.Classification.CONFIDENTIAL;
        s.agreements.add(open);
        s.agreements.add(secret);
        List<String> where = LeakScanner.scanNarratives(d, List.of(AGREED_PRICES_SECRET)).stream()
                .map(LeakFinding::location).distinct().toList();
        assertEquals(List.of("submission no, decision conditions", "submission no, decision published wording",
                "submission no, agreement 1 description"), where);
    }
}
