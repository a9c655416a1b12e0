package hta.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes a jar into the plugin store: only a regular file, no larger than the limit, read once within a time limit
 * (a pipe or a device that passed the first look cannot hang the caller), its SHA-256 computed on the way, written
 * to {@code STORE/SHA256.jar}. The source is never read again, so replacing it afterwards changes nothing.
 */
final class JarIntake {
    private final Path store;
    private final Limits limits;
    private final ExecutorService io;

    JarIntake(Path store, Limits limits, ExecutorService io) {
        this.store = store;
        this.limits = limits;
        this.io = io;
    }

    Path store() {
        return store;
    }

    /** The copy for {@code sha256} in the store (it may not exist). */
    Path copyOf(String sha256) {
        return store.resolve(sha256 + ".jar");
    }

    /** Copies {@code source} into the store; the message of a refusal names the file and the reason. */
    StoredJar take(Path source) throws JarProblem {
        String label = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        checkKind(source, label, limits.maxJarBytes());
        Future<StoredJar> copy = io.submit((Callable<StoredJar>) () -> copy(source, label));
        try {
            return copy.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            copy.cancel(true);
            throw new JarProblem(label + " could not be read within " + Limits.words(limits.readTimeout()));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof JarProblem p) throw p;
            if (c instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    && Path.of(f.getFile()).startsWith(store)) {
                throw new JarProblem(label + " cannot be copied into the plugin store " + store + ": " + Problems.describe(c));
            }
            throw new JarProblem(label + " cannot be read: " + Problems.describe(c));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JarProblem("reading " + label + " was interrupted");
        }
    }

    /** Refuses what is not a regular file of a sensible size, following links (a link to a jar is fine). */
    static void checkKind(Path source, String label, long maxBytes) throws JarProblem {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(source, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new JarProblem(label + " cannot be read: " + Problems.describe(e));
        }
        if (a.isDirectory()) throw new JarProblem(label + " is a folder, not a jar");
        if (!a.isRegularFile()) throw new JarProblem(label + " is not a regular file (a device, pipe or socket)");
        if (a.size() > maxBytes) {
            throw new JarProblem(label + " is larger than " + (maxBytes >> 20) + " MB, the limit for a plugin");
        }
        if (a.size() == 0) throw new JarProblem(label + " is empty");
    }

    private StoredJar copy(Path source, String label) throws IOException, JarProblem {
        Files.createDirectories(store);
        Path tmp = Files.createTempFile(store, "incoming-", ".tmp");
        try {
            MessageDigest md = sha256();
            long total = 0;
            try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ);
                 InputStream in = Channels.newInputStream(ch);
                 OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > limits.maxJarBytes()) {
                        throw new JarProblem(label + " is larger than " + (limits.maxJarBytes() >> 20)
                                + " MB, the limit for a plugin");
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            if (total == 0) throw new JarProblem(label + " is empty");
            String sha = HexFormat.of().formatHex(md.digest());
            Path target = copyOf(sha);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StoredJar(target, sha, label);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
