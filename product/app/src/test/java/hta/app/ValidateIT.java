package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bin/hta validate} on the shipped demo workspace, on broken files, and with bad usage. */
class ValidateIT {
    @Test
    void demoWorkspaceIsCleanAndTheSchemaShipsWithTheApp() throws Exception {
        Path data = Files.createTempDirectory("hta-validate-data");
        Commands.Result r = Commands.hta(data, "validate", "--workspace", AppRuntime.APP.resolve("demo-workspace").toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("4 files checked, 0 findings"), r.out());
        JsonNode schema = new ObjectMapper().readTree(AppRuntime.APP.resolve("schema/dossier.schema.json").toFile());
        assertTrue(schema.path("$defs").has("Submission"));
    }

    @Test
    void findingsAndUnreadableFilesExitOneWithPathsInJson() throws Exception {
        Path data = Files.createTempDirectory("hta-validate-data");
        Path ws = Files.createTempDirectory("hta-validate-ws");
        String demo = Files.readString(AppRuntime.APP.resolve("demo-workspace/hemgenix.json"));
        // the first currency in the file is the first price's (Maks-AUP)
        Files.writeString(ws.resolve("hemgenix.json"), demo.replaceFirst("\"currency\" : \"NOK\"", "\"currency\" : \"NKR\""));
        Files.writeString(ws.resolve("broken.json"), "{\"schemaVersion\" : 2, \"id\" : \"broken\", \"prices\" : [ {\"amount\" : \"lots\"} ]}");
        Commands.Result r = Commands.hta(data, "validate", "--workspace", ws.toString(), "--json");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertFalse(out.get("clean").asBoolean());
        JsonNode broken = out.get("files").get(0);
        assertTrue(broken.get("file").asText().endsWith("broken.json"));
        assertFalse(broken.get("readable").asBoolean());
        assertEquals("$.prices[0].amount", broken.get("findings").get(0).get("path").asText());
        JsonNode hemgenix = out.get("files").get(1);
        assertEquals("known-currency", hemgenix.get("findings").get(0).get("rule").asText());
        assertEquals("$.prices[0].currency", hemgenix.get("findings").get(0).get("path").asText());

        Commands.Result one = Commands.hta(data, "validate", ws.resolve("broken.json").toString());
        assertEquals(1, one.exitCode());
        assertTrue(one.out().contains("$.prices[0].amount") && one.out().contains("expected number"), one.out());
    }

    @Test
    void aPublicAgreedPriceWithoutADeclassificationIsAFindingThatSaysWhatToAdd() throws Exception {
        Path data = Files.createTempDirectory("hta-validate-data");
        Path ws = Files.createTempDirectory("hta-validate-ws");
        String demo = Files.readString(AppRuntime.APP.resolve("demo-workspace/hemgenix.json"));
        // the Norwegian agreed price (RHF-AUP) classified PUBLIC, with no recorded decision to show it
        String publicAgreed = demo.replaceFirst("(\"id\" : \"no-rhf-aup\"[^}]*?\"classification\" : )\"CONFIDENTIAL\"",
                "$1\"PUBLIC\"");
        assertFalse(publicAgreed.equals(demo));
        Files.writeString(ws.resolve("hemgenix.json"), publicAgreed);
        Commands.Result r = Commands.hta(data, "validate", "--workspace", ws.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(".declassification") && r.out().contains("'no-rhf-aup'") && r.out().contains("AGREED_PRICE")
                && r.out().contains("reason, author and date") && r.out().contains("declassification-needed"), r.out());
        assertFalse(r.out().contains("29950000") || r.out().contains("29 950 000"), r.out());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path data = Files.createTempDirectory("hta-validate-data");
        Commands.Result none = Commands.hta(data, "validate");
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().startsWith("hta: "), none.err());
        Commands.Result missing = Commands.hta(data, "validate", "/no/such/file.json");
        assertEquals(2, missing.exitCode(), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }
}
