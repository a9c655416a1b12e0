package hta.plugins.internal;

/**
 * A jar that cannot be taken, read or installed: not a regular file, too large, unreadable, changed since it was
 * checked. The message is one line naming the file and what is wrong.
 */
final class JarProblem extends Exception {
    private static final long serialVersionUID = 1L;

    JarProblem(String message) {
        super(message, null, false, false);
    }
}
