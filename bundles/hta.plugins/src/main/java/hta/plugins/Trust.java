package hta.plugins;

/** The outcome of checking a plugin jar's signature against the installation's trust store. */
public enum Trust {
    /** Every entry is signed, unchanged, by a certificate whose chain leads to the trust store. */
    TRUSTED("signed by a trusted signer"),
    /** Every entry is signed and unchanged, but the signer is not in the trust store. */
    UNTRUSTED_SIGNER("signed by a signer who is not in the trust store"),
    /** Not signed at all. */
    UNSIGNED("not signed"),
    /** Signed, but changed after signing, or with entries the signature does not cover. Always refused. */
    TAMPERED("modified after signing"),
    /**
     * Signed with a certificate chain that names a certificate of the trust store but does not check out (a forged
     * issuer, a broken signature, expired, not for code signing). Always refused.
     *
     * @since 0.4
     */
    INVALID("signed with a certificate chain that does not check out"),
    /** Shipped inside the installation itself (the app's plugins folder was checked when it was built). */
    BUNDLED("shipped with the app");

    private final String words;

    Trust(String words) {
        this.words = words;
    }

    /** Plain words for administrators. */
    public String words() {
        return words;
    }
}
