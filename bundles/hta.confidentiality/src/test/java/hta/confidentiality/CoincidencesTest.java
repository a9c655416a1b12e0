package hta.confidentiality;

import static hta.confidentiality.FailClosedProjectionTest.STORED_ONLY;
import static hta.confidentiality.FailClosedProjectionTest.price;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Acknowledgement;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.dossier.Narrative;
import hta.dossier.PriceKind;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A public value that equals another country's secret is found with its field, can be acknowledged with a recorded
 * decision that holds no value, and the acknowledgement lapses when either value changes.
 */
class CoincidencesTest {
    private static final Instant WHEN = Instant.parse("2026-11-23T11:40:12Z");

    /** The Norwegian list price (public) equals the Swedish net price (confidential), in another currency. */
    static Dossier coincidence() {
        Dossier d = FailClosedProjectionTest.dossier();
        hta.dossier.PricePoint se = price("se-net", PriceKind.AGREED_PRICE, "43028738", Classification.CONFIDENTIAL);
        se.jurisdiction = "se";
        se.currency = "SEK";
        d.prices.add(se);
        Submission no = new Submission();
        no.jurisdiction = "no";
        no.sections.put("bakgrunn", Narrative.of("Prisen er lagt inn.", "Maks AUP er 43 028 738 kroner."));
        d.submissions.add(no);
        return d;
    }

    private static List<Disclosure> scan(Dossier d) {
        ProjectedDossier view = PublicProjection.project(d, STORED_ONLY, Variant.PUBLIC);
        return PrintedFields.scan(view.dossier(), "no", LeakScanner.index(d, List.of(STORED_ONLY)));
    }

    @Test
    void theFieldsNameBothTheTypedTextAndThePublicValue() {
        List<Disclosure> found = scan(coincidence());
        Disclosure value = found.stream().filter(x -> x.publicItem() != null).findFirst().orElseThrow();
        assertEquals("$.prices[0].amount", value.field());
        assertEquals(EditorPages.PRICES, value.page());
        assertEquals("list", value.publicSide());
        assertEquals("se-net", value.valueId());
        Disclosure text = found.stream().filter(x -> x.publicItem() == null).findFirst().orElseThrow();
        assertEquals("$.submissions[0].sections.bakgrunn.paragraphs[1]", text.field());
        assertEquals(EditorPages.NARRATIVES, text.page());
        assertEquals("Maks AUP er " + Disclosure.MASKED + " kroner.", text.quote());
        assertFalse(text.toString().contains("43") || value.toString().contains("43"), text + " / " + value);
        assertFalse(text.toString().contains("character"), "the field, not an offset: " + text);
    }

    @Test
    void anAcknowledgementCoversTheCoincidenceUntilAValueChanges() {
        Dossier d = coincidence();
        Disclosure value = scan(d).stream().filter(x -> x.publicItem() != null).findFirst().orElseThrow();
        Acknowledgement a = Coincidences.acknowledge(d, value.publicSide(), value.valueId(),
                "the NOK list price and the SEK net price are unrelated", "kari", WHEN);
        assertEquals(Coincidences.State.ACTIVE, Coincidences.state(d, a));
        assertTrue(Coincidences.covers(d, value));
        // the record holds no value, in any form
        String json = new String(DossierJson.write(d), StandardCharsets.UTF_8);
        String record = json.substring(json.indexOf("\"acknowledgements\""));
        assertFalse(record.contains("43028738") || record.contains("43 028 738"), record);
        assertTrue(a.fingerprint.matches("sha256:[0-9a-f]{32}:[0-9a-f]{64}"), a.fingerprint);
        // it survives a save and reload
        Dossier reloaded = DossierJson.copy(d);
        assertEquals(Coincidences.State.ACTIVE, Coincidences.state(reloaded, reloaded.acknowledgements.get(0)));

        // the secret changes: lapsed, even when the two are made equal again
        d.prices.get(2).amount = new BigDecimal("44000123");
        d.prices.get(0).amount = new BigDecimal("44000123");
        assertEquals(Coincidences.State.LAPSED, Coincidences.state(d, a));
        assertFalse(Coincidences.covers(d, scan(d).stream().filter(x -> x.publicItem() != null).findFirst().orElseThrow()));
        // back to the acknowledged values: active again (the fingerprint is of the values, not of the time)
        d.prices.get(2).amount = new BigDecimal("43028738.00");
        d.prices.get(0).amount = new BigDecimal("43028738");
        assertEquals(Coincidences.State.ACTIVE, Coincidences.state(d, a));
        // the public item gone or its id reused: lapsed
        d.prices.get(0).id = "se-net";
        assertEquals(Coincidences.State.LAPSED, Coincidences.state(d, a));
    }

    @Test
    void aTextFieldIsAcknowledgedByItsPathAndLapsesWhenItsTextChanges() {
        Dossier d = coincidence();
        Disclosure text = scan(d).stream().filter(x -> x.publicItem() == null).findFirst().orElseThrow();
        Acknowledgement a = Coincidences.acknowledge(d, text.publicSide(), text.valueId(), "quoted from the public list",
                "kari", WHEN);
        assertEquals("$.submissions[0].sections.bakgrunn.paragraphs[1]", a.publicItem);
        assertTrue(Coincidences.covers(d, text));
        d.submissions.get(0).sections.get("bakgrunn").paragraphs.get(1).get(0).text = "Maks AUP er 43 028 738 NOK.";
        assertEquals(Coincidences.State.LAPSED, Coincidences.state(d, a));
    }

    @Test
    void equalValuesGiveDifferentFingerprintsAndIncompleteRecordsDoNotCount() {
        Dossier d = coincidence();
        Acknowledgement one = Coincidences.acknowledge(d, "list", "se-net", "unrelated", "kari", WHEN);
        Acknowledgement two = Coincidences.acknowledge(d, "list", "se-net", "unrelated", "kari", WHEN);
        assertNotEquals(one.fingerprint, two.fingerprint, "salted");
        two.author = " ";
        assertEquals(Coincidences.State.INCOMPLETE, Coincidences.state(d, two));
        one.fingerprint = "sha256:00:11";
        assertEquals(Coincidences.State.INCOMPLETE, Coincidences.state(d, one));
        assertThrows(IllegalArgumentException.class, () -> Coincidences.acknowledge(d, "nothing", "se-net", "x", "y", WHEN));
        assertThrows(IllegalArgumentException.class, () -> Coincidences.acknowledge(d, "list", "se-net", " ", "y", WHEN));
        List<Coincidences.Status> statuses = Coincidences.statuses(d);
        assertEquals(List.of("$.acknowledgements[0]", "$.acknowledgements[1]"),
                statuses.stream().map(Coincidences.Status::field).toList());
        assertTrue(statuses.get(0).toString().contains("does not count"), statuses.get(0).toString());
    }

    @Test
    void aDerivedSecretIsTiedToTheItemsItIsBuiltOf() {
        Dossier d = coincidence();
        // the leak scanner names a derived value by the items it is computed from
        Acknowledgement a = Coincidences.acknowledge(d, "list", "agreed:discount-from:list", "a coincidence", "kari", WHEN);
        assertEquals(Coincidences.State.ACTIVE, Coincidences.state(d, a));
        d.prices.get(1).amount = new BigDecimal("31234568");
        assertEquals(Coincidences.State.LAPSED, Coincidences.state(d, a));
    }
}
