package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a plugin's manifest within the limits. */
class PluginManifestTest {
    @TempDir
    Path dir;

    static final Limits SMALL = new Limits(1 << 20, 20, 4096, 1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void theIdentityCodeAndContractAreRead() throws Exception {
        PluginManifest m = PluginManifest.read(Jars.plugin(dir.resolve("p.jar"), "tt", "1.2.3", Jars.content()), "p.jar", SMALL);
        assertEquals("test.plugin.tt", m.symbolicName());
        assertEquals("Test tt", m.name());
        assertEquals("1.2.3", m.version());
        assertEquals("tt", m.code());
        assertEquals("1.0.0", m.contract());
        assertEquals("Test tt (tt) 1.2.3", m.label());
        assertTrue(m.requireCapability().contains("hta.jurisdiction.contract"));
    }

    @Test
    void aJarWithoutCapabilityOrVersionHasNoCodeAndVersionZero() throws Exception {
        Path jar = Jars.jar(dir.resolve("lib.jar"), Map.of("Bundle-SymbolicName", "a.lib;singleton:=true"), Map.of());
        PluginManifest m = PluginManifest.read(jar, "lib.jar", SMALL);
        assertEquals("a.lib", m.symbolicName());
        assertNull(m.code());
        assertEquals("0.0.0", m.version());
        assertEquals("a.lib 0.0.0", m.label());
    }

    @Test
    void aManifestBombTooManyEntriesNoManifestAndNotAZipAreRefused() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-SymbolicName", "bomb");
        headers.put("X-Padding", "x".repeat(5000));
        Path bomb = Jars.jar(dir.resolve("bomb.jar"), headers, Map.of());
        String b = assertThrows(JarProblem.class, () -> PluginManifest.read(bomb, "bomb.jar", SMALL)).getMessage();
        assertEquals("bomb.jar: its manifest (META-INF/MANIFEST.MF) is larger than 4 KB, the limit for a plugin", b);

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) many.put("e" + i, "x");
        Path crowded = Jars.plugin(dir.resolve("many.jar"), "tt", "1", many);
        assertTrue(assertThrows(JarProblem.class, () -> PluginManifest.read(crowded, "many.jar", SMALL)).getMessage()
                .matches("many.jar has 2[6-7] entries, more than the 20 a plugin may have"));

        Path bare = dir.resolve("bare.jar");
        try (var zo = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(bare))) {
            zo.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            zo.closeEntry();
        }
        assertEquals("bare.jar has no manifest, so it is not an OSGi bundle",
                assertThrows(JarProblem.class, () -> PluginManifest.read(bare, "bare.jar", SMALL)).getMessage());
        Path text = java.nio.file.Files.writeString(dir.resolve("text.jar"), "not a zip");
        assertTrue(assertThrows(JarProblem.class, () -> PluginManifest.read(text, "text.jar", SMALL)).getMessage()
                .startsWith("text.jar is not a readable jar: "));
    }

    /** Plugin codes: short lower-case ASCII; nothing that would read as another code, a key path or a list. */
    @Test
    void aCodeIsShortLowerCaseAscii() {
        for (String ok : List.of("no", "se", "nice", "smc", "eu-jca", "de_amnog", "a1")) assertTrue(PluginManifest.validCode(ok), ok);
        for (String bad : List.of("", "NO", "n\u043e", "no.x", "../../x", "a b", "[aa, no]", "1no", "-no", "averyveryverylongcode")) {
            assertFalse(PluginManifest.validCode(bad), bad);
        }
    }

    /** A jar whose manifest is exactly {@code manifest}. */
    private Path raw(String name, String manifest) throws Exception {
        Path jar = dir.resolve(name);
        try (java.util.zip.ZipOutputStream zo = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            zo.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFEST.MF"));
            zo.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zo.closeEntry();
        }
        return jar;
    }

    /**
     * Manifests the JDK and the framework would read differently, and fragments, are refused before anything is
     * installed (outside trust test: an escaped quote or a lone carriage return hid a plugin's capability from the
     * framework, an extension bundle ran as the framework).
     */
    @Test
    void twoWayManifestsAndFragmentsAreRefused() throws Exception {
        String head = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: t.x\r\n";
        Path escaped = raw("esc.jar", head + "Provide-Capability: t.other;x=\"\\\",hta.jurisdiction;code=aa;y=\\\"\"\r\n\r\n");
        assertEquals("esc.jar is malformed: its Provide-Capability header holds a backslash",
                assertThrows(JarProblem.class, () -> PluginManifest.read(escaped, "esc.jar", SMALL)).getMessage());
        Path cr = raw("cr.jar", head + "Provide-Capability: hta.jurisdiction;code=aa\rX-Other: y\r\n\r\n");
        assertEquals("cr.jar is malformed: its manifest has a line ending in a lone carriage return",
                assertThrows(JarProblem.class, () -> PluginManifest.read(cr, "cr.jar", SMALL)).getMessage());
        Path ext = raw("ext.jar", head + "Fragment-Host: system.bundle;extension:=framework\r\n"
                + "Provide-Capability: hta.jurisdiction;code=ext\r\n\r\n");
        assertEquals("ext.jar is a fragment (Fragment-Host: system.bundle;extension:=framework); a plugin must be a bundle"
                + " of its own", assertThrows(JarProblem.class, () -> PluginManifest.read(ext, "ext.jar", SMALL)).getMessage());
    }
}
