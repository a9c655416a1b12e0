package hta.plugins.internal;

import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXCertPathChecker;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The code-signing check of the signer's own certificate, which PKIX leaves to the application: when the
 * certificate restricts its key, the key must be usable for digital signatures (key usage) and for code signing
 * (extended key usage). A certificate without these extensions is unrestricted.
 */
final class CodeSigningUsage extends PKIXCertPathChecker {
    static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
    static final String ANY_USAGE = "2.5.29.37.0";

    private final X509Certificate signer;

    CodeSigningUsage(X509Certificate signer) {
        this.signer = signer;
    }

    /** Why this certificate may not sign code, or {@code null}. */
    static String problem(X509Certificate c) {
        boolean[] usage = c.getKeyUsage();
        if (usage != null && (usage.length == 0 || !usage[0])) {
            return "its certificate's key is not for digital signatures (key usage)";
        }
        try {
            List<String> extended = c.getExtendedKeyUsage();
            if (extended != null && !extended.contains(CODE_SIGNING) && !extended.contains(ANY_USAGE)) {
                return "its certificate is not for code signing (extended key usage)";
            }
        } catch (CertificateParsingException e) {
            return "its certificate's extended key usage cannot be read";
        }
        return null;
    }

    @Override
    public void init(boolean forward) {
        // the check looks at one certificate only; the direction does not matter
    }

    @Override
    public boolean isForwardCheckingSupported() {
        return true;
    }

    @Override
    public Set<String> getSupportedExtensions() {
        return Set.of(EXTENDED_KEY_USAGE);
    }

    @Override
    public void check(Certificate cert, Collection<String> unresolvedCritExts) throws CertPathValidatorException {
        if (unresolvedCritExts != null) unresolvedCritExts.remove(EXTENDED_KEY_USAGE);
        if (!cert.equals(signer)) return;
        String problem = problem(signer);
        if (problem != null) throw new CertPathValidatorException(problem);
    }
}
