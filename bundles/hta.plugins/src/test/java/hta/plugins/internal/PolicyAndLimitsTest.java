package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.TrustPolicy;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust policy file, the limits from properties, and the reasons of file-system errors. */
class PolicyAndLimitsTest {
    @TempDir
    Path dir;

    @Test
    void thePolicyIsWrittenAndReadBackAndADamagedOrUnknownOneAsksInOneLine() throws Exception {
        Path file = dir.resolve("policy.properties");
        assertEquals(TrustPolicy.ASK, PolicyFile.read(file).policy(), "no file: the view asks");
        assertNull(PolicyFile.read(file).problem());
        for (TrustPolicy p : TrustPolicy.values()) {
            PolicyFile.write(file, p);
            assertEquals(p, PolicyFile.read(file).policy());
        }
        Files.writeString(file, "# c\ninteractive=\\u00zz\n");
        PolicyFile.Read damaged = PolicyFile.read(file);
        assertEquals(TrustPolicy.ASK, damaged.policy());
        assertEquals("the trust policy " + file + " is damaged (line 2: malformed \\uxxxx escape); the Plugins view asks",
                damaged.problem());
        Files.writeString(file, "interactive=sometimes\n");
        assertEquals("the trust policy 'sometimes' in " + file + " is unknown (use refuse, ask or allow-unsigned); the"
                + " Plugins view asks", PolicyFile.read(file).problem());
        assertEquals("allow-unsigned", PolicyFile.words(TrustPolicy.ALLOW_UNSIGNED));
    }

    @Test
    void limitsComeFromPropertiesAndUnreadableValuesKeepTheDefaults() {
        Map<String, String> p = Map.of("hta.plugins.start.timeout", "2000", "hta.plugins.max.entries", "-5",
                "hta.plugins.stop.timeout", "soon", "hta.plugins.max.jar.bytes", " 1024 ");
        Limits l = Limits.from(p::get);
        assertEquals(Duration.ofSeconds(2), l.startTimeout());
        assertEquals(Limits.DEFAULT.maxEntries(), l.maxEntries());
        assertEquals(Limits.DEFAULT.stopTimeout(), l.stopTimeout());
        assertEquals(1024, l.maxJarBytes());
        assertEquals(Limits.DEFAULT, Limits.from(k -> null));
        assertEquals("2 s", Limits.words(Duration.ofSeconds(2)));
        assertEquals("400 ms", Limits.words(Duration.ofMillis(400)));
    }

    @Test
    void fileSystemErrorsSayWhyNotOnlyWhere() {
        assertEquals("no such file or folder (/a/b)", Problems.describe(new NoSuchFileException("/a/b")));
        assertEquals("permission denied (/a)", Problems.describe(new AccessDeniedException("/a")));
        assertEquals("No space left on device (/d)", Problems.describe(new java.nio.file.FileSystemException("/d", null,
                "No space left on device")));
        assertEquals("it already exists (/x)", Problems.describe(new java.nio.file.FileAlreadyExistsException("/x")));
        assertEquals("not a folder (/f)", Problems.describe(new java.nio.file.NotDirectoryException("/f")));
        assertEquals("inner", Problems.describe(new RuntimeException("outer", new IllegalStateException("inner\nsecond line"))));
        assertEquals("an input/output error", Problems.describe(new java.io.IOException()));
        assertEquals("IllegalStateException", Problems.describe(new IllegalStateException()));
        assertTrue(Problems.describe(new java.nio.charset.MalformedInputException(1)).contains("not text"));
    }
}
