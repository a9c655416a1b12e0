package hta.plugins;

/**
 * What to do with a plugin that is not signed by a trusted signer. A tampered jar is refused under every
 * policy. Commands default to {@link #REFUSE}; the Plugins view asks.
 */
public enum TrustPolicy {
    /** Only plugins signed by a certificate in the trust store are installed. */
    REFUSE,
    /** The caller is asked (with the signer named) for a plugin that is unsigned or signed by an unknown signer. */
    ASK,
    /** Unsigned plugins and plugins signed by an unknown signer are installed (and recorded as such). */
    ALLOW_UNSIGNED
}
