package hta.workbench.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.RefusalPlace;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A refusal said in words: no field path, the page where it is put right, the country by its name. */
class ExportCheckTest {
    private static final Function<String, String> COUNTRIES = code -> Map.of("smc", "Scotland (SMC)", "no", "Norway")
            .getOrDefault(code, code);

    @Test
    void missingFieldsLoseTheirPathAndNameThePage() {
        ExportRefusedException e = new ExportRefusedException("The SMC summary of 'x' cannot be exported yet; required"
                + " fields are missing", List.of("prices[smc]: the list price is missing (the form asks for it)",
                "submissions[smc].caseReference: the SMC number is missing", "indications: the indication in English is missing"));
        assertEquals("the list price is missing (the form asks for it) (Prices page); the SMC number is missing"
                + " (Scotland (SMC) page); the indication in English is missing (Product page)",
                ExportCheck.inWords(e, new Dossier(), COUNTRIES));
    }

    @Test
    void aPlacedReasonNamesItsPageAndARefusalWithoutPlacesItsSentence() {
        RefusalPlace leak = new RefusalPlace("$.submissions[0].sections.bakgrunn.paragraphs[2]", "hta.editor.narratives",
                "no-rhf-aup", 0, "$.submissions[0].sections.bakgrunn.paragraphs[2] (Narratives): the confidential value"
                + " 'no-rhf-aup' is written in unmarked text");
        assertEquals("the confidential value 'no-rhf-aup' is written in unmarked text (Narratives page)",
                ExportCheck.inWords(leak, new Dossier(), COUNTRIES));
        RefusalPlace status = new RefusalPlace(null, "hta.jurisdiction.no.page", null, 0, "the status is not in the list");
        assertEquals("the status is not in the list (Norway page)", ExportCheck.inWords(status, new Dossier(), COUNTRIES));
        assertEquals("No jurisdiction plugin 'xx' is installed", ExportCheck.inWords(new ExportRefusedException(
                "No jurisdiction plugin 'xx' is installed", List.of()), new Dossier(), COUNTRIES));
    }

    @Test
    void theOutcomeNeverEndsInAColonNorCallsARefusalDone() {
        MemoExport.Outcome refused = new MemoExport.Outcome(List.of(java.nio.file.Path.of("/tmp/a.pdf")),
                List.of("Scotland (SMC) · SMC summary, public: the list price is missing (Prices page)"), false, 2);
        assertEquals("Export incomplete: 1 memo refused, 1 of 2 memos written to the folder (the export's result"
                + " lists why)", refused.headline());
        assertEquals(refused.headline() + "\nNot exported:\n  • Scotland (SMC) · SMC summary, public: the list price is"
                + " missing (Prices page)", refused.summary());
        assertEquals("Export done: 2 of 2 memos written to the folder", new MemoExport.Outcome(List.of(
                java.nio.file.Path.of("/tmp/a.pdf"), java.nio.file.Path.of("/tmp/b.pdf")), List.of(), false, 2).headline());
        assertEquals("Export done: 1 of 1 memo written to the folder", new MemoExport.Outcome(List.of(
                java.nio.file.Path.of("/tmp/a.pdf")), List.of(), false, 1).headline());
        assertEquals("Export incomplete: 2 memos refused, 0 of 2 memos written to the folder (the export's result lists"
                + " why)", new MemoExport.Outcome(List.of(), List.of("a: x", "b: y"), false, 2).headline());
    }
}
