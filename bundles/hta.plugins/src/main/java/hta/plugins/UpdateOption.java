package hta.plugins;

/**
 * What an update may do beyond replacing a plugin by a newer version of the same bundle; without these an update
 * that would go back to an older version, or replace the plugin by another bundle declaring the same code or by a
 * jar of another signer, is refused.
 */
public enum UpdateOption {
    /** Accept a version older than (or equal to) the installed one. */
    ALLOW_DOWNGRADE,
    /** Accept a bundle with another symbolic name that declares the same jurisdiction code, or another signer. */
    REPLACE
}
