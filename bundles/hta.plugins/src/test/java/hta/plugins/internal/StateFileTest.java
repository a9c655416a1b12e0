package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
    @TempDir
    Path dir;

    static Entry tl() {
        return new Entry("tl", Origin.WATCHED, Status.DISABLED, "/d/jars/tl.jar", "/d/plugins/tl ä=:#!.jar", "hta.testplugin.tl",
                "1.0.0", null, "ab".repeat(32), null, false);
    }

    @Test
    void theStateIsWrittenAndReadBackAsItWasAndStaysAPropertiesFile() throws Exception {
        PluginState s = PluginState.empty()
                .with(new Entry("no", Origin.BUNDLED, Status.REMOVED, null, "bundled", "hta.jurisdiction.no", "0.1.0", "HTA",
                        null, null, false))
                .with(tl())
                .with(new Entry("te", Origin.INSTALLED, Status.ENABLED, "/d/jars/te.jar", "/x", "t", "1", null, "cd".repeat(32),
                        null, false).quarantined("ended the process while starting").toldAbout());
        Path file = dir.resolve("plugin-state/state.properties");
        StateFile.write(s, file);
        PluginState back = StateFile.read(file);
        assertEquals(s.entries(), back.entries());
        assertEquals(List.of(), back.problems());
        Properties plain = new Properties();
        try (var in = Files.newInputStream(file)) {
            plain.load(in);
        }
        assertEquals("/d/plugins/tl ä=:#!.jar", plain.getProperty("tl.source"), "any properties reader reads it");
        assertTrue(StateFile.read(dir.resolve("missing.properties")).entries().isEmpty());
    }

    @Test
    void aDamagedLineSpoilsOnlyItsOwnRecordWhichIsReportedAndKeptAsItIs() throws Exception {
        Path file = dir.resolve("state.properties");
        StateFile.write(PluginState.empty().with(tl()), file);
        String text = Files.readString(file, StandardCharsets.ISO_8859_1)
                + "se.origin=\\u00zz\nse.status=ENABLED\ninteractive=\\uXYZ1\nth.origin=SOMEWHERE\n";
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        PluginState s = StateFile.read(file);
        assertEquals(List.of("tl"), List.copyOf(s.entries().keySet()), "the intact record loads");
        assertEquals(List.of("se", "th"), List.copyOf(s.damaged().keySet()));
        assertTrue(s.damaged().get("se").reason().contains("malformed"), s.damaged().get("se").reason());
        assertTrue(s.problems().size() >= 3, s.problems().toString());
        assertEquals(List.of("interactive=\\uXYZ1"), s.loose());

        StateFile.write(s, file); // written back: the damaged lines stay as they were
        String again = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(again.contains("se.origin=\\u00zz\n") && again.contains("th.origin=SOMEWHERE\n")
                && again.contains("interactive=\\uXYZ1\n"), again);
        PluginState fixed = StateFile.read(file).with(new Entry("se", Origin.BUNDLED, Status.ENABLED, null, "bundled", "s",
                "1", null, null, null, false));
        assertEquals(java.util.Set.of("th"), fixed.damaged().keySet(), "a new record replaces the damaged one");
    }

    @Test
    void anUnknownStatusOrConflictingLinesDamageTheRecordNamingIt() {
        PluginState s = StateFile.parse("se.origin=BUNDLED\nse.status=SLEEPING\nno.origin=BUNDLED\nno.origin=INSTALLED\n"
                + "dk.origin=BUNDLED\u0000\n");
        assertEquals(List.of("dk", "no", "se"), List.copyOf(s.damaged().keySet()));
        assertTrue(s.entries().isEmpty());
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("'se'")), s.problems().toString());
        assertTrue(s.problems().stream().anyMatch(p -> p.contains("a second, different no.origin")), s.problems().toString());
    }
}
