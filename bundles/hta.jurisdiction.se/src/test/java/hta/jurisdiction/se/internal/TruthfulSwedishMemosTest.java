package hta.jurisdiction.se.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.json.DossierJson;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Swedish memos on the demo's Zolgensma (seed 000) and Blincyto (seeds 002, 003): the TLV status sheet does not
 * say a dossier never came in when the record shows the case was assessed, and NT-rådet's recommendations are
 * printed in the words it published.
 */
class TruthfulSwedishMemosTest {
    private static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");
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

    static Dossier demo(String id) throws Exception {
        return DossierJson.read(Files.readAllBytes(DEMO.resolve(id + ".json")));
    }

    private String render(Dossier d, String template, Variant variant) {
        ProjectedView view = ProjectedView.of(d, sweden.code(), sweden.confidentiality(), variant);
        var t = sweden.memoTemplate(template).orElseThrow();
        assertEquals(List.of(), t.missingFields(view, context));
        return t.render(view, context).plainText();
    }

    @Test
    void theStatusSheetDoesNotSayAnAssessedCaseNeverGotItsDossier() throws Exception {
        for (String id : List.of("zolgensma", "blincyto")) {
            String sheet = render(demo(id), TlvStatusTemplate.ID, Variant.PUBLIC);
            assertFalse(sheet.contains("inte inkommit"), id + ": " + sheet);
            assertTrue(sheet.contains("Underlag från företaget inkom\tuppgift saknas"), id + ": " + sheet);
            assertTrue(sheet.contains("Handläggningstid hos TLV\tuppgift saknas"), id + ": " + sheet);
        }
        // Zolgensma's TLV report of 24.02.2021 is recorded, and its date printed
        String zolgensma = render(demo("zolgensma"), TlvStatusTemplate.ID, Variant.PUBLIC);
        assertTrue(zolgensma.contains("Bedömning expedierad\t2021-02-24"), zolgensma);
        // NT-rådet commissioned TLV "i mars 2019" (seed 000): the month, not the last day the dossier stores for it
        assertTrue(zolgensma.contains("Uppdrag till TLV\tmars 2019"), zolgensma);
        assertFalse(zolgensma.contains("2019-03-31"), zolgensma);
        // where the status says TLV waits for the company, the sheet says the dossier has not come in
        Dossier waiting = demo("blincyto");
        waiting.submission("se").orElseThrow().status = "se.awaiting-dossier";
        waiting.submission("se").orElseThrow().milestones.add(new Milestone("se.tlv-commissioned", LocalDate.of(2025, 2, 3), null));
        String sheet = render(waiting, TlvStatusTemplate.ID, Variant.PUBLIC);
        assertTrue(sheet.contains("Underlag från företaget inkom\tUnderlaget har inte inkommit"), sheet);
        assertTrue(sheet.contains("Handläggningstid hos TLV\tUnderlaget har inte inkommit"), sheet);
    }

    @Test
    void theStatusSheetSaysTheDayItsStatusIsAsOf() throws Exception {
        // Zolgensma's last recorded event is NT-rådet's statement of 2021-09-06 (seed 000)
        String zolgensma = render(demo("zolgensma"), TlvStatusTemplate.ID, Variant.PUBLIC);
        assertTrue(zolgensma.contains("Status per 2021-09-06\t"), zolgensma);
        assertFalse(zolgensma.contains("Status\t"), zolgensma);
        // Blincyto's sources give no day at all: the sheet says the day is not stated rather than inventing one
        String blincyto = render(demo("blincyto"), TlvStatusTemplate.ID, Variant.PUBLIC);
        assertTrue(blincyto.contains("Status (datum uppgift saknas)\t"), blincyto);
        Dossier later = demo("zolgensma");
        later.submission("se").orElseThrow().milestones.add(new Milestone("se.revision", LocalDate.of(2023, 9, 1), null));
        assertTrue(render(later, TlvStatusTemplate.ID, Variant.PUBLIC).contains("Status per 2023-09-01\t"));
    }

    @Test
    void blincytosRecommendationIsPrintedAsPublishedNotParaphrased() throws Exception {
        Dossier d = demo("blincyto");
        // the demo does not know the day of the recommendation; the statement needs one
        d.submission("se").orElseThrow().milestones.add(new Milestone("se.statement", LocalDate.of(2025, 6, 1), null));
        String memo = render(d, YttrandeTemplate.ID, Variant.PUBLIC);
        assertTrue(memo.contains("avstå från generell användning av Blincyto vid akut lymfatisk leukemi (ALL) hos barn."
                + " Blincyto kan dock användas som bryggbehandling till barn och vuxna med ALL inför allogen"
                + " stamcellstransplantation."), memo);
        assertFalse(memo.contains("avstå från användning"), memo);
        // the condition is in the published wording already: not printed twice
        assertEquals(2, memo.split("bryggbehandling till barn och vuxna", -1).length, memo);
    }

    @Test
    void zolgensmasWaitKeepsItsReason() throws Exception {
        String memo = render(demo("zolgensma"), YttrandeTemplate.ID, Variant.PUBLIC);
        assertTrue(memo.contains("att avvakta med behandling med Zolgensma till dess att NT-rådet har genomfört en"
                + " sammanvägd bedömning av behandlingens värde utifrån den etiska plattformen för prioritering"), memo);
        assertTrue(memo.contains("Rekommendation i väntan på pågående utredning"), memo);
        // the TLV report is cited with its address (seed 000)
        assertTrue(memo.contains("bed210224_zolgensma.pdf) https://www.tlv.se/download/"), memo);
        String conf = render(demo("zolgensma"), YttrandeTemplate.ID, Variant.CONFIDENTIAL);
        assertTrue(conf.contains("31,5 procent (fiktivt)"), conf);
        assertFalse(conf.contains("FICTIONAL") || conf.contains("Demo"), conf);
    }
}
