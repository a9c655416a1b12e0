package hta.confidentiality;

import static hta.confidentiality.FailClosedProjectionTest.STORED_ONLY;
import static hta.confidentiality.FailClosedProjectionTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References to values in narrative: resolved with the value's classification, suggested for typed numbers. */
class ReferencesTest {
    private static final ValueFormat NORWEGIAN = (v, unit) -> String.format(java.util.Locale.ROOT, "%,d", v.longValue())
            .replace(',', ' ') + (unit == null ? "" : " " + unit);

    static Dossier withReferences() {
        Dossier d = FailClosedProjectionTest.dossier();
        d.economics.figures.add(figure("year1-net", "224625000", null, "price:agreed * 7.5"));
        Submission s = new Submission();
        s.jurisdiction = "no";
        Narrative n = new Narrative();
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("Maks AUP er ", Classification.PUBLIC), TextRun.reference("list"),
                new TextRun(", avtalt pris ", Classification.PUBLIC), TextRun.reference("agreed"),
                new TextRun(" og første år ", Classification.PUBLIC), TextRun.reference("year1-net"))));
        s.sections.put("pristilbud", n);
        d.submissions.add(s);
        return d;
    }

    private static List<TextRun> paragraph(ProjectedDossier p) {
        return p.dossier().submissions.get(0).sections.get("pristilbud").paragraphs.get(0);
    }

    @Test
    void aConfidentialReferenceIsEmptiedInThePublicVariantAndWrittenInTheConfidentialOne() {
        Dossier d = withReferences();
        ProjectedDossier pub = PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC, List.of(), NORWEGIAN);
        List<TextRun> runs = paragraph(pub);
        assertEquals("43 028 738 NOK", runs.get(1).text);
        assertEquals(Classification.PUBLIC, runs.get(1).classification);
        assertEquals("", runs.get(3).text);
        assertEquals(Classification.CONFIDENTIAL, runs.get(3).classification);
        assertEquals("", runs.get(5).text, "derived from the agreed price: confidential by taint");
        String json = new String(DossierJson.write(pub.dossier()), StandardCharsets.UTF_8);
        assertFalse(json.contains("31 234 567") || json.contains("224 625 000"), json);

        ProjectedDossier conf = PublicProjection.project(d, STORED_ONLY, Variant.CONFIDENTIAL, List.of(), NORWEGIAN);
        runs = paragraph(conf);
        assertEquals("31 234 567 NOK", runs.get(3).text);
        assertEquals(Classification.CONFIDENTIAL, runs.get(3).classification, "the confidential memo can mark it");
        assertEquals("224 625 000 NOK", runs.get(5).text);
        // and it follows the value
        d.prices.get(1).amount = new BigDecimal("29950000");
        assertEquals("29 950 000 NOK", paragraph(PublicProjection.project(d, STORED_ONLY, Variant.CONFIDENTIAL,
                List.of(), NORWEGIAN)).get(3).text);
        // the source keeps only the references
        assertEquals(null, d.submissions.get(0).sections.get("pristilbud").paragraphs.get(0).get(3).text);
    }

    @Test
    void aReferenceToNothingIsConfidential() {
        Dossier d = withReferences();
        d.submissions.get(0).sections.get("pristilbud").paragraphs.get(0).set(1, TextRun.reference("lsit"));
        ProjectedDossier pub = PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC);
        assertEquals(Classification.CONFIDENTIAL, paragraph(pub).get(1).classification);
        assertEquals("", paragraph(pub).get(1).text);
    }

    @Test
    void typedNumbersThatMatchAValueAreOfferedAsReferences() {
        Dossier d = FailClosedProjectionTest.dossier();
        List<TextRun> p = List.of(new TextRun("Maks AUP er 43 028 738 NOK og ", Classification.PUBLIC),
                new TextRun("31 234 567", Classification.CONFIDENTIAL),
                new TextRun("; rabatten gir 31,2 mill. kr og 12 pasienter.", Classification.PUBLIC));
        List<ReferenceSuggestions.Suggestion> s = ReferenceSuggestions.in(d, p, TestWords.NORDIC_AND_ENGLISH);
        assertEquals(2, s.size(), s.toString());
        assertEquals(new ReferenceSuggestions.Suggestion(0, 12, 26, "list", "MAXIMUM_PHARMACY_PRICE"), s.get(0));
        assertEquals("agreed", s.get(1).valueId());
        assertEquals(2, s.get(1).run());
        assertEquals("31,2 mill. kr", p.get(2).text.substring(s.get(1).start(), s.get(1).end()));

        List<TextRun> changed = ReferenceSuggestions.apply(p, s.get(0));
        assertEquals(java.util.Arrays.asList("Maks AUP er ", null, " og ", "31 234 567", "; rabatten gir 31,2 mill. kr og 12 pasienter."),
                changed.stream().map(r -> r.text).toList());
        assertEquals("list", changed.get(1).ref);
        assertEquals("Maks AUP er 43 028 738 NOK og ", p.get(0).text, "the runs given are not changed");
        assertThrows(IllegalArgumentException.class, () -> ReferenceSuggestions.apply(changed, s.get(1)));
        assertTrue(ReferenceSuggestions.in(d, changed, TestWords.NORDIC_AND_ENGLISH).stream().noneMatch(x -> x.valueId().equals("list")));
    }

    @Test
    void theCurrencyBeforeAFullStopIsReplacedWithTheNumberAndTheFullStopIsKept() {
        Dossier d = FailClosedProjectionTest.dossier();
        for (String[] c : new String[][] {
                {"Maks AUP er 43 028 738 NOK.", "43 028 738 NOK", "."},
                {"Maks AUP er 43 028 738 kr.", "43 028 738 kr", "."},
                {"Maks AUP er 43 028 738 NOK. Neste setning.", "43 028 738 NOK", ". Neste setning."},
                {"Maks AUP er 43 028 738 kr. pr. pakning.", "43 028 738 kr.", " pr. pakning."},
                {"Maks AUP er NOK 43 028 738.", "NOK 43 028 738", "."}}) {
            List<TextRun> p = List.of(new TextRun(c[0], Classification.PUBLIC));
            List<ReferenceSuggestions.Suggestion> s = ReferenceSuggestions.in(d, p, TestWords.NORDIC_AND_ENGLISH);
            assertEquals(1, s.size(), c[0] + ": " + s);
            assertEquals(c[1], c[0].substring(s.get(0).start(), s.get(0).end()), c[0]);
            List<TextRun> changed = ReferenceSuggestions.apply(p, s.get(0));
            assertEquals(c[2], changed.get(changed.size() - 1).text, c[0]);
        }
    }
}
