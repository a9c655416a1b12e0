package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.Coincidences;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Problems view lists the same structural problems that refuse a public export, each with the field and the
 * editor page to open, and the dossier's acknowledged coincidences: active ones for information, lapsed ones as
 * warnings.
 */
class ProblemScanTest {
    private static PricePoint price(String id, String jurisdiction, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = jurisdiction;
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
        d.prices.add(price("list", "no", PriceKind.MAXIMUM_PHARMACY_PRICE, "43028738", Classification.PUBLIC));
        d.prices.add(price("se-net", "se", PriceKind.AGREED_PRICE, "43028738", Classification.CONFIDENTIAL));
        return d;
    }

    /** The site's words for a missing plugin, as a test gives them: the name recorded, the code, and a remedy. */
    private static final ProblemScan.Missing MISSING = new ProblemScan.Missing(
            (code, recorded) -> (recorded == null ? code : recorded + " (" + code + ")") + " — plugin not installed",
            code -> "install the plugin of '" + code + "' in the Plugins view");

    /** Regression (outsider's walk): the problem said "jca: plugin not installed", the code only. */
    @Test
    void aSubmissionWhosePluginIsMissingIsNamedAsTheDossierRecordedItAndSaysWhatToDo() {
        Dossier d = dossier();
        Submission s = new Submission();
        s.jurisdiction = "jca";
        s.jurisdictionName = "EU joint clinical assessment";
        d.submissions.add(s);
        Problem p = ProblemScan.scan(d, List.of(), LocalDate.of(2026, 1, 1), MISSING).stream()
                .filter(x -> "jca".equals(x.jurisdiction())).findFirst().orElseThrow();
        assertEquals(Problem.Severity.INFO, p.severity());
        assertEquals("EU joint clinical assessment (jca) — plugin not installed; the submission's data is kept as it is",
                p.message());
        assertEquals("To edit, check or export this submission, install the plugin of 'jca' in the Plugins view", p.remedy());
    }

    @Test
    void structuralProblemsNameTheFieldAndThePageToOpen() {
        Dossier d = dossier();
        d.prices.get(1).id = null;
        List<Problem> problems = ProblemScan.scan(d, List.of(), LocalDate.of(2026, 1, 1), MISSING);
        Problem p = problems.stream().filter(x -> x.location().equals("$.prices[1].id")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertTrue(p.message().contains("has no id") && p.message().endsWith("(blocks the public export)"), p.message());
        assertEquals(hta.workbench.api.EditorPlace.PRICES, p.place().page());
    }

    @Test
    void acknowledgementsAreListedActiveAndLapsed() {
        Dossier d = dossier();
        Coincidences.acknowledge(d, "list", "se-net", "unrelated prices", "kari", Instant.parse("2026-11-23T11:40:12Z"));
        Problem active = ProblemScan.scan(d, List.of(), LocalDate.of(2026, 1, 1), MISSING).stream()
                .filter(x -> x.location().equals("$.acknowledgements[0]")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.INFO, active.severity());
        assertTrue(active.message().startsWith("Acknowledged coincidence of public 'list' and confidential 'se-net', by kari"),
                active.message());
        d.prices.get(1).amount = new BigDecimal("43028739");
        Problem lapsed = ProblemScan.scan(d, List.of(), LocalDate.of(2026, 1, 1), MISSING).stream()
                .filter(x -> x.location().equals("$.acknowledgements[0]")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.WARNING, lapsed.severity());
        assertTrue(lapsed.message().startsWith("Lapsed acknowledgement"), lapsed.message());
    }

    /**
     * Regression (walk of 6 December 2026): one check that threw ended the whole Problems job, and the view stayed
     * empty — no errors, no count — as if the workspace had nothing to fix. A plugin's check that fails is now one
     * error naming the dossier and the submission, the failure goes to the Error Log, the other checks still run, and
     * the problem's words do not repeat the failure's message (it may quote the dossier's data).
     */
    @Test
    void aCheckThatFailsIsOneErrorNamingItAndTheOtherChecksStillRun() {
        Dossier d = dossier();
        d.prices.get(1).id = null; // a structural problem, found by a check after the failing one
        Submission s = new Submission();
        s.jurisdiction = "fl";
        s.caseReference = "FL-43028738";
        d.submissions.add(s);
        List<String> logged = new java.util.ArrayList<>();
        List<Problem> problems = ProblemScan.scan(d, List.of(new FaultyJurisdiction()), LocalDate.of(2026, 1, 1), MISSING,
                (what, e) -> logged.add(what + ": " + e.getMessage()));

        Problem failed = problems.stream().filter(x -> x.message().startsWith("Could not check")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.ERROR, failed.severity());
        assertEquals("Could not check the Faultyland submission: the check failed, so its problems are not listed",
                failed.message());
        assertEquals("fl", failed.jurisdiction());
        assertEquals("Brand", failed.dossier());
        assertTrue(failed.remedy().contains("Error Log"), failed.remedy());
        assertTrue(problems.stream().noneMatch(x -> x.message().contains("43028738")
                || x.remedy() != null && x.remedy().contains("43028738")), problems.toString());
        assertTrue(problems.stream().anyMatch(x -> "$.prices[1].id".equals(x.location())), "the structural check ran: " + problems);
        assertEquals(List.of("The check of the Faultyland submission failed for the dossier Brand: "
                + FaultyJurisdiction.MESSAGE + "FL-43028738"), logged);
    }
}
