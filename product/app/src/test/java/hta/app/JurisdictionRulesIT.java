package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hta validate} runs each installed jurisdiction's rules on top of the core ones: a Nye metoder case ID
 * written {@code ID22-75} fails for Norway, a status or decision outside the jurisdiction's vocabulary fails,
 * milestones out of the process's order fail, a required case reference is required, and a derived figure whose
 * formula is words, not a formula, is reported.
 */
class JurisdictionRulesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachJurisdictionsRulesRunHeadless() throws Exception {
        Path ws = tmp.resolve("ws");
        Files.createDirectories(ws);
        String demo = Files.readString(AppRuntime.APP.resolve("demo-workspace/hemgenix.json"));
        String broken = demo.replace("\"caseReference\" : \"ID2022_075\"", "\"caseReference\" : \"ID22-75\"")
                .replace("\"status\" : \"dk.decided\"", "\"status\" : \"decided\"")
                .replace("\"outcome\" : \"anbefaler\"", "\"outcome\" : \"recommended\"")
                .replace("\"caseReference\" : \"SMC2649\",", "")
                .replace("\"date\" : \"2025-07-02\"\n", "\"date\" : \"2025-05-01\"\n")
                .replace("\"formula\" : \"cell:no-budget-impact:1\"", "\"formula\" : \"derived from the agreed price\"");
        assertTrue(broken.contains("ID22-75") && broken.contains("\"decided\"") && !broken.contains("SMC2649,")
                && broken.contains("2025-05-01") && broken.contains("derived from the agreed price"), "the demo has changed");
        Files.writeString(ws.resolve("hemgenix.json"), broken);

        Commands.Result r = Commands.hta(tmp.resolve("data"), "validate", "--workspace", ws.toString(), "--json");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        JsonNode findings = JSON.readTree(r.out()).path("files").get(0).path("findings");
        List<String> seen = new ArrayList<>();
        for (JsonNode f : findings) seen.add(f.path("rule").asText() + " " + f.path("path").asText());
        assertTrue(seen.contains("case-reference $.submissions[0].caseReference"), seen.toString());
        assertTrue(seen.contains("known-status $.submissions[2].status"), seen.toString());
        assertTrue(seen.contains("known-outcome $.submissions[2].decision.outcome"), seen.toString());
        assertTrue(seen.contains("required $.submissions[3].caseReference"), seen.toString());
        // prices received (01.05) before the basis (05.05): the wait for the company's prices cannot end before it starts
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("process-order $.submissions[0].milestones[")), seen.toString());
        assertTrue(seen.contains("formula-text $.budgetImpacts[0].figures[1].formula") || seen.contains("formula $.budgetImpacts[0].figures[1].formula"), seen.toString()); // the structural check (issue 14) reports the same words-formula under its own rule id
        String caseId = message(findings, "case-reference");
        assertTrue(caseId.contains("'ID22-75' is not a Nye metoder case ID"), caseId);

        // the demo workspace itself meets every rule
        Commands.Result demoRun = Commands.hta(tmp.resolve("data"), "validate", "--workspace",
                AppRuntime.APP.resolve("demo-workspace").toString());
        assertEquals(0, demoRun.exitCode(), demoRun.out());
    }

    private static String message(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (f.path("rule").asText().equals(rule)) return f.path("message").asText();
        }
        return "";
    }
}
