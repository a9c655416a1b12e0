package hta.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.settings.SettingChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsHistoryTest {
    @TempDir
    Path dir;

    @Test
    void changesComeBackAsWrittenWhateverTheirText() throws Exception {
        SettingsHistory h = new SettingsHistory(dir.resolve("settings/history.tsv"));
        SettingChange first = new SettingChange(Instant.parse("2026-01-05T09:00:00Z"), "alice", "smc.pace.weeks", null, "22");
        SettingChange odd = new SettingChange(Instant.parse("2026-01-06T10:30:00Z"), "bob\tsmith", "se.redaction.text",
                "[sekretess]", "a\\b\nc\td");
        SettingChange unset = new SettingChange(Instant.parse("2026-01-07T11:00:00Z"), "alice", "smc.pace.weeks", "22", null);
        h.append(first);
        h.append(odd);
        h.append(unset);
        assertEquals(List.of(first, odd, unset), h.read());
        assertEquals(3, Files.readAllLines(h.file(), StandardCharsets.UTF_8).size());
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws Exception {
        SettingsHistory h = new SettingsHistory(dir.resolve("history.tsv"));
        SettingChange c = new SettingChange(Instant.parse("2026-01-05T09:00:00Z"), "alice", "no.prisnotat.target.days", null, "150");
        h.append(c);
        Files.writeString(h.file(), "2026-01-06T00:00:00Z\talice\tno.pris", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(c), h.read());
        assertEquals(List.of(), new SettingsHistory(dir.resolve("none.tsv")).read());
    }
}
