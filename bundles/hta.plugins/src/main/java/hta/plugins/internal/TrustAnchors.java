package hta.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates of the installation's trust store as PKIX trust anchors, and the check of a signer's chain
 * against them with the JDK's {@link CertPathValidator}: every signature in the chain, validity on the day of
 * signing (when a trusted time stamp says so) or today, key usage and extended key usage for code signing when the
 * certificate has them. Revocation is not checked: the workbench runs offline and the trust store is the
 * installation's own short list; removing a certificate from it is how trust is withdrawn.
 */
final class TrustAnchors {
    /**
     * The outcome for one chain.
     *
     * @param trusted     the chain leads to a trust anchor and checks out
     * @param claimsTrust the chain names a trust anchor (contains it, or a certificate claims to be issued by it)
     *                    without checking out: a forgery or a broken chain, never merely an unknown signer
     * @param reason      why it is not trusted, in words; {@code null} when it is
     */
    record Check(boolean trusted, boolean claimsTrust, String reason, X509Certificate anchor) {
        Check(boolean trusted, boolean claimsTrust, String reason) {
            this(trusted, claimsTrust, reason, null);
        }
    }

    /** What the trust store held when last read; replaced as a whole by {@link #reload}. */
    private record Loaded(Set<X509Certificate> certificates, Set<TrustAnchor> anchors, String problem) {
    }

    private volatile Loaded loaded;

    private TrustAnchors(Set<X509Certificate> certificates, String problem) {
        Set<TrustAnchor> a = new HashSet<>();
        // without its name constraints: the JDK's validator does not support them on an anchor (NameConstraints)
        for (X509Certificate c : certificates) a.add(new TrustAnchor(c, null));
        this.loaded = new Loaded(Collections.unmodifiableSet(certificates), Collections.unmodifiableSet(a), problem);
    }

    /**
     * Reads the trust store again, after an administrator changed it ({@code hta plugins trust add|remove}): the
     * next signature check of this run uses what it holds now.
     */
    void reload(Path file, char[] password) {
        this.loaded = load(file, password).loaded;
    }

    static TrustAnchors of(Set<X509Certificate> certificates) {
        return new TrustAnchors(new HashSet<>(certificates), null);
    }

    /**
     * Reads a PKCS12 trust store; when it is missing or unreadable there are no anchors, nothing is trusted, and
     * {@link #problem()} says so in one line.
     */
    static TrustAnchors load(Path file, char[] password) {
        Set<X509Certificate> certs = new HashSet<>();
        if (file == null) return new TrustAnchors(certs, null);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (Enumeration<String> aliases = ks.aliases(); aliases.hasMoreElements(); ) {
                Certificate c = ks.getCertificate(aliases.nextElement());
                if (c instanceof X509Certificate x) certs.add(x);
            }
            return new TrustAnchors(certs, null);
        } catch (NoSuchFileException e) {
            return new TrustAnchors(certs, "the plugin trust store " + file + " is missing; no plugin signature is trusted");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return new TrustAnchors(new HashSet<>(), "the plugin trust store " + file + " cannot be read ("
                    + Problems.describe(e) + "); no plugin signature is trusted");
        }
    }

    /**
     * The name a trusted certificate is shown and compared by: its common name, with the start of its SHA-256
     * fingerprint when another certificate of the store has the same name (a name alone can be borrowed: a team's
     * certificate called "HTA Workbench build" is not the build's).
     */
    String name(X509Certificate anchor) {
        String cn = Signatures.commonName(List.of(anchor));
        for (X509Certificate c : loaded.certificates()) {
            String other = Signatures.commonName(List.of(c));
            if (!c.equals(anchor) && cn != null && other != null && cn.strip().equalsIgnoreCase(other.strip())) {
                return cn + " (certificate " + TrustStoreFile.fingerprint(anchor).substring(0, 11) + ")";
            }
        }
        return cn;
    }

    /** Why the trust store could not be used, in one line, or {@code null}. */
    String problem() {
        return loaded.problem();
    }

    int size() {
        return loaded.certificates().size();
    }

    /** Checks a signer's chain (signer first) as of {@code date} ({@code null}: now). */
    Check check(List<? extends Certificate> chain, Date date) {
        Loaded now = loaded;
        Set<X509Certificate> certificates = now.certificates();
        List<X509Certificate> path = new ArrayList<>();
        for (Certificate c : chain) {
            if (!(c instanceof X509Certificate x)) return new Check(false, false, "its certificate is not an X.509 certificate");
            path.add(x);
        }
        if (path.isEmpty()) return new Check(false, false, "it carries no certificate");
        String weak = WeakAlgorithms.problem(path);
        boolean claims = path.stream().anyMatch(c -> certificates.contains(c)
                || certificates.stream().anyMatch(a -> a.getSubjectX500Principal().equals(c.getIssuerX500Principal())));
        // the anchors themselves are not part of the path PKIX checks
        while (!path.isEmpty() && certificates.contains(path.get(path.size() - 1)) && path.size() > 1) {
            path.remove(path.size() - 1);
        }
        Date when = date == null ? new Date() : date;
        try {
            X509Certificate signer = path.get(0);
            if (weak != null) return new Check(false, claims, weak);
            if (path.size() == 1 && certificates.contains(signer)) {
                signer.checkValidity(when);
                String usage = CodeSigningUsage.problem(signer);
                if (usage != null) return new Check(false, true, usage);
                return new Check(true, true, null, signer);
            }
            PKIXParameters params = new PKIXParameters(now.anchors());
            params.setRevocationEnabled(false);
            params.setDate(when);
            params.addCertPathChecker(new CodeSigningUsage(signer));
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            PKIXCertPathValidatorResult r = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                    .validate(cf.generateCertPath(path), params);
            X509Certificate anchor = r.getTrustAnchor().getTrustedCert();
            String issuing = WeakAlgorithms.problem(List.of(anchor));
            if (issuing == null) issuing = issuingProblem(anchor, path.size() - 1, when);
            if (issuing == null) issuing = NameConstraints.problem(anchor, path);
            if (issuing != null) return new Check(false, true, issuing);
            return new Check(true, true, null, anchor);
        } catch (CertPathValidatorException e) {
            if (claims && e.getReason() == java.security.cert.PKIXReason.NO_TRUST_ANCHOR) {
                return new Check(false, true, "a certificate in it names a trusted issuer, but that issuer did not sign it");
            }
            return new Check(false, claims, reason(e));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Check(false, claims, Problems.describe(e));
        }
    }

    /**
     * Why a trusted certificate may not vouch for the certificates it issued, or null. PKIX checks the certificates
     * of a path but takes its anchor on trust: a team's own code-signing certificate added to the trust store could
     * otherwise issue one named "HTA Workbench build" (outside trust test). An anchor that issues must be a
     * certificate authority (basic constraints), allowed to sign certificates (key usage), valid on the day, and
     * allow as many authorities below it as the path has ({@code below}).
     */
    static String issuingProblem(X509Certificate anchor, int below, Date when) {
        String name = Signatures.commonName(List.of(anchor));
        int pathLength = anchor.getBasicConstraints();
        boolean[] usage = anchor.getKeyUsage();
        if (pathLength < 0) return "it was issued by " + name + ", a trusted certificate that is no certificate authority";
        if (usage != null && (usage.length <= 5 || !usage[5])) {
            return "it was issued by " + name + ", a trusted certificate whose key may not sign certificates";
        }
        if (below > pathLength) return "its chain is longer than " + name + " allows";
        try {
            anchor.checkValidity(when);
        } catch (java.security.cert.CertificateException e) {
            return "it was issued by " + name + ", a trusted certificate that is not valid on the day of signing";
        }
        return null;
    }

    private static String reason(CertPathValidatorException e) {
        CertPathValidatorException.Reason r = e.getReason();
        if (r == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) return "a signature in its certificate chain is invalid";
        if (r == CertPathValidatorException.BasicReason.EXPIRED) return "a certificate in its chain has expired";
        if (r == CertPathValidatorException.BasicReason.NOT_YET_VALID) return "a certificate in its chain is not yet valid";
        if (r == java.security.cert.PKIXReason.NO_TRUST_ANCHOR) return "its chain does not lead to the trust store";
        if (r == java.security.cert.PKIXReason.INVALID_KEY_USAGE) return "a certificate in its chain may not be used for this";
        return Problems.describe(e);
    }
}
