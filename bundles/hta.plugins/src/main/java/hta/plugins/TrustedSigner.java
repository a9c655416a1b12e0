package hta.plugins;

import java.time.Instant;

/**
 * A certificate in the installation's trust store: a plugin signed by it (or by a certificate it issued) is
 * trusted. Added and removed by an administrator ({@code hta plugins trust add|remove}).
 *
 * @param alias       its name in the trust store, e.g. {@code example-hta-team}
 * @param subject     whose certificate it is (RFC 2253), e.g. {@code CN=Example HTA team,O=Example}
 * @param issuer      who issued it (the subject again for a self-signed certificate)
 * @param fingerprint the SHA-256 fingerprint of the certificate, as keytool prints it ({@code AB:CD:…})
 * @param notBefore   the start of its validity
 * @param notAfter    the end of its validity
 * @since 0.4
 */
public record TrustedSigner(String alias, String subject, String issuer, String fingerprint, Instant notBefore,
                            Instant notAfter) {
}
