package hta.plugins.internal;

import hta.plugins.Trust;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks a jar's signature with {@link JarFile}'s own verification: every entry must be read completely (a
 * changed entry then fails its digest), must carry a signer, and the signer's certificate chain must reach a
 * certificate in the installation's trust store.
 */
final class JarVerifier {
    /** The outcome: trust, the signer's name, and a sentence naming the jar (and an entry when tampered). */
    record Result(Trust trust, String signer, String detail) {
    }

    private final KeyStore trustStore;

    JarVerifier(KeyStore trustStore) {
        this.trustStore = trustStore;
    }

    /** Loads the trust store (PKCS12 holding certificates only); an empty one when the file is missing. */
    static KeyStore loadTrustStore(Path file, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            if (file != null && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    ks.load(in, password);
                }
            } else {
                ks.load(null, null);
            }
            return ks;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the plugin trust store " + file + ": " + e.getMessage(), e);
        }
    }

    int trustedCertificates() {
        try {
            return trustStore.size();
        } catch (KeyStoreException e) {
            return 0;
        }
    }

    Result verify(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        List<String> unsigned = new ArrayList<>();
        Certificate[] signerChain = null;
        int signedEntries = 0;
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[16 * 1024];
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end makes JarFile compare the entry with its signed digest
                    }
                } catch (SecurityException digest) {
                    return new Result(Trust.TAMPERED, null, name + " was modified after signing: entry " + e.getName()
                            + " does not match its signature");
                }
                if (isSignatureFile(e.getName())) continue;
                CodeSigner[] signers = e.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(e.getName());
                } else {
                    signedEntries++;
                    if (signerChain == null) signerChain = signers[0].getSignerCertPath().getCertificates()
                            .toArray(Certificate[]::new);
                }
            }
        } catch (SecurityException e) {
            return new Result(Trust.TAMPERED, null, name + " has an invalid signature: " + e.getMessage());
        }
        if (signedEntries == 0) {
            return new Result(Trust.UNSIGNED, null, name + " is not signed");
        }
        String signer = commonName(signerChain);
        if (!unsigned.isEmpty()) {
            return new Result(Trust.TAMPERED, signer, name + " was modified after signing: entr"
                    + (unsigned.size() == 1 ? "y " : "ies ") + String.join(", ", unsigned.subList(0, Math.min(3, unsigned.size())))
                    + (unsigned.size() > 3 ? " …" : "") + " not covered by the signature of " + signer);
        }
        if (isTrusted(signerChain)) {
            return new Result(Trust.TRUSTED, signer, name + " is signed by " + signer + ", a trusted signer");
        }
        return new Result(Trust.UNTRUSTED_SIGNER, signer, name + " is signed by " + signer
                + ", who is not in this installation's trust store");
    }

    private boolean isTrusted(Certificate[] chain) {
        if (chain == null) return false;
        try {
            for (Certificate c : chain) {
                if (trustStore.getCertificateAlias(c) != null) return true;
            }
        } catch (KeyStoreException e) {
            return false;
        }
        return false;
    }

    /** The files that make up a signature: not signed themselves. */
    static boolean isSignatureFile(String entry) {
        String upper = entry.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) return false;
        String file = upper.substring(9);
        return file.equals("MANIFEST.MF") || file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA")
                || file.endsWith(".EC") || file.startsWith("SIG-");
    }

    static String commonName(Certificate[] chain) {
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate x)) return null;
        String dn = x.getSubjectX500Principal().getName();
        StringBuilder rdn = new StringBuilder();
        for (int i = 0; i <= dn.length(); i++) {
            char c = i < dn.length() ? dn.charAt(i) : ',';
            if (c == '\\' && i + 1 < dn.length()) {
                rdn.append(dn.charAt(++i));
            } else if (c == ',') {
                String r = rdn.toString().trim();
                if (r.regionMatches(true, 0, "CN=", 0, 3)) return r.substring(3);
                rdn.setLength(0);
            } else {
                rdn.append(c);
            }
        }
        return dn;
    }
}
