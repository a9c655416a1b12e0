package hta.plugins.internal;

import hta.plugins.AuditEntry;
import hta.plugins.CatalogueEntry;
import hta.plugins.Plan;
import hta.plugins.PluginEvent;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import hta.plugins.TrustedSigner;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The plugin manager: the {@link PluginManager} façade over its {@link Parts}. When it activates it registers the
 * {@link ServiceGuard} and begins the {@link Startup} (the launcher installs only the platform; the plugins are
 * loaded from the state in the data directory while the rest starts); every operation waits for it. When the
 * framework stops, it stops the plugins itself within the stop limit.
 */
@Component(service = PluginManager.class, immediate = true)
public final class FrameworkPluginManager implements PluginManager {
    private final BundleContext context;
    private final Parts p;
    private final ServiceRegistration<?> hooks;
    private final List<ServiceRegistration<?>> configurations;
    private final Startup startup;
    private final Shutdown shutdown;

    @Activate
    public FrameworkPluginManager(BundleContext context) {
        this.context = context;
        this.p = new Parts(context);
        context.addBundleListener(p.pluginBundles);
        this.hooks = context.registerService(new String[] {FindHook.class.getName(), EventListenerHook.class.getName()},
                new ServiceGuard(context, p.pluginBundles, this::offence), null);
        // before any plugin starts: the settings each plugin may read are its own
        this.configurations = new PluginConfigurations(context, p.pluginBundles).register();
        PolicyFile.Read policy = PolicyFile.read(p.inst.policyFile());
        if (policy.problem() != null) p.log.notice("-", policy.problem());
        this.startup = new Startup(p);
        startup.begin();
        this.shutdown = new Shutdown(p, startup);
        shutdown.install(context);
    }

    @Deactivate
    void deactivate() {
        shutdown.uninstall(context);
        context.removeBundleListener(p.pluginBundles);
        for (ServiceRegistration<?> r : concat(hooks, configurations)) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters it with the bundle
            }
        }
        p.shutdown();
    }

    private static List<ServiceRegistration<?>> concat(ServiceRegistration<?> first, List<ServiceRegistration<?>> rest) {
        List<ServiceRegistration<?>> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    /** A plugin broke a rule the service guard enforces: failed now, quarantined and stopped off its thread. */
    private void offence(Bundle b, String why) {
        String declared = p.pluginBundles.codeOf(b);
        String code = PluginManifest.validCode(declared) ? declared : null; // no state entry under a bad code
        String who = code != null ? code : b.getSymbolicName();
        if (why.equals(p.log.failure(who)) || p.log.failure(who) != null && p.log.failure(who).contains(why)) return;
        p.log.fail(who, why);
        p.log.event(who, true, "plugin '" + who + "' " + why);
        p.housekeeping.submit(() -> {
            if (code != null) p.quarantine.put(code, why, false);
            p.life.stop(b, who);
        });
    }

    @Override
    public List<PluginInfo> plugins() {
        startup.await();
        return p.listing.plugins();
    }

    @Override
    public List<CatalogueEntry> catalogue() {
        startup.await();
        return p.catalogue.entries();
    }

    @Override
    public TrustPolicy interactivePolicy() {
        return PolicyFile.read(p.inst.policyFile()).policy();
    }

    @Override
    public void setInteractivePolicy(TrustPolicy policy) {
        if (policy == null) throw new PluginException("a trust policy is required: refuse, ask or allow-unsigned");
        p.store.lock().hold(() -> {
            TrustPolicy before = interactivePolicy();
            try {
                PolicyFile.write(p.inst.policyFile(), policy);
            } catch (IOException e) {
                throw new PluginException("the trust policy cannot be saved to " + p.inst.policyFile() + ": "
                        + Problems.describe(e), e);
            }
            if (before != policy) {
                p.log.audit("trust-policy", "-", "-", "preferences", "-", "done", "the Plugins view's trust policy is now '"
                        + PolicyFile.words(policy) + "' (was '" + PolicyFile.words(before) + "')");
            }
        });
    }

    @Override
    public List<TrustedSigner> trustedSigners() {
        return p.trust.signers();
    }

    @Override
    public TrustedSigner trust(Path certificate) {
        return p.trust.add(certificate);
    }

    @Override
    public TrustedSigner distrust(String aliasOrFingerprint) {
        return p.trust.remove(aliasOrFingerprint);
    }

    @Override
    public Verification verify(Path jar) {
        startup.await();
        return p.check(jar);
    }

    @Override
    public Plan plan(Plan.Action action, String target, TrustPolicy policy, Set<UpdateOption> options) {
        startup.await();
        return p.planner.plan(action, target, policy, options);
    }

    @Override
    public PluginInfo install(Path jar, TrustPolicy policy, Predicate<Verification> ask) {
        startup.await();
        Inspector.Inspected in = p.inspector.take(p.intake, jar);
        p.changes.accepted(in, policy, ask, "install", jar.toString());
        return p.changes.install(in, Origin.INSTALLED, in.verification().file().toString());
    }

    @Override
    public PluginInfo installBundled(String code) {
        startup.await();
        return p.changes.installBundled(code);
    }

    @Override
    public PluginInfo update(Path jar, TrustPolicy policy, Predicate<Verification> ask, Set<UpdateOption> options) {
        startup.await();
        Inspector.Inspected in = p.inspector.take(p.intake, jar);
        p.changes.accepted(in, policy, ask, "update", jar.toString());
        return p.changes.update(in, options, Origin.INSTALLED, in.verification().file().toString());
    }

    @Override
    public void uninstall(String code) {
        startup.await();
        p.admin.uninstall(code);
    }

    @Override
    public PluginInfo enable(String code) {
        startup.await();
        return p.admin.toggle(code, true);
    }

    @Override
    public PluginInfo disable(String code) {
        startup.await();
        return p.admin.toggle(code, false);
    }

    @Override
    public List<PluginInfo> restoreLastGood() {
        startup.await();
        return p.admin.restoreLastGood();
    }

    @Override
    public List<String> lastGood() {
        try {
            return p.admin.describe(p.store.lastGood());
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public List<AuditEntry> history() {
        return p.log.history().read();
    }

    @Override
    public void exportHistory(Path file) {
        try {
            p.log.history().export(file);
        } catch (IOException e) {
            throw new PluginException("the history cannot be written to " + file + ": " + Problems.describe(e), e);
        }
    }

    @Override
    public List<String> notices() {
        startup.await();
        List<String> out = new ArrayList<>(p.log.takeNotices());
        out.addAll(p.quarantine.untold());
        return out;
    }

    @Override
    public <T> T call(String code, Duration timeout, Callable<T> work) {
        try {
            return p.life.guard().run(code, "calling", timeout, work);
        } catch (TimeoutException e) {
            String reason = "did not return within " + timeout.toMillis() + " ms";
            failed(code, reason, true);
            throw new PluginException(describe(code) + " " + reason + "; it was marked failed and stopped, the other"
                    + " plugins keep working, and it is quarantined until re-enabled ('hta plugins enable " + code + "')");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            String reason = "threw " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
            failed(code, reason, false);
            throw new PluginException(describe(code) + " " + reason + "; it was marked failed and stopped", c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("the call into plugin '" + code + "' was interrupted");
        }
    }

    /** A call failed: the plugin is failed at once, stopped off the caller's thread; one that hung is quarantined. */
    private void failed(String code, String reason, boolean hung) {
        p.log.fail(code, reason);
        p.log.event(code, true, describe(code) + " " + reason);
        if (hung) p.quarantine.put(code, reason, true); // now: a command may end right after the call
        Bundle b = p.fw.bundleFor(code);
        if (b != null) p.housekeeping.submit(() -> p.life.stop(b, code));
    }

    private String describe(String code) {
        PluginInfo info = p.listing.find(code);
        return info == null ? "plugin '" + code + "'" : info.name() + " (" + code + ") " + info.version();
    }

    @Override
    public List<PluginEvent> events() {
        startup.await();
        return p.log.events();
    }

    @Override
    public AutoCloseable subscribe(Consumer<PluginEvent> listener) {
        return p.log.subscribe(listener);
    }

    /** Installs a jar dropped into the watched folder, through the same checks (called by File Install too). */
    void watchedInstall(Path file) {
        startup.await();
        p.watched.installed(file);
    }

    /** The jar was deleted from the watched folder. */
    void watchedRemoved(Path file) {
        startup.await();
        p.watched.removed(file);
    }

    Path watchedFolder() {
        return p.watched.folder();
    }
}
