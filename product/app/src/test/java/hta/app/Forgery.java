package hta.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Test support: hostile plugin jars made with the JDK that runs the tests ({@code keytool} and {@code jarsigner}
 * as processes, {@link KeyStore} and the zip classes): a forged certificate chain, a jar re-signed after an entry
 * was added, a jar signed twice, a manifest zip bomb. Nothing here is kept between runs.
 */
final class Forgery {
    static final String PASS = "forgery";
    private static final Path BIN = Path.of(System.getProperty("java.home"), "bin");

    private Forgery() {
    }

    /** The public certificate of the build, as anybody with the app can read it from its trust store. */
    static X509Certificate buildCertificate() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(AppRuntime.APP.resolve("security/trusted-plugins.p12"))) {
            ks.load(in, "hta-public".toCharArray());
        }
        return (X509Certificate) ks.getCertificate(ks.aliases().nextElement());
    }

    /** A fresh key pair with a self-signed certificate, in its own PKCS12 file. */
    static Path newKey(Path dir, String alias, String dname) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", dname, "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASS,
                "-keypass", PASS);
        return store;
    }

    /**
     * The forged chain: a key of our own whose certificate names the build certificate's subject as its issuer
     * (issued by a look-alike key carrying the build's name), with the real build certificate added to the
     * signature block, so the chain in the jar reads "forger, issued by HTA Workbench build".
     */
    static Path signWithForgedChain(Path unsignedJar, Path dir, Path out) throws Exception {
        X509Certificate build = buildCertificate();
        String buildName = build.getSubjectX500Principal().getName();
        Path lookAlike = newKey(dir, "lookalike", buildName);
        Path forger = newKey(dir, "forger", "CN=HTA Workbench build signer, O=HTA Workbench");
        Path csr = dir.resolve("forger.csr");
        Path issued = dir.resolve("forger.pem");
        tool("keytool", "-certreq", "-alias", "forger", "-keystore", forger.toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-file", csr.toString());
        tool("keytool", "-gencert", "-alias", "lookalike", "-keystore", lookAlike.toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-infile", csr.toString(), "-outfile", issued.toString(), "-validity", "30", "-rfc");
        // the signature block gets the chain given here, not the one a key store would check: forger, build
        Path chain = dir.resolve("forged-chain.pem");
        String pem = Files.readString(issued) + "\n-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(build.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.writeString(chain, pem);
        Files.copy(unsignedJar, out);
        tool("jarsigner", "-keystore", forger.toString(), "-storetype", "PKCS12", "-storepass", PASS, "-keypass", PASS,
                "-certchain", chain.toString(), out.toString(), "forger");
        return out;
    }

    /** Signs a jar in place with the key of {@code alias} in a PKCS12 file whose passwords are {@link #PASS}. */
    static void sign(Path jar, Path store, String alias) throws Exception {
        sign(jar, store, alias, PASS);
    }

    static void sign(Path jar, Path store, String alias, String password) throws Exception {
        tool("jarsigner", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", password,
                "-keypass", password, jar.toString(), alias);
    }

    /** A copy of a jar with one more entry (stored after the others). */
    static Path withAddedEntry(Path jar, Path out, String name, String text) throws IOException {
        rewrite(jar, out, e -> true, Comparator.comparingInt(e -> 0), Map.of(name, text.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** A copy of a jar without its signature files: an unsigned jar with the same content. */
    static Path unsigned(Path jar, Path out, Map<String, byte[]> added) throws IOException {
        rewrite(jar, out, e -> !isSignatureFile(e.getName()), Comparator.comparingInt(e -> 0), added);
        return out;
    }

    /** A copy of a jar with the entries whose names {@code first} accepts moved to the front (manifest before all). */
    static Path reordered(Path jar, Path out, Predicate<String> first) throws IOException {
        Comparator<ZipEntry> order = Comparator.comparingInt(e -> e.getName().equals("META-INF/MANIFEST.MF") ? 0
                : first.test(e.getName()) ? 1 : 2);
        rewrite(jar, out, e -> true, order, Map.of());
        return out;
    }

    /**
     * A plugin jar whose manifest is blown up to {@code bytes} with many small sections (each a map the JDK and the
     * framework build when they read it); the jar itself compresses to a few kilobytes.
     */
    static Path manifestBomb(Path pluginJar, Path out, int bytes) throws IOException {
        String head;
        try (ZipFile z = new ZipFile(pluginJar.toFile())) {
            head = new String(z.getInputStream(z.getEntry("META-INF/MANIFEST.MF")).readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder mf = new StringBuilder(head.strip()).append("\r\n\r\n");
        for (int i = 0; mf.length() < bytes; i++) mf.append("Name: f/").append(i).append("\r\nX-F: ").append(i).append("\r\n\r\n");
        Map<String, byte[]> replaced = Map.of("META-INF/MANIFEST.MF", mf.toString().getBytes(StandardCharsets.UTF_8));
        rewrite(pluginJar, out, e -> !isSignatureFile(e.getName()), Comparator.comparingInt(e -> 0), replaced);
        return out;
    }

    private static void rewrite(Path jar, Path out, Predicate<ZipEntry> keep, Comparator<ZipEntry> order,
                                Map<String, byte[]> put) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) entries.add(en.nextElement());
            entries.sort(order);
            for (ZipEntry e : entries) {
                if (!keep.test(e)) continue;
                zo.putNextEntry(new ZipEntry(e.getName()));
                if (put.containsKey(e.getName())) zo.write(put.get(e.getName()));
                else in.getInputStream(e).transferTo(zo);
                zo.closeEntry();
            }
            for (Map.Entry<String, byte[]> p : put.entrySet()) {
                if (in.getEntry(p.getKey()) != null) continue;
                zo.putNextEntry(new ZipEntry(p.getKey()));
                zo.write(p.getValue());
                zo.closeEntry();
            }
        }
    }

    /**
     * A copy of a jar with entries renamed ({@code rename}: old name → new name, or → {@code null} to leave it out) and
     * entries added after the others, names taken as they are (a name ending in / is a folder entry with data).
     */
    static Path renamed(Path jar, Path out, Map<String, String> rename, Map<String, byte[]> added) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (rename.containsKey(e.getName()) && rename.get(e.getName()) == null) continue;
                zo.putNextEntry(new ZipEntry(rename.getOrDefault(e.getName(), e.getName())));
                in.getInputStream(e).transferTo(zo);
                zo.closeEntry();
            }
            for (Map.Entry<String, byte[]> a : added.entrySet()) {
                zo.putNextEntry(new ZipEntry(a.getKey()));
                zo.write(a.getValue());
                zo.closeEntry();
            }
        }
        return out;
    }

    static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0
                && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
    }

    static KeyStore load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASS.toCharArray());
        }
        return ks;
    }

    /** Runs a JDK tool and fails with its output when it does not succeed. */
    static String tool(String name, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(BIN.resolve(name).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(cmd + " failed: " + output.toString(StandardCharsets.UTF_8));
        }
        return output.toString(StandardCharsets.UTF_8);
    }
}
