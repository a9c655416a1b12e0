package hta.plugins.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Test support: small plugin jars written with the zip classes, keys and certificates made with the {@code keytool}
 * of the JDK running the tests, signatures made with its {@code jarsigner}.
 */
final class Jars {
    static final String PASS = "unit-test";

    private Jars() {
    }

    /** A plugin jar declaring {@code code}, with the given extra entries. */
    static Path plugin(Path file, String code, String version, Map<String, String> entries) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", "test.plugin." + code);
        headers.put("Bundle-Name", "Test " + code);
        headers.put("Bundle-Version", version);
        headers.put("Provide-Capability", "hta.jurisdiction;code=" + code + ";contract:Version=\"1.0\"");
        headers.put("Require-Capability", "hta.jurisdiction.contract;filter:=\"(&(version>=1.0)(!(version>=2.0)))\"");
        return jar(file, headers, entries);
    }

    static Path jar(Path file, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        try (OutputStream o = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(o, mf)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    static Map<String, String> content() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("test/plugin/A.txt", "first");
        m.put("test/plugin/B.txt", "second");
        return m;
    }

    /** A key pair with a self-signed certificate in its own PKCS12 file; {@code extra} are keytool options. */
    static Path key(Path dir, String alias, String dname, String... extra) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
                "-dname", dname, "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASS, "-keypass", PASS));
        args.addAll(List.of(extra));
        if (!args.contains("-validity")) args.addAll(List.of("-validity", "30"));
        tool("keytool", args.toArray(String[]::new));
        return store;
    }

    /** A trust store (PKCS12, certificates only) with the certificate of each key. */
    static Path trustStore(Path dir, char[] password, Path... keys) throws Exception {
        Path store = dir.resolve("trusted-" + System.nanoTime() + ".p12");
        for (Path k : keys) {
            String alias = k.getFileName().toString().replace(".p12", "");
            Path pem = dir.resolve(alias + ".pem");
            tool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", k.toString(), "-storetype", "PKCS12",
                    "-storepass", PASS, "-file", pem.toString());
            tool("keytool", "-importcert", "-noprompt", "-alias", alias, "-file", pem.toString(), "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", new String(password));
        }
        return store;
    }

    static void sign(Path jar, Path key) throws Exception {
        String alias = key.getFileName().toString().replace(".p12", "");
        tool("jarsigner", "-keystore", key.toString(), "-storetype", "PKCS12", "-storepass", PASS, "-keypass", PASS,
                jar.toString(), alias);
    }

    static String tool(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(cmd + ": " + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
