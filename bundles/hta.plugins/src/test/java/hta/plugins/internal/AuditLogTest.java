package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    void entriesWithTabsNewlinesQuotesAndCommasSurviveTheLogAndBothExports() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("state/history.tsv"));
        AuditEntry tricky = new AuditEntry(Instant.parse("2026-11-23T10:15:30Z"), "anne", "install", "no", "1.0.0",
                "/tmp/a,b\\c.jar", "HTA \"build\"", "refused", "line one\nline\ttwo");
        log.append(tricky);
        log.append(new AuditEntry(Instant.parse("2026-11-23T10:16:00Z"), "bo", "uninstall", "se", "0.1.0", "bundled",
                "unsigned", "done", "uninstalled"));
        // a line cut off by a crash is skipped, the rest is kept
        Files.writeString(dir.resolve("state/history.tsv"), "2026-11-23T10:17", java.nio.file.StandardOpenOption.APPEND);

        List<AuditEntry> read = log.read();
        assertEquals(2, read.size());
        assertEquals(tricky, read.get(0));

        Path csv = dir.resolve("out/history.csv");
        log.export(csv);
        String c = Files.readString(csv);
        assertTrue(c.startsWith("time,user,action,code,version,source,signer,outcome,detail\r\n"), c);
        assertTrue(c.contains("\"/tmp/a,b\\c.jar\",\"HTA \"\"build\"\"\",refused,\"line one\nline\ttwo\""), c);

        Path json = dir.resolve("out/history.json");
        log.export(json);
        String j = Files.readString(json);
        assertTrue(j.contains("\"signer\": \"HTA \\\"build\\\"\""), j);
        assertTrue(j.contains("\"detail\": \"line one\\nline\\ttwo\""), j);
        assertTrue(j.contains("\"user\": \"bo\""), j);
    }

    @Test
    void aByteThatIsNotUtf8SpoilsOnlyItsOwnTextNotTheHistory() throws Exception {
        Path file = dir.resolve("history.tsv");
        AuditLog log = new AuditLog(file);
        log.append(new AuditEntry(Instant.parse("2026-11-23T10:15:30Z"), "anne", "install", "no", "1", "x", "s", "done", "ok"));
        Files.write(file, new byte[] {'j', 'u', (byte) 0xff, 'n', 'k', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        log.append(new AuditEntry(Instant.parse("2026-11-23T10:16:30Z"), "b\u00f8", "disable", "no", "1", "x", "s", "done", "ok"));
        List<AuditEntry> read = log.read();
        assertEquals(2, read.size());
        assertEquals("b\u00f8", read.get(1).user());
    }

    @Test
    void aHistoryThatCannotBeWrittenIsSaidOnceOrInTheRefusalItselfAndTheOperationGoesOn() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        AuditLog history = new AuditLog(blocked.resolve("history.tsv"));
        assertEquals(false, history.append(new AuditEntry(Instant.now(), "u", "install", "no", "1", "x", "s", "done", "ok")));
        assertTrue(history.problem().startsWith("the plugin history " + blocked.resolve("history.tsv") + " cannot be written: "),
                history.problem());
        RunLog log = new RunLog(history);
        for (int i = 0; i < 3; i++) log.audit("install", "no", "1", "x", "s", "done", "ok");
        assertEquals(1, log.takeNotices().size(), "said once");
        RunLog other = new RunLog(history);
        hta.plugins.Verification v = new hta.plugins.Verification(dir.resolve("a.jar"), "tl", "T", "t", "1", null, null,
                hta.plugins.Trust.UNSIGNED, null, "a.jar is not signed", List.of());
        String refused = other.refuse("install", v, "x", "a.jar is not signed").getMessage();
        assertEquals("a.jar is not signed (not recorded in the plugin history, which cannot be written)", refused);
        other.audit("install", "no", "1", "x", "s", "done", "ok");
        assertEquals(List.of(), other.takeNotices(), "the refusal said it already");
    }
}
