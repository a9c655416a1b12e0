package hta.plugins.internal;

import java.nio.file.Path;

/**
 * A plugin jar as the plugin store holds it: one copy, read once from where it came from, named by the SHA-256 of
 * its bytes. Everything after the copy (manifest, signature, installation) reads this file, never the source again.
 *
 * @param file   the copy in the store ({@code plugin-state/jars/SHA256.jar})
 * @param sha256 the digest of its bytes, as they were read from the source
 * @param label  the source's file name, for messages
 */
record StoredJar(Path file, String sha256, String label) {
}
