package hta.plugins.internal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.List;
import java.util.Locale;

/**
 * Keys and signature algorithms too weak to vouch for a plugin, wherever they stand in a signer's chain: a
 * certificate signed with SHA-1 or MD5 (SHA-1 collisions with a chosen prefix are practical: an authority that
 * signs a prepared request could give away a certificate of its own), an RSA or DSA key under 2,048 bits, an
 * elliptic-curve key under 256 bits. The JDK's own checks of jar signatures let SHA-1 certificates and 1,024-bit keys
 * through (outside trust test, round 17). Stateless.
 */
final class WeakAlgorithms {
    static final int MIN_RSA_DSA_BITS = 2048;
    static final int MIN_EC_BITS = 256;

    private WeakAlgorithms() {
    }

    /** Why one of the certificates is too weak, or null; the signature of a self-signed certificate does not count. */
    static String problem(List<X509Certificate> chain) {
        for (X509Certificate c : chain) {
            String why = problem(c);
            if (why != null) return why;
        }
        return null;
    }

    /** Why {@code c}'s key or (unless self-signed) the signature on it is too weak, or null. */
    static String problem(X509Certificate c) {
        String name = Signatures.commonName(List.of(c));
        String key = weakKey(c.getPublicKey());
        if (key != null) return "the certificate of " + name + " has " + key + ", too weak to vouch for a plugin";
        boolean selfSigned = c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
        String alg = c.getSigAlgName().toUpperCase(Locale.ROOT);
        if (!selfSigned && (alg.contains("SHA1") || alg.contains("SHA-1") || alg.contains("MD5") || alg.contains("MD2"))) {
            return "the certificate of " + name + " is signed with " + c.getSigAlgName() + ", too weak to vouch for a plugin";
        }
        return null;
    }

    private static String weakKey(PublicKey k) {
        if (k instanceof RSAKey r && r.getModulus().bitLength() < MIN_RSA_DSA_BITS) {
            return "a " + r.getModulus().bitLength() + "-bit RSA key";
        }
        if (k instanceof DSAKey d && d.getParams() != null && d.getParams().getP().bitLength() < MIN_RSA_DSA_BITS) {
            return "a " + d.getParams().getP().bitLength() + "-bit DSA key";
        }
        if (k instanceof ECKey e && e.getParams() != null && e.getParams().getOrder().bitLength() < MIN_EC_BITS) {
            return "a " + e.getParams().getOrder().bitLength() + "-bit elliptic-curve key";
        }
        return null;
    }
}
