package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking a jar into the store: what is refused, and that the copy is the bytes read, whatever happens later. */
class JarIntakeTest {
    @TempDir
    Path dir;
    final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    JarIntake intake(Limits limits) {
        return new JarIntake(dir.resolve("store"), limits, io);
    }

    String refusal(JarIntake intake, Path p) {
        return assertThrows(JarProblem.class, () -> intake.take(p)).getMessage();
    }

    @Test
    void theCopyIsNamedByTheDigestOfTheBytesReadAndStaysWhenTheSourceChanges() throws Exception {
        Path source = Jars.plugin(dir.resolve("p.jar"), "tt", "1.0.0", Jars.content());
        byte[] original = Files.readAllBytes(source);
        StoredJar s = intake(Limits.DEFAULT).take(source);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        assertEquals(sha, s.sha256());
        assertEquals(dir.resolve("store").resolve(sha + ".jar"), s.file());
        assertEquals("p.jar", s.label());
        Files.writeString(source, "replaced afterwards");
        assertArrayEquals(original, Files.readAllBytes(s.file()), "the copy is what was read");
        try (var left = Files.list(dir.resolve("store"))) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFolderAPipeADeviceAnEmptyFileAndAMissingFileAreRefusedWithoutReadingThem() throws Exception {
        JarIntake in = intake(Limits.DEFAULT);
        Files.createDirectories(dir.resolve("folder.jar"));
        assertEquals("folder.jar is a folder, not a jar", refusal(in, dir.resolve("folder.jar")));
        Path fifo = dir.resolve("pipe.jar");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals("pipe.jar is not a regular file (a device, pipe or socket)", refusal(in, fifo));
        Path zero = Files.createSymbolicLink(dir.resolve("zero.jar"), Path.of("/dev/zero"));
        assertEquals("zero.jar is not a regular file (a device, pipe or socket)", refusal(in, zero));
        assertEquals("empty.jar is empty", refusal(in, Files.createFile(dir.resolve("empty.jar"))));
        assertTrue(refusal(in, dir.resolve("gone.jar")).startsWith("gone.jar cannot be read: no such file or folder"));
        Path link = Files.createSymbolicLink(dir.resolve("link.jar"), Jars.plugin(dir.resolve("real.jar"), "tt", "1", Jars.content()));
        assertEquals("link.jar", in.take(link).label(), "a link to a regular file is taken");
    }

    @Test
    void aJarLargerThanTheLimitIsRefused() throws Exception {
        Path big = Files.write(dir.resolve("big.jar"), new byte[5000]);
        Limits small = new Limits(4096, 100, 1024, 1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertEquals("big.jar is larger than 0 MB, the limit for a plugin", refusal(intake(small), big));
    }
}
