package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hta.settings.SettingChange;
import hta.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hta config}: the settings the jurisdictions leave to administrators are listed, refused when out of
 * range, kept in the data directory from one run to the next, reach the jurisdiction, and every change is recorded.
 */
class SettingsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void anAdministratorSetsAnUnconfirmedFactAndEveryChangeIsRecorded() throws Exception {
        Commands.Result list = Commands.hta(data, "config", "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        JsonNode all = JSON.readTree(list.out());
        JsonNode pace = find(all, "smc.pace.weeks");
        assertFalse(pace.path("set").asBoolean());
        assertEquals("26", pace.path("default").asText());
        assertEquals(22, pace.path("min").asInt());
        for (String key : new String[] {"no.prisnotat.target.days", "dk.clock.pausesCount", "se.redaction.style",
                "se.redaction.text"}) {
            assertFalse(find(all, key).isMissingNode(), key);
        }

        // SMC gives 22 to 26 weeks: 30 is refused in one line and nothing changes
        Commands.Result refused = Commands.hta(data, "config", "set", "smc.pace.weeks", "30");
        assertEquals(1, refused.exitCode());
        assertEquals("hta: smc.pace.weeks must be between 22 and 26, not 30; nothing was changed", refused.err().strip());
        Commands.Result unknown = Commands.hta(data, "config", "get", "smc.nothing");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("'smc.nothing'"), unknown.err());

        // no target for the price memo until an administrator declares one
        Commands.Result before = Commands.hta(data, "timeline", "--dossier", "hemgenix", "--jurisdiction", "no",
                "--today", "2025-10-22");
        assertFalse(before.out().contains("no.prisnotat"), before.out());
        Commands.Result set = Commands.hta(data, "config", "set", "no.prisnotat.target.days", "150", "--as", "alice");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("no.prisnotat.target.days = 150 (was unset (off))", set.out().strip());
        // a new process reads it from the data directory and the Norwegian plugin has the target
        assertEquals("no.prisnotat.target.days = 150", Commands.hta(data, "config", "get", "no.prisnotat.target.days")
                .out().lines().findFirst().orElseThrow());
        Commands.Result after = Commands.hta(data, "timeline", "--dossier", "hemgenix", "--jurisdiction", "no",
                "--today", "2025-10-22");
        // 170 days at Sykehusinnkjøp less the 58 waiting for the company's prices: 112 of 150
        assertTrue(after.out().matches("(?s).*no\\.prisnotat\\s+MET\\s+112 of 150 days.*"), after.out());
        assertTrue(Files.isDirectory(data.resolve("config")), "kept in the data directory");

        assertEquals(0, Commands.hta(data, "config", "set", "smc.pace.weeks", "22", "--as", "bob").exitCode());
        assertEquals(0, Commands.hta(data, "config", "unset", "smc.pace.weeks", "--as", "bob").exitCode());
        JsonNode history = JSON.readTree(Commands.hta(data, "config", "history", "--json").out());
        assertEquals(3, history.size(), history.toString());
        assertEquals("alice", history.get(0).path("who").asText());
        assertEquals("no.prisnotat.target.days", history.get(0).path("key").asText());
        assertTrue(history.get(0).path("old").isNull());
        assertEquals("150", history.get(0).path("new").asText());
        assertEquals("22", history.get(2).path("old").asText());
        assertTrue(history.get(2).path("new").isNull());
        assertFalse(history.get(2).path("when").asText().isEmpty());
        assertTrue(Files.readString(data.resolve("settings/history.tsv")).contains("\tbob\tsmc.pace.weeks\t22\t\n"));
    }

    /**
     * The Jurisdiction settings preference page of the running app lists every setting; a value typed there is set
     * through the audited service (who: the login), a cleared one unset, and a wrong one refused with nothing stored.
     */
    @Test
    void theJurisdictionSettingsPageSetsThroughTheAuditedService() throws Exception {
        try (AppRuntime app = AppRuntime.start(data, java.util.Map.of())) {
            Object page = app.service("hta.workbench.api.PreferencePage",
                    "(component.name=hta.workbench.plugins.internal.SettingsPreferencePage)");
            javax.swing.table.DefaultTableModel[] model = new javax.swing.table.DefaultTableModel[1];
            java.awt.EventQueue.invokeAndWait(() -> {
                try {
                    AppRuntime.call(page, "createComponent");
                    model[0] = (javax.swing.table.DefaultTableModel) AppRuntime.call(page, "model");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (int r = 0; r < model[0].getRowCount(); r++) keys.add(String.valueOf(model[0].getValueAt(r, 0)));
            assertTrue(keys.containsAll(java.util.List.of("dk.clock.pausesCount", "no.prisnotat.target.days",
                    "se.redaction.style", "se.redaction.text", "smc.pace.weeks")), keys.toString());
            int pace = keys.indexOf("smc.pace.weeks");
            int prisnotat = keys.indexOf("no.prisnotat.target.days");

            // out of SMC's range: refused in one line naming the setting, and nothing is stored
            model[0].setValueAt("150", prisnotat, 1);
            model[0].setValueAt("30", pace, 1);
            Exception refused = applyOnEdt(page);
            // in words ("Scotland (SMC): Pace weeks must be …"), the key hta config takes after them
            assertTrue(refused instanceof IllegalArgumentException && refused.getMessage().startsWith("Scotland (SMC): Pace weeks must be")
                    && refused.getMessage().contains("(smc.pace.weeks)"), String.valueOf(refused));
            Settings service = app.service(Settings.class);
            assertEquals(0, service.history().size(), "nothing was stored");

            model[0].setValueAt("24", pace, 1);
            assertEquals(null, applyOnEdt(page));
            model[0].setValueAt("", pace, 1);
            assertEquals(null, applyOnEdt(page));
            // set through the settings service, which records who and what
            assertEquals("150", service.get("no.prisnotat.target.days").orElseThrow().value());
            java.util.List<SettingChange> history = service.history();
            assertEquals(3, history.size(), history.toString());
            assertEquals(System.getProperty("user.name"), history.get(0).who());
            assertEquals("24", history.get(2).oldValue());
        }
    }

    private static Exception applyOnEdt(Object page) throws Exception {
        Exception[] thrown = new Exception[1];
        java.awt.EventQueue.invokeAndWait(() -> {
            try {
                AppRuntime.call(page, "apply");
            } catch (java.lang.reflect.InvocationTargetException e) {
                thrown[0] = e.getCause() instanceof Exception x ? x : e;
            } catch (Exception e) {
                thrown[0] = e;
            }
        });
        return thrown[0];
    }

    private static JsonNode find(JsonNode list, String key) {
        for (JsonNode n : list) {
            if (n.path("key").asText().equals(key)) return n;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
