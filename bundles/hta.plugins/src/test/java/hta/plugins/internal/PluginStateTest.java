package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo.Origin;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginStateTest {
    @TempDir
    Path dir;

    @Test
    void theStateIsWrittenAndReadBackAsItWas() throws Exception {
        PluginState s = PluginState.empty()
                .with(new Entry("no", Origin.BUNDLED, Status.REMOVED, null, "bundled", "hta.jurisdiction.no", "0.1.0", "HTA", null))
                .with(new Entry("tl", Origin.WATCHED, Status.DISABLED, "/d/jars/tl.jar", "/d/plugins/tl.jar", "hta.testplugin.tl",
                        "1.0.0", null, "abc123"));
        Path file = dir.resolve("plugin-state/state.properties");
        s.write(file);
        PluginState back = PluginState.read(file);
        assertEquals(s.entries(), back.entries());
        assertTrue(PluginState.read(dir.resolve("missing.properties")).entries().isEmpty());
        assertEquals(1, back.without("no").entries().size());
    }

    @Test
    void anUnknownStatusIsReportedWithTheFileAndThePlugin() throws Exception {
        Path file = dir.resolve("state.properties");
        Files.writeString(file, "se.origin=BUNDLED\nse.status=SLEEPING\n");
        IOException e = assertThrows(IOException.class, () -> PluginState.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("'se'"), e.getMessage());
    }
}
