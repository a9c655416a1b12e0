package hta.plugins.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The framework operations on a plugin bundle: installing exactly the bytes that were checked (read from the
 * store once, compared with the digest taken when they were copied), and starting, stopping and uninstalling
 * under time limits through the {@link CallGuard}.
 */
final class Lifecycle {
    /** How a start, stop or uninstall ended. */
    enum Kind { DONE, UNRESOLVED, THREW, TIMED_OUT }

    /** The outcome, with a reason in words when it did not simply work. */
    record Outcome(Kind kind, String reason) {
        boolean done() {
            return kind == Kind.DONE;
        }
    }

    private final BundleContext context;
    private final CallGuard guard;
    private final Limits limits;

    Lifecycle(BundleContext context, CallGuard guard, Limits limits) {
        this.context = context;
        this.guard = guard;
        this.limits = limits;
    }

    CallGuard guard() {
        return guard;
    }

    /** The location a stored copy is installed at: its file URL (so the framework could read it again itself). */
    static String location(StoredJar jar) {
        return jar.file().toUri().toString();
    }

    /**
     * Installs the stored copy, or returns the bundle already installed from it; refused, and uninstalled again, when
     * the framework does not read it as the plugin {@code code} that was checked.
     */
    Bundle install(StoredJar jar, String code) throws JarProblem, BundleException {
        String location = location(jar);
        Bundle existing = context.getBundle(location);
        if (existing != null) return existing;
        Bundle b = context.installBundle(location, new ByteArrayInputStream(checkedBytes(jar)));
        agree(b, jar, code);
        return b;
    }

    /** Replaces the bundle's content by the stored copy; as {@link #install}, the framework must read it as checked. */
    void update(Bundle b, StoredJar jar, String code) throws JarProblem, BundleException {
        b.update(new ByteArrayInputStream(checkedBytes(jar)));
        agree(b, jar, code);
    }

    /**
     * What the framework made of the manifest must be what the check read: one bundle of its own (no fragment, no
     * framework extension) declaring exactly one jurisdiction capability, with the code that was checked. The two
     * read headers with different parsers: an escaped quote or a lone carriage return made the check see a plugin
     * {@code aa} where the framework saw none, and the bundle passed for the platform (outside trust test).
     */
    private static void agree(Bundle b, StoredJar jar, String code) throws JarProblem {
        BundleRevision rev = b.adapt(BundleRevision.class);
        String problem = null;
        if (rev == null || (rev.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            problem = "is a fragment, not a bundle of its own";
        } else {
            List<BundleCapability> caps = rev.getDeclaredCapabilities(PluginManifest.NAMESPACE);
            Object read = caps.size() == 1 ? caps.get(0).getAttributes().get("code") : null;
            if (caps.size() != 1 || !code.equals(read)) {
                problem = "is read by the framework as declaring " + (caps.isEmpty() ? "no jurisdiction"
                        : caps.size() + " jurisdiction capabilities with the code " + read) + ", not the code '" + code
                        + "' its check read";
            }
        }
        if (problem == null) return;
        try {
            b.uninstall();
        } catch (BundleException | IllegalStateException gone) {
            // refused either way
        }
        throw new JarProblem(jar.label() + " " + problem + "; it was not installed");
    }

    /** The stored copy's bytes, when they are still those that were copied and checked. */
    private byte[] checkedBytes(StoredJar jar) throws JarProblem {
        byte[] bytes;
        try {
            JarIntake.checkKind(jar.file(), jar.label(), limits.maxJarBytes());
            bytes = Files.readAllBytes(jar.file());
        } catch (IOException e) {
            throw new JarProblem("the stored copy of " + jar.label() + " cannot be read: " + Problems.describe(e));
        }
        String sha = HexFormat.of().formatHex(JarIntake.sha256().digest(bytes));
        if (!sha.equals(jar.sha256())) {
            throw new JarProblem("the stored copy of " + jar.label() + " (" + jar.file().getFileName()
                    + ") changed after it was checked; it was not installed");
        }
        return bytes;
    }

    Outcome start(Bundle b, String code) {
        return guarded(code, "start", limits.startTimeout(), b, () -> b.start());
    }

    Outcome stop(Bundle b, String code) {
        return guarded(code, "stop", limits.stopTimeout(), b, () -> b.stop());
    }

    /** Stops (within the stop limit) and uninstalls. */
    Outcome uninstall(Bundle b, String code) {
        if (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING) {
            Outcome stopped = stop(b, code);
            if (stopped.kind() == Kind.TIMED_OUT) return stopped;
        }
        return guarded(code, "stop", limits.stopTimeout(), b, () -> b.uninstall());
    }

    private interface BundleAction {
        void run() throws BundleException;
    }

    /** Runs a start or stop ({@code verb}) of plugin {@code code} under {@code limit}. */
    private Outcome guarded(String code, String verb, Duration limit, Bundle b, BundleAction action) {
        try {
            guard.run(code, verb.equals("start") ? "starting" : "stopping", limit, () -> {
                action.run();
                return null;
            });
            return new Outcome(Kind.DONE, null);
        } catch (TimeoutException e) {
            return new Outcome(Kind.TIMED_OUT, "did not " + verb + " within " + Limits.words(limit));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof BundleException be && (be.getType() == BundleException.RESOLVE_ERROR
                    || b.getState() == Bundle.INSTALLED && verb.equals("start"))) {
                return new Outcome(Kind.UNRESOLVED, "cannot resolve: " + Problems.describe(be));
            }
            return new Outcome(Kind.THREW, "threw on " + verb + ": " + Problems.describe(c));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.TIMED_OUT, "was interrupted before it could " + verb);
        }
    }

    /** Refreshes exactly these bundles (and what is wired to them), waiting at most the stop limit and a bit. */
    boolean refresh(List<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> done.countDown());
        try {
            return done.await(limits.stopTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
