package hta.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Gets the JDK ready, on a second thread, for the work that comes after the framework has started, while the main
 * thread initialises Felix and installs the bundles (serial work that leaves the second core idle): the first jar
 * signature check (the JDK's jar verifier, PKCS#7, X.509, RSA and PKIX classes load and initialise on first use,
 * about 190 ms cold), the XML parser Declarative Services reads component descriptions with, and the time-zone rules.
 * <p>
 * Nothing is decided here and nothing is kept: the plugin manager checks every plugin jar itself, on the copy it
 * installs, at every start. Only classes of the JDK are touched, which every bundle shares, so the later checks
 * find them loaded; no result, file or trust record passes from here to anywhere.
 */
final class Warmup implements Runnable {
    /** Enough for the first signed entries of a plugin; a damaged or hostile jar costs no more than this. */
    private static final long MAX_BYTES = 4L << 20;
    private final Path home;

    private Warmup(Path home) {
        this.home = home;
    }

    /** Starts the warm-up on a daemon thread (a short command that ends first does not wait for it). */
    static void begin(Path home) {
        Thread t = new Thread(new Warmup(home), "hta-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    @Override
    public void run() {
        try {
            verifyOneSignedJar();
            javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser();
            java.time.ZonedDateTime.now();
        } catch (Exception | LinkageError ignored) {
            // a warm-up only: whatever fails here is done again, and reported, where it matters
        }
    }

    /**
     * Reads one bundled plugin jar (a regular file of the installation, within a few megabytes) with verification on,
     * up to its first signed entry, and validates that signer's chain against its own root.
     */
    private void verifyOneSignedJar() throws Exception {
        Path jar = firstJar(home.resolve("plugins"));
        if (jar == null || Files.size(jar) > MAX_BYTES) return;
        long read = 0;
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[16 * 1024];
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        // reading to the end is what makes JarFile verify the entry
                        read += n;
                        if (read > MAX_BYTES) return;
                    }
                }
                CodeSigner[] signers = e.getCodeSigners();
                if (signers != null && signers.length > 0) {
                    validate(signers[0].getSignerCertPath());
                    return;
                }
            }
        }
    }

    /** The PKIX validation the plugin manager runs, with the chain's own last certificate as the anchor. */
    private static void validate(CertPath path) throws Exception {
        List<? extends java.security.cert.Certificate> certs = path.getCertificates();
        if (certs.isEmpty() || !(certs.get(certs.size() - 1) instanceof X509Certificate root)) return;
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        try {
            CertPathValidator.getInstance("PKIX").validate(path, params);
        } catch (java.security.cert.CertPathValidatorException expected) {
            // a self-signed chain anchored on itself still exercises the same classes
        }
    }

    private static Path firstJar(Path folder) {
        if (!Files.isDirectory(folder)) return null;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) return p;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
