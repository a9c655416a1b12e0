package hta.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.TrustedSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * Changes to the installation's trust store ({@code security/trusted-plugins.p12}, certificates only): the
 * certificates it holds, one added from a PEM or DER file, one removed by alias or SHA-256 fingerprint. Each change
 * rewrites the file atomically, so a signature check reads the old or the new store, never a part. Stateless; the
 * caller holds the administration lock.
 */
final class TrustStoreFile {
    private static final Pattern CN = Pattern.compile("(?i)(?:^|,)\\s*CN=([^,]+)");

    private TrustStoreFile() {
    }

    static List<TrustedSigner> list(Path store, char[] password) {
        KeyStore ks = read(store, password, false);
        List<TrustedSigner> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate c) out.add(signer(alias, c));
            }
        } catch (GeneralSecurityException e) {
            throw unreadable(store, e);
        }
        out.sort((a, b) -> a.alias().compareTo(b.alias()));
        return out;
    }

    /** Adds the one certificate {@code file} holds; refused when it is expired, not yet valid or already there. */
    static TrustedSigner add(Path store, char[] password, Path file) {
        X509Certificate c = certificate(file);
        String fingerprint = fingerprint(c);
        try {
            c.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new PluginException(file + ": the certificate of " + name(c) + " expired on " + c.getNotAfter().toInstant()
                    + "; it would vouch for no plugin");
        } catch (CertificateNotYetValidException e) {
            throw new PluginException(file + ": the certificate of " + name(c) + " is valid only from "
                    + c.getNotBefore().toInstant());
        }
        String weak = WeakAlgorithms.problem(c);
        if (weak != null) throw new PluginException(file + ": " + weak);
        KeyStore ks = read(store, password, true);
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate x && fingerprint(x).equals(fingerprint)) {
                    throw new PluginException(file + ": " + name(c) + " is already trusted (as '" + alias + "')");
                }
                // a signer is known by name in lists, the history and the rule that a change of signer needs
                // --replace: a second certificate of a trusted name could pass for the first (outside trust test)
                if (ks.getCertificate(alias) instanceof X509Certificate x && name(x).strip().equalsIgnoreCase(name(c).strip())) {
                    throw new PluginException(file + ": a certificate named '" + name(c) + "' is already trusted (as '"
                            + alias + "'); a second signer of the same name could pass for it: have this one made with"
                            + " a name of its own");
                }
            }
            String alias = alias(name(c), ks);
            ks.setCertificateEntry(alias, c);
            write(store, password, ks);
            return signer(alias, c);
        } catch (GeneralSecurityException e) {
            throw unreadable(store, e);
        }
    }

    /** Removes the certificate with this alias, or whose SHA-256 fingerprint is or starts with {@code key}. */
    static TrustedSigner remove(Path store, char[] password, String key) {
        KeyStore ks = read(store, password, false);
        String hex = key.replace(":", "").toUpperCase(Locale.ROOT);
        try {
            List<String> matches = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                Certificate c = ks.getCertificate(alias);
                boolean byPrint = hex.length() >= 8 && hex.matches("[0-9A-F]+") && c instanceof X509Certificate x
                        && fingerprint(x).replace(":", "").startsWith(hex);
                if (alias.equalsIgnoreCase(key) || byPrint) matches.add(alias);
            }
            if (matches.isEmpty()) {
                throw new PluginException("the trust store holds no certificate '" + key + "' (by alias or SHA-256"
                        + " fingerprint); 'hta plugins trust list' shows what it holds");
            }
            if (matches.size() > 1) {
                throw new PluginException("'" + key + "' matches " + matches.size() + " certificates (" + String.join(", ", matches)
                        + "); give the alias or more of the fingerprint");
            }
            X509Certificate removed = (X509Certificate) ks.getCertificate(matches.get(0));
            ks.deleteEntry(matches.get(0));
            write(store, password, ks);
            return signer(matches.get(0), removed);
        } catch (GeneralSecurityException e) {
            throw unreadable(store, e);
        }
    }

    /** The one X.509 certificate of a PEM or DER file. */
    private static X509Certificate certificate(Path file) {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(file)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new PluginException(file + ": cannot be read (" + Problems.describe(e) + ")", e);
        } catch (CertificateException e) {
            throw new PluginException(file + ": not a certificate in PEM or DER form (" + Problems.describe(e) + ")", e);
        }
        if (certs.size() != 1 || !(certs.iterator().next() instanceof X509Certificate c)) {
            throw new PluginException(file + ": holds " + certs.size() + " certificates; give a file with the one"
                    + " certificate to trust (the team's, or the authority that issues the team's)");
        }
        return c;
    }

    private static KeyStore read(Path store, char[] password, boolean createMissing) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, password);
            } catch (NoSuchFileException e) {
                if (!createMissing) throw new PluginException("the plugin trust store " + store + " is missing; no plugin signature is trusted");
                ks.load(null, password);
            }
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(store, e);
        }
    }

    private static void write(Path store, char[] password, KeyStore ks) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ks.store(bytes, password);
            AtomicFiles.write(store, bytes.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginException("the plugin trust store " + store + " cannot be written (" + Problems.describe(e)
                    + "); it is part of the installation: change it as the user who installed the app", e);
        }
    }

    private static PluginException unreadable(Path store, Exception e) {
        return new PluginException("the plugin trust store " + store + " cannot be read (" + Problems.describe(e) + ")", e);
    }

    /** A new alias from the certificate's name: lower case, letters, digits and dashes, unique in the store. */
    private static String alias(String name, KeyStore ks) throws GeneralSecurityException {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) base = "signer";
        String alias = base;
        for (int i = 2; ks.containsAlias(alias); i++) alias = base + "-" + i;
        return alias;
    }

    /** The certificate's common name, or its whole subject when it has none. */
    private static String name(X509Certificate c) {
        return commonName(c.getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    /** The common name of a distinguished name (RFC 2253), or the whole name when it has none. */
    static String commonName(String dn) {
        Matcher m = CN.matcher(dn);
        return m.find() ? m.group(1).trim() : dn;
    }

    private static TrustedSigner signer(String alias, X509Certificate c) {
        return new TrustedSigner(alias, c.getSubjectX500Principal().getName(X500Principal.RFC2253),
                c.getIssuerX500Principal().getName(X500Principal.RFC2253), fingerprint(c),
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant());
    }

    /** SHA-256 of the encoded certificate, as keytool prints it (upper-case pairs separated by colons). */
    static String fingerprint(X509Certificate c) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
