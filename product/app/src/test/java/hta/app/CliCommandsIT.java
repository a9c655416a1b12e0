package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hta timeline} and {@code hta scan} run in the assembled app (the CLI application service, called as
 * the launcher calls it) against a copy of the demo workspace.
 */
class CliCommandsIT {
    private static AppRuntime app;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
        // a dossier whose narrative leaks the agreed price (the demo's FICTIONAL RHF-AUP, 29 950 000 NOK)
        String demo = Files.readString(app.workspace().resolve("hemgenix.json"), StandardCharsets.UTF_8);
        String leaky = demo.replaceFirst("\"id\" : \"hemgenix\"", "\"id\" : \"leaky\"")
                .replace("Behandlingen gis én gang,", "Behandlingen gis én gang til 29\u00A0950\u00A0000 NOK,");
        assertTrue(leaky.contains("29\u00A0950\u00A0000"), "the demo text to plant the leak in has changed");
        Files.writeString(app.workspace().resolve("leaky.json"), leaky, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static InProcessCli.Run hta(String... args) throws Exception {
        return InProcessCli.run(app, args);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\" : (-?\\d+)").matcher(json);
        assertTrue(m.find(), field + " not in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void timelineJsonNamesTheTotalAndEachPartInDays() throws Exception {
        InProcessCli.Run r = hta("timeline", "--dossier", "hemgenix", "--jurisdiction", "no", "--today", "2025-11-17", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(170, number(r.out(), "totalDays"));
        assertEquals(58, number(r.out(), "clockStoppedDays"));
        assertEquals(0, number(r.out(), "unassignedDays"));
        assertTrue(r.out().matches("(?s).*\"id\" : \"waiting-for-prices\".*?\"days\" : 58.*"), r.out());
        assertTrue(r.out().matches("(?s).*\"id\" : \"negotiating\".*?\"days\" : 105.*"), r.out());
        assertTrue(r.out().matches("(?s).*\"id\" : \"writing\".*?\"days\" : 7.*"), r.out());
        assertTrue(r.out().contains("\"no.delivery-agreement-3m\""), r.out());
        // the Beslutningsforum meeting is made up in the demo: the part that ends with it says so, the others not
        assertTrue(r.out().matches("(?s).*\"id\" : \"to-decision\"[^}]*\"fictional\" : true.*"), r.out());
        assertTrue(r.out().matches("(?s).*\"id\" : \"writing\"[^}]*\"fictional\" : false.*"), r.out());
        InProcessCli.Run text = hta("timeline", "--dossier", "hemgenix", "--jurisdiction", "no", "--today", "2025-11-17");
        assertTrue(text.out().matches("(?s).*to-decision .*26 days — FICTIONAL \\(the dossier marks no.beslutningsforum as made up\\).*"),
                text.out());
        assertFalse(java.util.regex.Pattern.compile("(?m)^\\s*writing\\b.*FICTIONAL").matcher(text.out()).find(), text.out());
    }

    @Test
    void timelineUnderTheOrphanDrugReformScenario() throws Exception {
        InProcessCli.Run r = hta("timeline", "--dossier", "hemgenix", "--jurisdiction", "se", "--scenario", "se.orphan-reform",
                "--today", "2025-11-17", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"scenario\""), r.out());
        assertTrue(r.out().contains("\"id\" : \"se.orphan-reform\""), r.out());
        assertTrue(r.out().contains("\"se.negotiation-long-stop\""), r.out());
        InProcessCli.Run text = hta("timeline", "--dossier", "hemgenix", "--jurisdiction", "se", "--scenario", "se.orphan-reform",
                "--today", "2025-11-17");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Targets (scenario se.orphan-reform)"), text.out());
        InProcessCli.Run unknown = hta("timeline", "--dossier", "hemgenix", "--jurisdiction", "se", "--scenario", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("se.orphan-reform"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    }

    @Test
    void scanExitsOneOnFindingsAndSaysWhere() throws Exception {
        InProcessCli.Run clean = hta("scan", "--dossier", "hemgenix", "--json");
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        assertEquals(0, number(clean.out(), "count"));
        InProcessCli.Run leak = hta("scan", "--dossier", "leaky", "--json");
        assertEquals(1, leak.exitCode(), leak.out() + leak.err());
        // the one place reveals the agreed price as written, and (since issue 14) the confidential values a reader
        // derives from it too (budget cells per patient, the discount from the list price …)
        assertTrue(number(leak.out(), "count") >= 1, leak.out());
        assertTrue(leak.out().contains("\"valueId\" : \"no-rhf-aup\""), leak.out());
        assertTrue(leak.out().contains("\"field\" : \"$.submissions[0].sections."), leak.out());
        assertTrue(leak.out().contains("\"page\" : \"hta.editor.narratives\""), leak.out());
        // never the value itself
        assertTrue(!leak.out().contains("29950000") && !leak.out().contains("950\u00A0000"), leak.out());
        InProcessCli.Run text = hta("scan", "--dossier", "leaky");
        assertEquals(1, text.exitCode());
        assertTrue(text.out().matches("(?s).*\\d+ place\\(s\\) reveal confidential values\\..*"), text.out());
        InProcessCli.Run missing = hta("scan", "--dossier", "no-such-dossier");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("hta: "), missing.err());
    }
}
