package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of a jar that let the signature check and the framework see different things (an outside trust
 * test's manifest swap and class hidden in a folder entry), each refused before anything is verified or loaded.
 */
class JarShapeTest {
    @TempDir
    Path dir;

    /** A copy of a build-signed plugin jar with {@code rename} applied to its entry names and {@code extra} added. */
    private Path variant(String name, Map<String, String> rename, Map<String, String> extra) throws Exception {
        Path signed = SignaturesTest.signed("shape.jar", Keys.build());
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(signed.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (rename.containsKey(e.getName()) && rename.get(e.getName()) == null) continue;
                zo.putNextEntry(new ZipEntry(rename.getOrDefault(e.getName(), e.getName())));
                in.getInputStream(e).transferTo(zo);
                zo.closeEntry();
            }
            for (Map.Entry<String, String> x : extra.entrySet()) {
                zo.putNextEntry(new ZipEntry(x.getKey()));
                zo.write(x.getValue().getBytes());
                zo.closeEntry();
            }
        }
        return out;
    }

    private String refusal(Path jar) {
        return assertThrows(JarProblem.class, () -> PluginManifest.read(jar, jar.getFileName().toString(), Limits.DEFAULT))
                .getMessage();
    }

    @Test
    void aManifestInAnotherCaseWithAnotherBehindAFolderNameIsRefused() throws Exception {
        Map<String, String> rename = new LinkedHashMap<>();
        rename.put("META-INF/MANIFEST.MF", "meta-inf/manifest.mf");
        Path swap = variant("swap.jar", rename, Map.of("META-INF/MANIFEST.MF/", "Manifest-Version: 1.0\n"));
        assertEquals("swap.jar is malformed: the entry meta-inf/manifest.mf writes META-INF in another case", refusal(swap));
        Path lower = variant("lower.jar", Map.of("META-INF/MANIFEST.MF", "META-INF/manifest.mf"), Map.of());
        assertEquals("lower.jar is malformed: its manifest is named META-INF/manifest.mf, not META-INF/MANIFEST.MF",
                refusal(lower));
    }

    @Test
    void aFolderEntryHoldingDataOrTwinNamesAreRefused() throws Exception {
        Path folder = variant("folder.jar", Map.of(), Map.of("test/plugin/Payload.class/", "cafebabe"));
        assertEquals("folder.jar is malformed: the folder entry test/plugin/Payload.class/ holds data", refusal(folder));
        Path twins = variant("twins.jar", Map.of(), Map.of("TEST/plugin/A.txt", "a"));
        assertEquals("twins.jar is malformed: the entries test/plugin/A.txt and TEST/plugin/A.txt differ only in letter"
                + " case or a trailing /", refusal(twins));
    }

    @Test
    void aSigFileIsRefused() throws Exception {
        Path sig = variant("sig.jar", Map.of(), Map.of("META-INF/SIG-A.jar", "PK"));
        assertEquals("sig.jar holds META-INF/SIG-A.jar, a signature form plugins do not use and that is not checked",
                refusal(sig));
        Path orphan = variant("orphan.jar", Map.of(), Map.of("META-INF/EVIL.RSA", "unsigned bytes"));
        assertEquals("orphan.jar is malformed: the signature block META-INF/EVIL.RSA has no signature file", refusal(orphan));
    }

    @Test
    void aSignedEntryTakenOutIsTampered() throws Exception {
        Map<String, String> drop = new java.util.HashMap<>();
        drop.put("test/plugin/A.txt", null);
        Path out = variant("out.jar", drop, Map.of());
        Signatures.Result r = SignaturesTest.check(Keys.trustStore("build", Keys.build())).check(out, "out.jar");
        assertEquals(hta.plugins.Trust.TAMPERED, r.trust(), r.detail());
        assertEquals("out.jar was modified after signing: the signed entry test/plugin/A.txt is missing", r.detail());
    }

    /** A signature the JDK does not accept (a SHA-1 digest) makes no unsigned jar: it is a broken signature. */
    @Test
    void aSignatureWithAWeakDigestIsInvalidNotUnsigned() throws Exception {
        Path jar = Jars.plugin(dir.resolve("weak.jar"), "tt", "1.0.0", Jars.content());
        Path key = Keys.build();
        Jars.tool("jarsigner", "-keystore", key.toString(), "-storetype", "PKCS12", "-storepass", Jars.PASS, "-keypass",
                Jars.PASS, "-digestalg", "SHA-1", "-sigalg", "SHA1withRSA", jar.toString(),
                key.getFileName().toString().replace(".p12", ""));
        Signatures.Result r = SignaturesTest.check(Keys.trustStore("build", Keys.build())).check(jar, "weak.jar");
        assertEquals(hta.plugins.Trust.INVALID, r.trust(), r.detail());
        assertEquals("weak.jar has a signature that does not verify (a weak digest algorithm, or a certificate that may"
                + " not sign code)", r.detail());
    }
}
