package hta.plugins.internal;

import hta.plugins.Trust;
import hta.plugins.Verification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a plugin jar in a fixed order on one copy of its bytes: take it into the store (regular file, size, time),
 * read its manifest within the limits, check it against the jurisdiction contract, check its signature. The
 * {@link Verification} names the file the administrator gave; the checked bytes are {@link Inspected#stored()}.
 */
final class Inspector {
    /** A checked jar: the copy that was checked ({@code null} when it could not even be copied) and the outcome. */
    record Inspected(StoredJar stored, Verification verification) {
        String code() {
            return verification.code();
        }
    }

    private final Limits limits;
    private final ContractCheck contract;
    private final Signatures signatures;

    Inspector(Limits limits, ContractCheck contract, Signatures signatures) {
        this.limits = limits;
        this.contract = contract;
        this.signatures = signatures;
    }

    /** Copies {@code source} with {@code intake}, then checks the copy. */
    Inspected take(JarIntake intake, Path source) {
        Path shown = source.toAbsolutePath().normalize();
        try {
            StoredJar stored = intake.take(shown);
            return new Inspected(stored, inspect(stored, shown));
        } catch (JarProblem p) {
            return new Inspected(null, unread(shown, p.getMessage()));
        }
    }

    /** Checks a copy that is in the store already (a stored plugin at start-up, a bundled jar). */
    Verification inspect(StoredJar stored, Path shownAs) {
        String label = stored.label();
        PluginManifest m;
        try {
            m = PluginManifest.read(stored.file(), label, limits);
        } catch (JarProblem p) {
            return unread(shownAs, p.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (m.symbolicName() == null) problems.add(label + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        if (m.symbolicName() != null && m.code() == null) {
            problems.add(label + " is not a jurisdiction plugin: its manifest declares no hta.jurisdiction capability"
                    + " with a code");
        }
        if (m.code() != null && !PluginManifest.validCode(m.code())) {
            problems.add(label + " declares the code '" + m.code() + "', which is no plugin code: lower-case letters a–z,"
                    + " digits, '-' or '_', starting with a letter, at most 16 characters");
        }
        if (m.code() != null) {
            String incompatible = contract.problem(m.label(), m.contract(), m.requireCapability());
            if (incompatible != null) problems.add(incompatible);
        }
        Signatures.Result r;
        try {
            r = signatures.check(stored.file(), label);
        } catch (JarProblem p) {
            r = new Signatures.Result(Trust.UNSIGNED, null, p.getMessage());
            problems.add(p.getMessage());
        }
        if (r.trust() == Trust.TAMPERED || r.trust() == Trust.INVALID) problems.add(0, r.detail());
        return new Verification(shownAs, m.code(), m.name(), m.symbolicName(), m.version(), m.vendor(), m.contract(),
                r.trust(), r.signer(), r.detail(), List.copyOf(problems));
    }

    static Verification unread(Path file, String problem) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new Verification(file, null, null, null, null, null, null, Trust.UNSIGNED, null, label + " was not read",
                List.of(problem));
    }
}
