package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo;
import hta.plugins.Trust;
import hta.plugins.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused files of the watched folder: remembered as they are, listed, forgotten when they change or go. */
class WatchedRefusalsTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedFileIsListedAndNotCheckedAgainUntilItChangesOrGoes() throws Exception {
        Path file = Files.writeString(dir.resolve("dropped.jar"), "jar");
        Path record = dir.resolve("state/watched-refused.tsv");
        WatchedRefusals r = new WatchedRefusals(record);
        Verification v = new Verification(file, "tl", "Testland", "t.tl", "1.0.0", null, null, Trust.UNSIGNED, null,
                "dropped.jar is not signed", List.of());
        r.refuse(file, WatchedRefusals.fingerprint(file), "dropped.jar is not signed; the trust policy of the watched folder"
                + " refuses it", v);
        assertTrue(r.refusedAsIs(file));
        List<PluginInfo> listed = new WatchedRefusals(record).listed();
        assertEquals(1, listed.size(), "kept across runs");
        PluginInfo p = listed.get(0);
        assertEquals("dropped.jar", p.code());
        assertEquals(PluginInfo.State.FAILED, p.state());
        assertEquals(PluginInfo.Origin.WATCHED, p.origin());
        assertTrue(p.reason().startsWith("refused: dropped.jar is not signed"), p.reason());

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertFalse(r.refusedAsIs(file), "changed: checked again");
        Files.delete(file);
        r.prune();
        assertEquals(List.of(), r.listed());
        assertEquals("unreadable", WatchedRefusals.fingerprint(file));
    }

    @Test
    void aPipeHasAFingerprintOfItsOwnKind() throws Exception {
        Path fifo = dir.resolve("pipe.jar");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTrue(WatchedRefusals.fingerprint(fifo).startsWith("other:"), WatchedRefusals.fingerprint(fifo));
        assertTrue(WatchedRefusals.fingerprint(Files.createDirectories(dir.resolve("f"))).startsWith("folder:"));
    }

    /** A file name with a line break or a tab is remembered as it is, so it is recorded once, not at every start. */
    @Test
    void aNameWithALineBreakIsRememberedAsItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("x.jar\n2026-12-07\tadmin\tinstall\\no.jar"), "jar");
        Path record = dir.resolve("state/watched-refused.tsv");
        new WatchedRefusals(record).refuse(file, WatchedRefusals.fingerprint(file), "not signed", null);
        WatchedRefusals again = new WatchedRefusals(record);
        assertTrue(again.refusedAsIs(file), "read back as the same file");
        assertEquals(1, Files.readAllLines(record).size(), "one line in the record");
        again.prune();
        assertEquals(1, again.listed().size(), "still there, so not pruned");
    }
}
