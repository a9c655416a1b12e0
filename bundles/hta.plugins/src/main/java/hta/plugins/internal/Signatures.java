package hta.plugins.internal;

import hta.plugins.Trust;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The signature check of a plugin jar (a copy in the store, already within the size limits): {@link JarFile}'s
 * own verification of every entry against its signed digest, then for every entry at least one signer whose
 * certificate chain {@link TrustAnchors} accepts. One trusted signer is enough, whoever else signed too; an entry
 * that no trusted signer covers, while others are covered, means the jar was changed after signing.
 */
final class Signatures {
    /** The outcome: trust, the signer's common name, and a sentence naming the jar (and entries when it matters). */
    record Result(Trust trust, String signer, String detail) {
    }

    private final TrustAnchors anchors;
    private final Limits limits;

    Signatures(TrustAnchors anchors, Limits limits) {
        this.anchors = anchors;
        this.limits = limits;
    }

    Result check(Path jar, String label) throws JarProblem {
        List<String> unsigned = new ArrayList<>();
        List<String> untrusted = new ArrayList<>();
        Map<List<Certificate>, Entry> signers = new LinkedHashMap<>();
        long inflated = 0;
        boolean signatureFiles = false;
        List<String> missing;
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[16 * 1024];
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        // reading to the end makes JarFile compare the entry with its signed digest
                        inflated += n;
                        if (inflated > limits.maxContentBytes()) {
                            throw new JarProblem(label + " inflates to more than " + (limits.maxContentBytes() >> 20)
                                    + " MB, the limit for a plugin");
                        }
                    }
                } catch (SecurityException digest) {
                    return new Result(Trust.TAMPERED, null, label + " was modified after signing: entry " + e.getName()
                            + " does not match its signature");
                }
                if (isSignatureFile(e.getName())) {
                    signatureFiles |= e.getName().toUpperCase(Locale.ROOT).endsWith(".SF");
                    continue;
                }
                CodeSigner[] cs = e.getCodeSigners();
                if (cs == null || cs.length == 0) {
                    unsigned.add(e.getName());
                    continue;
                }
                boolean trusted = false;
                for (CodeSigner s : cs) {
                    Entry known = signers.computeIfAbsent(s.getSignerCertPath().getCertificates().stream()
                            .map(c -> (Certificate) c).toList(), chain -> new Entry(s, check(s), anchors));
                    known.entries++;
                    trusted |= known.check.trusted();
                }
                if (!trusted) untrusted.add(e.getName());
            }
            missing = missingSigned(jf);
        } catch (SecurityException e) {
            return new Result(Trust.TAMPERED, null, label + " has an invalid signature: " + Problems.describe(e));
        } catch (IOException e) {
            throw new JarProblem(label + " cannot be read: " + Problems.describe(e));
        }
        if (!signers.isEmpty() && !missing.isEmpty()) {
            // the JDK checks the entries there are, not that the signed ones are all there: a signed class taken
            // out, with another entry standing in for it, went unnoticed (outside trust test)
            return new Result(Trust.TAMPERED, null, label + " was modified after signing: the signed "
                    + names(new LinkedHashSet<>(missing)) + " missing");
        }
        if (signers.isEmpty() && signatureFiles) {
            // signature files the JDK does not accept (a weak digest such as SHA-1 or MD5, a certificate that may
            // not sign code) make no unsigned jar: a broken signature is refused under every policy
            return new Result(Trust.INVALID, null, label + " has a signature that does not verify (a weak digest"
                    + " algorithm, or a certificate that may not sign code)");
        }
        return decide(label, unsigned, untrusted, new ArrayList<>(signers.values()));
    }

    /** The entries the manifest gives a digest for that the jar does not hold. */
    private static List<String> missingSigned(JarFile jf) throws IOException {
        List<String> out = new ArrayList<>();
        java.util.jar.Manifest m = jf.getManifest();
        if (m == null) return out;
        for (Map.Entry<String, java.util.jar.Attributes> e : m.getEntries().entrySet()) {
            boolean digest = e.getValue().keySet().stream().anyMatch(k -> k.toString().toUpperCase(Locale.ROOT)
                    .endsWith("-DIGEST"));
            JarEntry there = jf.getJarEntry(e.getKey()); // the JDK falls back to the name with a trailing /
            if (digest && (there == null || there.isDirectory())) out.add(e.getKey());
        }
        return out;
    }

    /** One signer of the jar: its chain's check and how many entries it signs. */
    private static final class Entry {
        final CodeSigner signer;
        final TrustAnchors.Check check;
        private final TrustAnchors anchors;
        int entries;

        Entry(CodeSigner signer, TrustAnchors.Check check, TrustAnchors anchors) {
            this.signer = signer;
            this.check = check;
            this.anchors = anchors;
        }

        /**
         * The signer's name, and the trusted authority that issued its certificate when that is not the signer's own:
         * a name alone can be borrowed ("HTA Workbench build, issued by Acme team" is not the build).
         */
        String name() {
            String own = commonName(signer.getSignerCertPath().getCertificates());
            java.security.cert.X509Certificate a = check.anchor();
            if (a == null) return own;
            // a trusted certificate is named as the trust store tells it from others of the same name
            if (signer.getSignerCertPath().getCertificates().get(0).equals(a)) return anchors.name(a);
            return own + ", issued by " + anchors.name(a);
        }
    }

    private TrustAnchors.Check check(CodeSigner s) {
        Date signedAt = null;
        if (s.getTimestamp() != null
                && anchors.check(s.getTimestamp().getSignerCertPath().getCertificates(), null).trusted()) {
            signedAt = s.getTimestamp().getTimestamp(); // a time stamp only counts when a trusted authority made it
        }
        TrustAnchors.Check c = anchors.check(s.getSignerCertPath().getCertificates(), signedAt);
        if (!c.trusted() && signedAt != null) {
            TrustAnchors.Check now = anchors.check(s.getSignerCertPath().getCertificates(), null);
            if (now.trusted()) return now;
        }
        return c;
    }

    static Result decide(String label, List<String> unsigned, List<String> untrusted, List<Entry> signers) {
        if (signers.isEmpty()) return new Result(Trust.UNSIGNED, null, label + " is not signed");
        Entry trusted = signers.stream().filter(s -> s.check.trusted()).max((a, b) -> a.entries - b.entries).orElse(null);
        Entry first = signers.stream().max((a, b) -> a.entries - b.entries).orElseThrow();
        Set<String> uncovered = new LinkedHashSet<>(unsigned);
        if (trusted != null) uncovered.addAll(untrusted);
        if (!uncovered.isEmpty()) {
            Entry named = trusted != null ? trusted : first;
            return new Result(Trust.TAMPERED, named.name(), label + " was modified after signing: " + names(uncovered)
                    + " not covered by the signature of " + named.name());
        }
        if (trusted != null) {
            return new Result(Trust.TRUSTED, trusted.name(), label + " is signed by " + trusted.name() + ", a trusted signer");
        }
        Entry claiming = signers.stream().filter(s -> s.check.claimsTrust()).findFirst().orElse(null);
        if (claiming != null) {
            return new Result(Trust.INVALID, claiming.name(), label + " is signed by " + claiming.name()
                    + ", whose certificate chain names a trusted signer but does not check out: " + claiming.check.reason());
        }
        return new Result(Trust.UNTRUSTED_SIGNER, first.name(), label + " is signed by " + first.name()
                + ", who is not in this installation's trust store");
    }

    private static String names(Set<String> entries) {
        List<String> l = new ArrayList<>(entries);
        return (l.size() == 1 ? "entry " : "entries ") + String.join(", ", l.subList(0, Math.min(3, l.size())))
                + (l.size() > 3 ? " and " + (l.size() - 3) + " more" : "") + (l.size() == 1 ? " is" : " are");
    }

    /** The files that make up a signature: not signed themselves. */
    static boolean isSignatureFile(String entry) {
        String upper = entry.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) return false;
        String file = upper.substring(9);
        return file.equals("MANIFEST.MF") || file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA")
                || file.endsWith(".EC"); // META-INF/SIG-* is refused by JarShape
    }

    static String commonName(List<? extends Certificate> chain) {
        if (chain.isEmpty() || !(chain.get(0) instanceof java.security.cert.X509Certificate x)) return null;
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
