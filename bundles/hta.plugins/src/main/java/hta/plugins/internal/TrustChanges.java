package hta.plugins.internal;

import hta.plugins.PluginException;
import hta.plugins.TrustedSigner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * An administrator's changes to the installation's trust store ({@code hta plugins trust add|list|remove}): each
 * under the administration lock, recorded in the history whether done or refused, and followed by a fresh read of
 * the store for this run's signature checks.
 */
final class TrustChanges {
    private final Installation inst;
    private final StateStore store;
    private final RunLog log;
    private final Runnable changed;

    TrustChanges(Installation inst, StateStore store, RunLog log, Runnable changed) {
        this.inst = inst;
        this.store = store;
        this.log = log;
        this.changed = changed;
    }

    List<TrustedSigner> signers() {
        return TrustStoreFile.list(file(), Installation.TRUST_STORE_PASSWORD);
    }

    TrustedSigner add(Path certificate) {
        return change("trust-add", () -> TrustStoreFile.add(file(), Installation.TRUST_STORE_PASSWORD, certificate),
                certificate.toAbsolutePath().toString(), "now trusted: plugins it signs may be installed");
    }

    TrustedSigner remove(String aliasOrFingerprint) {
        return change("trust-remove", () -> TrustStoreFile.remove(file(), Installation.TRUST_STORE_PASSWORD, aliasOrFingerprint),
                "trust store", "no longer trusted");
    }

    private TrustedSigner change(String action, Supplier<TrustedSigner> change, String source, String done) {
        Path file = file();
        return store.lock().hold(() -> {
            TrustedSigner s;
            try {
                s = change.get();
            } catch (PluginException e) {
                log.audit(action, "-", "-", source, "-", "refused", e.getMessage());
                throw e;
            }
            changed.run();
            log.audit(action, "-", "-", source, TrustStoreFile.commonName(s.subject()), "done", s.subject()
                    + " (SHA-256 " + s.fingerprint() + ", alias '" + s.alias() + "') is " + done + "; trust store " + file);
            return s;
        });
    }

    private Path file() {
        if (inst.trustStore() == null) {
            throw new PluginException("this run has no app folder (hta.home), so there is no plugin trust store");
        }
        return inst.trustStore();
    }
}
