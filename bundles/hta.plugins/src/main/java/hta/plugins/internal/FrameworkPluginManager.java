package hta.plugins.internal;

import hta.plugins.AuditEntry;
import hta.plugins.CatalogueEntry;
import hta.plugins.Plan;
import hta.plugins.PluginEvent;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginInfo.State;
import hta.plugins.PluginManager;
import hta.plugins.RemovalParticipant;
import hta.plugins.Trust;
import hta.plugins.TrustPolicy;
import hta.plugins.Verification;
import hta.plugins.internal.PluginState.Entry;
import hta.plugins.internal.PluginState.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The plugin manager. Finds jurisdiction plugins by the {@code hta.jurisdiction} capability in their manifests,
 * so it needs nothing from the jurisdiction API and works even when a plugin cannot resolve. At activation it
 * reconciles the framework with the state saved in the data directory (the launcher installs only the
 * platform): bundled plugins unless an administrator removed them, administrator-installed plugins from their
 * stored copies, and the watched folder.
 */
@Component(service = PluginManager.class, immediate = true)
public final class FrameworkPluginManager implements PluginManager {
    static final String NAMESPACE = "hta.jurisdiction";
    static final String CONTRACT_NAMESPACE = "hta.jurisdiction.contract";
    /** The trust store in the installation: certificates only, so its password protects integrity, not secrets. */
    static final String TRUST_STORE = "security/trusted-plugins.p12";
    static final char[] TRUST_STORE_PASSWORD = "hta-public".toCharArray();
    static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(30);

    private final BundleContext context;
    private final Path bundledDir;
    private final Path stateDir;
    private final Path watchedDir;
    private final Path repositoryDir;
    private volatile TrustPolicy interactive;
    private final boolean safeMode;
    private final TrustPolicy watchedPolicy;
    private final JarVerifier verifier;
    private final AuditLog audit;
    private final Object lock = new Object();
    private volatile PluginState state = PluginState.empty();
    /** Bundled jars by code, read once: the installed app does not change while it runs. */
    private final Map<String, Path> bundled;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, JarVerifier.Result> trustCache = new ConcurrentHashMap<>();
    /** The most recent events only: 200 install/uninstall cycles must not grow what is retained. */
    private final java.util.Deque<PluginEvent> events = new java.util.ArrayDeque<>();
    static final int EVENTS_KEPT = 200;
    private final List<Consumer<PluginEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService calls;

    @Activate
    public FrameworkPluginManager(BundleContext context) {
        this.context = context;
        String home = context.getProperty("hta.home");
        String data = context.getProperty("hta.data.dir");
        this.bundledDir = home == null ? null : Path.of(home).resolve("plugins");
        Path dataDir = data != null ? Path.of(data) : context.getDataFile("data").toPath();
        this.stateDir = dataDir.resolve("plugin-state");
        this.watchedDir = dataDir.resolve("plugins");
        String repository = context.getProperty("hta.plugins.repository");
        this.repositoryDir = repository != null ? Path.of(repository)
                : home == null ? null : Path.of(home).resolve("repository");
        this.interactive = readInteractivePolicy();
        this.safeMode = Boolean.parseBoolean(context.getProperty("hta.safe.mode"));
        this.watchedPolicy = "allow-unsigned".equals(context.getProperty("hta.plugins.watched.policy"))
                ? TrustPolicy.ALLOW_UNSIGNED : TrustPolicy.REFUSE;
        this.verifier = new JarVerifier(JarVerifier.loadTrustStore(
                home == null ? null : Path.of(home).resolve(TRUST_STORE), TRUST_STORE_PASSWORD));
        this.audit = new AuditLog(stateDir.resolve("history.tsv"));
        AtomicInteger n = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hta-plugin-call-" + n.incrementAndGet());
            t.setDaemon(true); // a plugin that never returns must not keep the process alive
            return t;
        });
        this.bundled = scanBundled();
        synchronized (lock) {
            try {
                state = PluginState.read(stateFile());
            } catch (IOException e) {
                event("-", true, "the plugin state " + stateFile() + " cannot be read (" + e.getMessage()
                        + "); starting with the bundled plugins");
            }
            applyState(state);
            syncWatchedFolder();
            if (!Files.exists(lastGoodFile()) && failures.isEmpty()) saveLastGood();
        }
    }

    @Deactivate
    void deactivate() {
        calls.shutdownNow();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public List<PluginInfo> plugins() {
        PluginState s = state;
        Map<String, PluginInfo> result = new LinkedHashMap<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> cap = capability(b);
            if (cap == null) continue;
            String code = String.valueOf(cap.get("code"));
            Entry e = s.get(code);
            Origin origin = e != null ? e.origin() : isBundledLocation(b) ? Origin.BUNDLED : Origin.INSTALLED;
            String reason = failures.get(code);
            if (reason == null && b.getState() == Bundle.ACTIVE) reason = componentFailure(b);
            State st = reason != null ? State.FAILED : state(b);
            if (reason == null && e != null && e.status() == Status.DISABLED) {
                st = State.DISABLED;
                reason = "disabled by an administrator";
            } else if (reason == null && st == State.INSTALLED) {
                reason = "not resolved: a package or the jurisdiction contract it needs is missing";
            }
            Trust trust;
            String signer;
            String source;
            if (origin == Origin.BUNDLED) {
                Path jar = bundled.get(code);
                JarVerifier.Result r = jar == null ? null : trustOf(jar);
                trust = r == null ? Trust.BUNDLED : r.trust() == Trust.TRUSTED ? Trust.TRUSTED : Trust.BUNDLED;
                signer = r == null ? null : r.signer();
                source = jar == null ? b.getLocation() : jar.toString();
            } else {
                trust = e == null ? Trust.UNSIGNED : trustFromRecord(e);
                signer = e == null ? null : e.signer();
                source = e == null ? b.getLocation() : e.source();
            }
            result.put(code, new PluginInfo(code, b.getHeaders().get(Constants.BUNDLE_NAME), b.getSymbolicName(),
                    b.getVersion().toString(), b.getHeaders().get(Constants.BUNDLE_VENDOR),
                    String.valueOf(cap.get("contract")), origin, st, reason, trust, signer, contributions(b), source));
        }
        for (Map.Entry<String, Path> bj : bundled.entrySet()) {
            String code = bj.getKey();
            if (result.containsKey(code)) continue;
            Entry e = s.get(code);
            if (e != null && e.origin() != Origin.BUNDLED && e.status() != Status.REMOVED) continue; // replaced
            Verification v = quickInfo(bj.getValue());
            State st;
            String reason;
            if (e != null && e.status() == Status.REMOVED) {
                st = State.AVAILABLE;
                reason = "bundled with the app; removed by an administrator (install it with 'hta plugins install "
                        + code + "')";
            } else if (safeMode) {
                st = State.NOT_LOADED;
                reason = "safe mode: no jurisdiction plugin is loaded";
            } else {
                st = State.FAILED;
                reason = failures.getOrDefault(code, "could not be installed");
            }
            JarVerifier.Result r = trustOf(bj.getValue());
            result.put(code, new PluginInfo(code, v.name(), v.symbolicName(), v.version(), v.vendor(),
                    v.contractVersion(), Origin.BUNDLED, st, reason,
                    r.trust() == Trust.TRUSTED ? Trust.TRUSTED : Trust.BUNDLED, r.signer(), List.of(),
                    bj.getValue().toString()));
        }
        for (Entry e : s.entries().values()) {
            if (result.containsKey(e.code()) || e.origin() == Origin.BUNDLED || e.status() == Status.REMOVED) continue;
            State st = safeMode ? State.NOT_LOADED : State.FAILED;
            String reason = safeMode ? "safe mode: no jurisdiction plugin is loaded"
                    : failures.getOrDefault(e.code(), "could not be installed");
            result.put(e.code(), new PluginInfo(e.code(), e.symbolicName(), e.symbolicName(), e.version(), null, null,
                    e.origin(), st, reason, trustFromRecord(e), e.signer(), List.of(), e.source()));
        }
        List<PluginInfo> list = new ArrayList<>(result.values());
        list.sort(Comparator.comparing(PluginInfo::code));
        return list;
    }

    @Override
    public List<CatalogueEntry> catalogue() {
        List<RepositoryCatalogue.Unit> units;
        try {
            units = RepositoryCatalogue.read(repositoryDir);
        } catch (IOException e) {
            throw new PluginException("the plugin repository " + repositoryDir + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, PluginInfo> installed = new LinkedHashMap<>();
        for (PluginInfo p : plugins()) {
            if (p.state() != State.AVAILABLE) installed.put(p.code(), p);
        }
        List<CatalogueEntry> out = new ArrayList<>();
        for (RepositoryCatalogue.Unit u : units) {
            PluginInfo now = installed.get(u.code());
            String who = u.name() + " (" + u.code() + ") " + u.version();
            String incompatible = incompatibility(who, u.contract(), u.contractFilter() == null ? null
                    : CONTRACT_NAMESPACE + ";filter:=\"" + u.contractFilter() + "\"");
            CatalogueEntry.Offer offer;
            String note;
            if (u.jar() == null || !Files.isRegularFile(u.jar())) {
                offer = CatalogueEntry.Offer.UNAVAILABLE;
                note = "its artifact " + (u.jar() == null ? "" : u.jar().getFileName() + " ") + "is missing from the repository";
            } else if (incompatible != null) {
                offer = CatalogueEntry.Offer.UNAVAILABLE;
                note = incompatible;
            } else if (now == null) {
                offer = CatalogueEntry.Offer.INSTALL;
                note = "not installed";
            } else if (RepositoryCatalogue.version(u.version()).compareTo(RepositoryCatalogue.version(now.version())) > 0) {
                offer = CatalogueEntry.Offer.UPDATE;
                note = "replaces the installed version " + now.version();
            } else {
                offer = CatalogueEntry.Offer.INSTALLED;
                note = u.version().equals(now.version()) ? "installed" : "a newer version (" + now.version() + ") is installed";
            }
            out.add(new CatalogueEntry(u.code(), u.name(), u.version(), u.description(), u.provider(), u.contract(),
                    u.jar(), now == null ? null : now.version(), offer, note));
        }
        return out;
    }

    @Override
    public TrustPolicy interactivePolicy() {
        return interactive;
    }

    @Override
    public void setInteractivePolicy(TrustPolicy policy) {
        if (policy == null) throw new PluginException("a trust policy is required: refuse, ask or allow-unsigned");
        synchronized (lock) {
            TrustPolicy before = interactive;
            java.util.Properties p = new java.util.Properties();
            p.setProperty("interactive", policyWords(policy));
            Path file = policyFile();
            try {
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                    p.store(out, "trust policy of the Plugins view: refuse, ask or allow-unsigned");
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new PluginException("the trust policy cannot be saved to " + file + ": " + e.getMessage(), e);
            }
            interactive = policy;
            if (before != policy) {
                audit(new AuditEntry(Instant.now(), user(), "trust-policy", "-", "-", "preferences", "-", "done",
                        "the Plugins view's trust policy is now '" + policyWords(policy) + "' (was '"
                                + policyWords(before) + "')"));
            }
        }
    }

    private TrustPolicy readInteractivePolicy() {
        Path file = policyFile();
        if (!Files.isRegularFile(file)) return TrustPolicy.ASK;
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            event("-", true, "the trust policy " + file + " cannot be read (" + e.getMessage() + "); the Plugins view asks");
            return TrustPolicy.ASK;
        }
        String v = p.getProperty("interactive", "ask").trim();
        for (TrustPolicy t : TrustPolicy.values()) {
            if (policyWords(t).equals(v)) return t;
        }
        event("-", true, "the trust policy '" + v + "' in " + file + " is unknown (use refuse, ask or allow-unsigned);"
                + " the Plugins view asks");
        return TrustPolicy.ASK;
    }

    private Path policyFile() {
        return stateDir.resolve("policy.properties");
    }

    @Override
    public Verification verify(Path jar) {
        Path file = jar.toAbsolutePath().normalize();
        String label = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(file + " does not exist or is not a file");
            return new Verification(file, null, null, null, null, null, null, Trust.UNSIGNED, null,
                    label + " was not read", problems);
        }
        Manifest mf;
        try (JarFile jf = new JarFile(file.toFile(), false)) {
            mf = jf.getManifest();
        } catch (IOException e) {
            problems.add(label + " is not a readable jar: " + e.getMessage());
            return new Verification(file, null, null, null, null, null, null, Trust.UNSIGNED, null,
                    label + " was not read", problems);
        }
        if (mf == null) {
            problems.add(label + " has no manifest, so it is not an OSGi bundle");
            return new Verification(file, null, null, null, null, null, null, Trust.UNSIGNED, null,
                    label + " was not read", problems);
        }
        Attributes a = mf.getMainAttributes();
        String bsn = symbolicName(a.getValue(Constants.BUNDLE_SYMBOLICNAME));
        String name = a.getValue(Constants.BUNDLE_NAME);
        String version = a.getValue(Constants.BUNDLE_VERSION) == null ? "0.0.0" : a.getValue(Constants.BUNDLE_VERSION);
        String vendor = a.getValue(Constants.BUNDLE_VENDOR);
        if (bsn == null) problems.add(label + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        HeaderClauses.Clause cap = HeaderClauses.parse(a.getValue(Constants.PROVIDE_CAPABILITY)).stream()
                .filter(c -> c.namespace().equals(NAMESPACE)).findFirst().orElse(null);
        String code = cap == null ? null : (String) cap.attributes().get("code");
        String contract = cap == null || cap.attributes().get("contract") == null ? null
                : String.valueOf(cap.attributes().get("contract"));
        if (bsn != null && (cap == null || code == null)) {
            problems.add(label + " is not a jurisdiction plugin: its manifest declares no hta.jurisdiction capability"
                    + " with a code");
        }
        String who = (name != null ? name : bsn) + (code != null ? " (" + code + ")" : "") + " " + version;
        if (cap != null && code != null) {
            String incompatible = incompatibility(who, contract, a.getValue(Constants.REQUIRE_CAPABILITY));
            if (incompatible != null) problems.add(incompatible);
        }
        JarVerifier.Result r;
        try {
            r = verifier.verify(file);
        } catch (IOException e) {
            r = new JarVerifier.Result(Trust.UNSIGNED, null, label + " could not be read: " + e.getMessage());
            problems.add(r.detail());
        }
        if (r.trust() == Trust.TAMPERED) problems.add(0, r.detail());
        return new Verification(file, code, name, bsn, version, vendor, contract, r.trust(), r.signer(), r.detail(),
                List.copyOf(problems));
    }

    /** Why a plugin with these manifest headers cannot run on this workbench's contract, or {@code null}. */
    private String incompatibility(String who, String contract, String requireCapability) {
        List<Map<String, Object>> provided = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision rev = b.adapt(BundleRevision.class);
            if (rev == null) continue;
            for (BundleCapability c : rev.getDeclaredCapabilities(CONTRACT_NAMESPACE)) provided.add(c.getAttributes());
        }
        if (provided.isEmpty()) return "Incompatible: this installation provides no jurisdiction contract for " + who;
        List<String> hostVersions = provided.stream().map(m -> String.valueOf(m.get("version"))).distinct().toList();
        List<HeaderClauses.Clause> requirements = HeaderClauses.parse(requireCapability).stream()
                .filter(c -> c.namespace().equals(CONTRACT_NAMESPACE)).toList();
        if (requirements.isEmpty()) {
            return "Incompatible: " + who + " does not declare the jurisdiction contract it needs"
                    + " (Require-Capability " + CONTRACT_NAMESPACE + ")";
        }
        for (HeaderClauses.Clause req : requirements) {
            String filter = req.directives().get("filter");
            if (filter == null) continue;
            Filter f;
            try {
                f = FrameworkUtil.createFilter(filter);
            } catch (InvalidSyntaxException e) {
                return "Incompatible: " + who + " has an unreadable contract requirement " + filter;
            }
            if (provided.stream().noneMatch(f::matches)) {
                return "Incompatible: " + who + " implements jurisdiction contract " + (contract == null ? "?" : contract)
                        + " and requires " + filter + ", but this workbench provides contract "
                        + String.join(", ", hostVersions);
            }
        }
        if (contract != null) {
            try {
                int major = Version.parseVersion(contract).getMajor();
                boolean same = provided.stream().anyMatch(m -> m.get("version") instanceof Version v && v.getMajor() == major);
                if (!same) {
                    return "Incompatible: " + who + " implements jurisdiction contract " + contract
                            + ", but this workbench provides contract " + String.join(", ", hostVersions);
                }
            } catch (IllegalArgumentException e) {
                return "Incompatible: " + who + " declares an unreadable contract version '" + contract + "'";
            }
        }
        return null;
    }

    @Override
    public Plan plan(Plan.Action action, String target, TrustPolicy policy) {
        List<String> changes = new ArrayList<>();
        String refusal = null;
        boolean consent = false;
        Path bundledJar = action == Plan.Action.INSTALL && !Files.exists(Path.of(target)) ? bundled.get(target) : null;
        if (bundledJar != null) {
            // a bundled plugin by its code (offered after an administrator removed it)
            Verification v = verify(bundledJar);
            if (bundleFor(target) != null) refusal = "plugin '" + target + "' is already installed";
            else if (!v.installable()) refusal = v.summary();
            changes.add("check: " + v.trustDetail());
            changes.add("install the bundled plugin " + v.name() + " (" + target + ") " + v.version() + " from "
                    + bundledJar + " and start it");
            changes.add("record the change in the installation state and history; dossier files are not touched");
            return new Plan(action, target, List.copyOf(changes), refusal, false);
        }
        switch (action) {
            case INSTALL, UPDATE -> {
                Verification v = verify(Path.of(target));
                Bundle current = v.code() == null ? null : bundleFor(v.code());
                Entry e = v.code() == null ? null : state.get(v.code());
                boolean present = current != null || e != null && e.status() != Status.REMOVED && e.origin() != Origin.BUNDLED;
                if (!v.installable()) {
                    refusal = v.summary();
                } else if (action == Plan.Action.INSTALL && present) {
                    refusal = "plugin '" + v.code() + "' is already installed" + (current != null ? " (version "
                            + current.getVersion() + ")" : "") + "; use update";
                } else if (action == Plan.Action.UPDATE && !present && !bundled.containsKey(v.code())) {
                    refusal = "plugin '" + v.code() + "' is not installed; use install";
                } else if (!v.acceptedBy(policy)) {
                    if (policy == TrustPolicy.ASK) consent = true;
                    else refusal = v.trustDetail() + "; the trust policy refuses it";
                }
                changes.add("check: " + v.trustDetail());
                if (action == Plan.Action.UPDATE && current != null) {
                    VersionWarning.of(current.getVersion(), v.version()).ifPresent(changes::add);
                    changes.add("ask open editors of '" + v.code() + "' to save, then update " + current.getSymbolicName()
                            + " " + current.getVersion() + " to " + v.version() + " and refresh only that plugin");
                } else {
                    changes.add("install " + v.name() + " (" + v.code() + ") " + v.version() + " from " + v.file()
                            + " and start it");
                }
                changes.add("record the change in the installation state and history; dossier files are not touched");
            }
            case UNINSTALL -> {
                PluginInfo p = find(target);
                if (p == null || p.state() == State.AVAILABLE) {
                    refusal = "plugin '" + target + "' is not installed";
                } else {
                    changes.add("ask open editors of '" + target + "' to save, then stop and uninstall " + p.symbolicName()
                            + " " + p.version());
                    changes.add("refresh only " + p.symbolicName() + "; other plugins keep running");
                    changes.add(p.origin() == Origin.BUNDLED ? "it stays offered as a bundled plugin"
                            : p.origin() == Origin.WATCHED ? "delete its jar from the watched folder " + watchedDir
                            : "its stored copy is kept for the last known good set");
                    changes.add("dossier data of '" + target + "' stays in the workspace, unchanged");
                }
            }
            case ENABLE, DISABLE -> {
                PluginInfo p = find(target);
                if (p == null || p.state() == State.AVAILABLE) refusal = "plugin '" + target + "' is not installed";
                else changes.add((action == Plan.Action.ENABLE ? "start " : "stop ") + p.symbolicName() + " "
                        + p.version() + " and remember it as " + (action == Plan.Action.ENABLE ? "enabled" : "disabled"));
            }
            case RESTORE_LAST_GOOD -> {
                List<String> good = lastGood();
                if (!Files.exists(lastGoodFile())) refusal = "no last known good set of plugins is kept yet";
                else changes.add("return to: " + (good.isEmpty() ? "no plugins" : String.join(", ", good)));
            }
        }
        return new Plan(action, target, List.copyOf(changes), refusal, consent);
    }

    @Override
    public List<String> lastGood() {
        try {
            PluginState good = PluginState.read(lastGoodFile());
            List<String> out = new ArrayList<>();
            for (String code : new TreeSet<>(union(good, bundled.keySet()))) {
                Desired d = desired(good, code);
                if (d != null) out.add(code + " " + d.version() + (d.status() == Status.DISABLED ? " (disabled)" : ""));
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public List<AuditEntry> history() {
        return audit.read();
    }

    @Override
    public void exportHistory(Path file) throws IOException {
        audit.export(file);
    }

    @Override
    public List<PluginEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<PluginEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---------------------------------------------------------------- changing

    @Override
    public PluginInfo install(Path jar, TrustPolicy policy, Predicate<Verification> ask) {
        synchronized (lock) {
            Verification v = checked(jar, policy, ask, "install");
            Bundle current = bundleFor(v.code());
            Entry e = state.get(v.code());
            if (current != null || e != null && e.status() != Status.REMOVED && e.origin() != Origin.BUNDLED) {
                throw refuse("install", v, jar.toString(), "plugin '" + v.code() + "' is already installed"
                        + (current != null ? " (version " + current.getVersion() + ")" : "") + "; use update");
            }
            return installChecked(v, Origin.INSTALLED, v.file().toString(), "install");
        }
    }

    @Override
    public PluginInfo installBundled(String code) {
        synchronized (lock) {
            Path jar = bundled.get(code);
            if (jar == null) {
                throw new PluginException("no bundled plugin has the code '" + code + "'; bundled plugins: "
                        + String.join(", ", bundled.keySet()));
            }
            if (bundleFor(code) != null) throw new PluginException("plugin '" + code + "' is already installed");
            Verification v = verify(jar);
            if (!v.installable()) throw refuse("install", v, "bundled", v.summary());
            snapshotIfHealthy();
            Entry e = new Entry(code, Origin.BUNDLED, Status.ENABLED, null, "bundled", v.symbolicName(), v.version(),
                    v.signer(), null);
            return activate(v, e, jar, "install", "bundled: " + jar.getFileName());
        }
    }

    @Override
    public PluginInfo update(Path jar, TrustPolicy policy, Predicate<Verification> ask) {
        synchronized (lock) {
            Verification v = checked(jar, policy, ask, "update");
            Bundle current = bundleFor(v.code());
            Entry e = state.get(v.code());
            boolean known = current != null || e != null && e.status() != Status.REMOVED;
            if (!known) {
                throw refuse("update", v, jar.toString(), "plugin '" + v.code() + "' is not installed; use install");
            }
            askParticipants("update", v.code(), v);
            snapshotIfHealthy();
            Entry stored = store(v, Origin.INSTALLED, v.file().toString(), e != null && e.status() == Status.DISABLED
                    ? Status.DISABLED : Status.ENABLED);
            if (current != null && live()) {
                try (InputStream in = Files.newInputStream(Path.of(stored.jar()))) {
                    current.update(in);
                } catch (IOException | BundleException ex) {
                    String why = "the update of '" + v.code() + "' failed: " + rootMessage(ex);
                    record("update", v, stored.source(), "failed", why);
                    throw new PluginException(why, ex);
                }
                refresh(List.of(current));
                failures.remove(v.code());
                setState(state.with(stored));
                if (stored.status() == Status.ENABLED) start(current, v.code());
            } else {
                setState(state.with(stored));
                if (live()) {
                    Bundle b = installBundle(v, stored);
                    if (stored.status() == Status.ENABLED) start(b, v.code());
                }
            }
            String detail = failures.containsKey(v.code()) ? "updated, but " + failures.get(v.code())
                    : "updated to " + v.version() + (live() ? "" : " (loaded at the next normal start)");
            record("update", v, stored.source(), failures.containsKey(v.code()) ? "failed" : "done", detail);
            event(v.code(), failures.containsKey(v.code()), label(v) + ": " + detail);
            return find(v.code());
        }
    }

    @Override
    public void uninstall(String code) {
        synchronized (lock) {
            PluginInfo p = find(code);
            Entry e = state.get(code);
            if (p == null || p.state() == State.AVAILABLE) throw new PluginException("plugin '" + code + "' is not installed");
            askParticipants("uninstall", code, null);
            snapshotIfHealthy();
            Bundle b = bundleFor(code);
            if (b != null) {
                try {
                    b.uninstall();
                } catch (BundleException ex) {
                    String why = "the uninstall of '" + code + "' failed: " + rootMessage(ex);
                    audit(new AuditEntry(Instant.now(), user(), "uninstall", code, p.version(), p.source(), p.signer(),
                            "failed", why));
                    throw new PluginException(why, ex);
                }
                refresh(List.of(b));
            }
            failures.remove(code);
            String extra = "";
            if (p.origin() == Origin.BUNDLED || bundled.containsKey(code)) {
                setState(state.with(new Entry(code, Origin.BUNDLED, Status.REMOVED, null, "bundled", p.symbolicName(),
                        p.version(), p.signer(), null)));
                extra = "; it stays offered as a bundled plugin";
            } else {
                setState(state.without(code));
                if (e != null && e.origin() == Origin.WATCHED && e.source() != null) {
                    try {
                        Files.deleteIfExists(Path.of(e.source()));
                        extra = "; its jar was deleted from the watched folder";
                    } catch (IOException ex) {
                        extra = "; its jar could not be deleted from the watched folder: " + ex.getMessage();
                    }
                }
            }
            String detail = "uninstalled" + extra + "; dossier files were not touched";
            audit(new AuditEntry(Instant.now(), user(), "uninstall", code, p.version(), p.source(),
                    p.signer() == null ? "unsigned" : p.signer(), "done", detail));
            event(code, false, p.name() + " (" + code + ") " + detail);
        }
    }

    @Override
    public PluginInfo enable(String code) {
        return toggle(code, true);
    }

    @Override
    public PluginInfo disable(String code) {
        return toggle(code, false);
    }

    private PluginInfo toggle(String code, boolean on) {
        synchronized (lock) {
            PluginInfo p = find(code);
            if (p == null || p.state() == State.AVAILABLE) throw new PluginException("plugin '" + code + "' is not installed");
            if (!on) askParticipants("disable", code, null);
            snapshotIfHealthy();
            Entry e = state.get(code);
            if (e == null) {
                e = new Entry(code, Origin.BUNDLED, Status.ENABLED, null, "bundled", p.symbolicName(), p.version(),
                        p.signer(), null);
            }
            setState(state.with(e.withStatus(on ? Status.ENABLED : Status.DISABLED)));
            failures.remove(code);
            Bundle b = bundleFor(code);
            if (b == null && on && live()) {
                applyState(state);
                b = bundleFor(code);
            }
            if (b != null) {
                if (on) {
                    start(b, code);
                } else {
                    try {
                        b.stop();
                    } catch (BundleException ex) {
                        failures.put(code, "could not be stopped: " + rootMessage(ex));
                    }
                }
            }
            String action = on ? "enable" : "disable";
            boolean failed = failures.containsKey(code);
            String detail = failed ? failures.get(code) : (on ? "enabled" : "disabled") + (live() ? "" : " (safe mode)");
            audit(new AuditEntry(Instant.now(), user(), action, code, p.version(), p.source(),
                    p.signer() == null ? "unsigned" : p.signer(), failed ? "failed" : "done", detail));
            event(code, failed, p.name() + " (" + code + ") " + detail);
            return find(code);
        }
    }

    @Override
    public List<PluginInfo> restoreLastGood() {
        synchronized (lock) {
            PluginState good;
            try {
                if (!Files.exists(lastGoodFile())) throw new PluginException("no last known good set of plugins is kept yet");
                good = PluginState.read(lastGoodFile());
            } catch (IOException e) {
                throw new PluginException("the last known good set cannot be read: " + e.getMessage(), e);
            }
            for (String code : union(state, bundled.keySet())) {
                Desired now = desired(state, code);
                Desired then = desired(good, code);
                if (now != null && (then == null || !then.version().equals(now.version()))) {
                    askParticipants("restore", code, null);
                }
            }
            failures.clear();
            setState(good);
            applyState(good);
            String detail = "returned to the last known good set: " + String.join(", ", lastGood());
            audit(new AuditEntry(Instant.now(), user(), "restore-last-good", "-", "-", lastGoodFile().toString(), "-",
                    failures.isEmpty() ? "done" : "failed", detail));
            event("-", !failures.isEmpty(), detail);
            return plugins();
        }
    }

    @Override
    public <T> T call(String code, Duration timeout, Callable<T> work) {
        Future<T> f = calls.submit(work);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            String reason = "did not return within " + timeout.toMillis() + " ms";
            fail(code, reason);
            throw new PluginException(describe(code) + " " + reason + "; it was marked failed and stopped, the other"
                    + " plugins keep working");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            String reason = "threw " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
            fail(code, reason);
            throw new PluginException(describe(code) + " " + reason + "; it was marked failed and stopped", c);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginException("the call into plugin '" + code + "' was interrupted");
        }
    }

    /** Installs a jar dropped into the watched folder, through the same checks (called by File Install too). */
    void watchedInstall(Path file) {
        synchronized (lock) {
            Path f = file.toAbsolutePath().normalize();
            if (safeMode) {
                event("-", false, "safe mode: " + f.getFileName() + " in the watched folder is not loaded");
                return;
            }
            String sha = sha256(f);
            for (Entry e : state.entries().values()) {
                if (e.origin() == Origin.WATCHED && f.toString().equals(e.source())) {
                    if (sha != null && sha.equals(e.sha256())) return; // already installed from this file
                    watchedReplace(f, e);
                    return;
                }
            }
            Verification v = verify(f);
            try {
                if (!v.installable()) throw refuse("install", v, "watched folder: " + f, v.summary());
                if (!v.acceptedBy(watchedPolicy)) {
                    throw refuse("install", v, "watched folder: " + f, v.trustDetail()
                            + "; the trust policy of the watched folder refuses it");
                }
                Bundle current = bundleFor(v.code());
                if (current != null) {
                    throw refuse("install", v, "watched folder: " + f, "plugin '" + v.code()
                            + "' is already installed (version " + current.getVersion() + "); use 'hta plugins update'");
                }
                installChecked(v, Origin.WATCHED, f.toString(), "install");
            } catch (PluginException refused) {
                // recorded in the history and as an event; the folder watcher has no one to tell
            }
        }
    }

    private void watchedReplace(Path f, Entry old) {
        Verification v = verify(f);
        try {
            if (!v.installable() || !v.acceptedBy(watchedPolicy)) {
                throw refuse("update", v, "watched folder: " + f, v.installable() ? v.trustDetail()
                        + "; the trust policy of the watched folder refuses it" : v.summary());
            }
            if (!v.code().equals(old.code())) {
                watchedRemoved(f);
                watchedInstall(f);
                return;
            }
            update(f, watchedPolicy, null);
            Entry now = state.get(v.code());
            if (now != null) setState(state.with(new Entry(now.code(), Origin.WATCHED, now.status(), now.jar(),
                    f.toString(), now.symbolicName(), now.version(), now.signer(), now.sha256())));
        } catch (PluginException refused) {
            // recorded
        }
    }

    /** The jar was deleted from the watched folder: uninstall what was installed from it. */
    void watchedRemoved(Path file) {
        synchronized (lock) {
            Path f = file.toAbsolutePath().normalize();
            for (Entry e : List.copyOf(state.entries().values())) {
                if (e.origin() == Origin.WATCHED && f.toString().equals(e.source())) {
                    try {
                        uninstall(e.code());
                    } catch (PluginException refused) {
                        // a participant vetoed: stays installed, recorded
                    }
                }
            }
        }
    }

    Path watchedFolder() {
        return watchedDir;
    }

    boolean safeMode() {
        return safeMode;
    }

    // ---------------------------------------------------------------- steps

    /** Verification and trust, in that order; refusals are recorded and thrown. */
    private Verification checked(Path jar, TrustPolicy policy, Predicate<Verification> ask, String action) {
        Verification v = verify(jar);
        if (!v.installable()) throw refuse(action, v, jar.toString(), v.summary());
        if (!v.acceptedBy(policy)) {
            boolean yes = policy == TrustPolicy.ASK && ask != null && ask.test(v);
            if (!yes) {
                throw refuse(action, v, jar.toString(), v.trustDetail() + (policy == TrustPolicy.ASK
                        ? "; the administrator declined it" : "; the trust policy '" + policyWords(policy) + "' refuses it"));
            }
        }
        return v;
    }

    private PluginInfo installChecked(Verification v, Origin origin, String source, String action) {
        snapshotIfHealthy();
        Entry stored = store(v, origin, source, Status.ENABLED);
        Path jar = Path.of(stored.jar());
        return activate(v, stored, jar, action, source);
    }

    /** Installs, starts (unless safe mode) and records; a plugin that cannot resolve is rolled back. */
    private PluginInfo activate(Verification v, Entry entry, Path jar, String action, String source) {
        if (!live()) {
            setState(state.with(entry));
            record(action, v, source, "done", "recorded; loaded at the next start without --safe-mode");
            return find(v.code());
        }
        Bundle b;
        try {
            b = context.installBundle(jar.toUri().toString());
        } catch (BundleException e) {
            throw refuse(action, v, source, label(v) + " could not be installed: " + rootMessage(e));
        }
        PluginState before = state;
        setState(state.with(entry)); // recorded before it starts, so nobody sees it without its origin
        String unresolved = null;
        try {
            b.start();
        } catch (BundleException e) {
            if (e.getType() == BundleException.RESOLVE_ERROR || b.getState() == Bundle.INSTALLED) {
                unresolved = rootMessage(e);
            } else {
                failures.put(v.code(), "threw on start: " + rootMessage(e));
            }
        } catch (RuntimeException e) {
            failures.put(v.code(), "threw on start: " + rootMessage(e));
        }
        if (unresolved != null) {
            try {
                b.uninstall();
                refresh(List.of(b));
            } catch (BundleException ignored) {
                // it never resolved, nothing else is wired to it
            }
            setState(before);
            throw refuse(action, v, source, label(v) + " cannot run here: " + unresolved);
        }
        String failure = failures.get(v.code());
        String detail = failure == null ? "installed and started" : "installed, but it " + failure;
        record(action, v, source, failure == null ? "done" : "failed", detail);
        event(v.code(), failure != null, label(v) + ": " + detail);
        return find(v.code());
    }

    /** Copies the jar into the state folder (its name carries its digest), so the source may go away. */
    private Entry store(Verification v, Origin origin, String source, Status status) {
        String sha = sha256(v.file());
        if (sha == null) throw new PluginException("cannot read " + v.file());
        Path dir = stateDir.resolve("jars");
        Path target = dir.resolve(v.symbolicName() + "_" + v.version() + "_" + sha.substring(0, 12) + ".jar");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(target)) {
                Path tmp = dir.resolve(target.getFileName() + ".tmp");
                Files.copy(v.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PluginException("cannot keep a copy of " + v.file().getFileName() + " in " + dir + ": "
                    + e.getMessage(), e);
        }
        return new Entry(v.code(), origin, status, target.toString(), source, v.symbolicName(), v.version(),
                v.signer(), sha);
    }

    private Bundle installBundle(Verification v, Entry e) {
        try {
            return context.installBundle(Path.of(e.jar()).toUri().toString());
        } catch (BundleException ex) {
            throw new PluginException(label(v) + " could not be installed: " + rootMessage(ex), ex);
        }
    }

    private void start(Bundle b, String code) {
        try {
            b.start();
            failures.remove(code);
        } catch (BundleException | RuntimeException e) {
            String why = b.getState() == Bundle.INSTALLED ? "cannot resolve: " + rootMessage(e)
                    : "threw on start: " + rootMessage(e);
            failures.put(code, why);
            event(code, true, describe(code) + " " + why);
        }
    }

    private void askParticipants(String action, String code, Verification v) {
        Collection<ServiceReference<RemovalParticipant>> refs;
        try {
            refs = context.getServiceReferences(RemovalParticipant.class, null);
        } catch (InvalidSyntaxException e) {
            return;
        }
        for (ServiceReference<RemovalParticipant> ref : refs) {
            RemovalParticipant p = context.getService(ref);
            if (p == null) continue;
            try {
                Optional<String> veto = p.beforeRemoval(code);
                if (veto.isPresent()) {
                    String why = "the " + action + " of '" + code + "' was stopped: " + veto.get();
                    audit(new AuditEntry(Instant.now(), user(), action, code, v == null ? "-" : v.version(), "-", "-",
                            "refused", why));
                    throw new PluginException(why);
                }
            } finally {
                context.ungetService(ref);
            }
        }
    }

    /** Brings the framework in line with a state: used at start-up and to restore the last known good set. */
    private void applyState(PluginState target) {
        Set<String> codes = union(target, bundled.keySet());
        for (Bundle b : context.getBundles()) {
            Map<String, Object> cap = capability(b);
            if (cap != null) codes.add(String.valueOf(cap.get("code")));
        }
        for (String code : new TreeSet<>(codes)) {
            Desired d = desired(target, code);
            Bundle b = bundleFor(code);
            if (d == null || safeMode) {
                if (b != null) {
                    try {
                        b.uninstall();
                        refresh(List.of(b));
                    } catch (BundleException e) {
                        failures.put(code, "could not be uninstalled: " + rootMessage(e));
                    }
                }
                continue;
            }
            if (b != null && !(b.getSymbolicName().equals(d.symbolicName()) && b.getVersion().toString().equals(d.version()))) {
                try {
                    b.uninstall();
                    refresh(List.of(b));
                } catch (BundleException e) {
                    failures.put(code, "could not be replaced: " + rootMessage(e));
                    continue;
                }
                b = null;
            }
            if (b == null) {
                if (d.entry() != null && d.entry().origin() != Origin.BUNDLED) {
                    String problem = storedCopyProblem(d.entry());
                    if (problem != null) {
                        failures.put(code, problem);
                        event(code, true, "plugin '" + code + "' was not loaded: " + problem);
                        continue;
                    }
                }
                try {
                    b = context.installBundle(d.jar().toUri().toString());
                } catch (BundleException e) {
                    failures.put(code, "could not be installed: " + rootMessage(e));
                    event(code, true, "plugin '" + code + "' could not be installed: " + rootMessage(e));
                    continue;
                }
            }
            if (d.status() == Status.ENABLED) {
                start(b, code);
            } else if (b.getState() == Bundle.ACTIVE) {
                try {
                    b.stop();
                } catch (BundleException e) {
                    failures.put(code, "could not be stopped: " + rootMessage(e));
                }
            }
        }
    }

    /** A stored copy that went missing or changed since it was installed is not loaded. */
    private String storedCopyProblem(Entry e) {
        if (e.jar() == null || !Files.isRegularFile(Path.of(e.jar()))) {
            return "its stored copy " + e.jar() + " is missing";
        }
        String sha = sha256(Path.of(e.jar()));
        if (e.sha256() != null && !e.sha256().equals(sha)) {
            return "its stored copy " + e.jar() + " was changed after it was installed";
        }
        try {
            JarVerifier.Result r = verifier.verify(Path.of(e.jar()));
            if (r.trust() == Trust.TAMPERED) return r.detail();
        } catch (IOException ex) {
            return "its stored copy cannot be read: " + ex.getMessage();
        }
        return null;
    }

    /** What should be installed for a code under a state: {@code null} when nothing. */
    private record Desired(Path jar, String symbolicName, String version, Status status, Entry entry) {
    }

    private Desired desired(PluginState s, String code) {
        Entry e = s.get(code);
        if (e != null && e.status() == Status.REMOVED) return null;
        if (e != null && e.origin() != Origin.BUNDLED) {
            return e.jar() == null ? null : new Desired(Path.of(e.jar()), e.symbolicName(), e.version(), e.status(), e);
        }
        Path jar = bundled.get(code);
        if (jar == null) return null;
        Verification v = quickInfo(jar);
        return new Desired(jar, v.symbolicName(), v.version(), e == null ? Status.ENABLED : e.status(), e);
    }

    private void syncWatchedFolder() {
        if (!Files.isDirectory(watchedDir)) {
            try {
                Files.createDirectories(watchedDir);
            } catch (IOException e) {
                event("-", true, "the watched folder " + watchedDir + " cannot be created: " + e.getMessage());
            }
        }
        for (Entry e : List.copyOf(state.entries().values())) {
            if (e.origin() == Origin.WATCHED && (e.source() == null || !Files.exists(Path.of(e.source())))) {
                watchedRemoved(Path.of(e.source() == null ? "" : e.source()));
            }
        }
        if (safeMode || !Files.isDirectory(watchedDir)) return;
        try (Stream<Path> s = Files.list(watchedDir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                watchedInstall(jar);
            }
        } catch (IOException e) {
            event("-", true, "the watched folder " + watchedDir + " cannot be read: " + e.getMessage());
        }
    }

    private void fail(String code, String reason) {
        failures.put(code, reason);
        event(code, true, describe(code) + " " + reason);
        Bundle b = bundleFor(code);
        if (b != null) {
            // stopped on another thread: the caller (e.g. the UI) must not wait for a plugin that already hangs
            Thread t = new Thread(() -> {
                try {
                    b.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException ignored) {
                    // already gone
                }
            }, "hta-plugin-stop-" + code);
            t.setDaemon(true);
            t.start();
        }
    }

    /** Refreshes exactly these bundles (and what is wired to them) and waits until the framework is done. */
    private void refresh(List<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> done.countDown());
        try {
            if (!done.await(REFRESH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                event("-", true, "refreshing " + bundles + " took longer than " + REFRESH_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void snapshotIfHealthy() {
        if (failures.isEmpty()) saveLastGood();
    }

    private void saveLastGood() {
        try {
            state.write(lastGoodFile());
        } catch (IOException e) {
            event("-", true, "the last known good set cannot be saved: " + e.getMessage());
        }
    }

    private void setState(PluginState s) {
        try {
            s.write(stateFile());
        } catch (IOException e) {
            throw new PluginException("the plugin state cannot be saved to " + stateFile() + ": " + e.getMessage(), e);
        }
        state = s;
        pruneStore();
    }

    /** Deletes stored copies that neither the state nor the last known good set refers to. */
    private void pruneStore() {
        Path dir = stateDir.resolve("jars");
        if (!Files.isDirectory(dir)) return;
        Set<String> keep = new HashSet<>();
        state.entries().values().forEach(e -> keep.add(e.jar()));
        try {
            PluginState.read(lastGoodFile()).entries().values().forEach(e -> keep.add(e.jar()));
        } catch (IOException e) {
            return; // without the last known good set, keep everything
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                if (!keep.contains(jar.toString())) Files.deleteIfExists(jar);
            }
        } catch (IOException e) {
            // a copy in use or unreadable folder: tried again at the next change
        }
    }

    private PluginException refuse(String action, Verification v, String source, String why) {
        record(action, v, source, "refused", why);
        event(v.code() == null ? "-" : v.code(), false, "refused: " + why);
        return new PluginException(why);
    }

    private void record(String action, Verification v, String source, String outcome, String detail) {
        audit(new AuditEntry(Instant.now(), user(), action, v.code() == null ? "-" : v.code(),
                v.version() == null ? "-" : v.version(), source, v.signer() == null ? "unsigned" : v.signer(), outcome,
                detail));
    }

    private void audit(AuditEntry e) {
        audit.append(e);
    }

    private void event(String code, boolean failure, String message) {
        PluginEvent e = new PluginEvent(Instant.now(), code, failure, message);
        synchronized (events) {
            events.addLast(e);
            while (events.size() > EVENTS_KEPT) events.removeFirst();
        }
        for (Consumer<PluginEvent> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ignored) {
                // a listener's failure must not stop the operation
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean live() {
        return !safeMode;
    }

    private PluginInfo find(String code) {
        return plugins().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    private String describe(String code) {
        PluginInfo p = find(code);
        return p == null ? "plugin '" + code + "'" : p.name() + " (" + code + ") " + p.version();
    }

    private static String label(Verification v) {
        return (v.name() != null ? v.name() : v.symbolicName()) + " (" + v.code() + ") " + v.version();
    }

    Bundle bundleFor(String code) {
        for (Bundle b : context.getBundles()) {
            Map<String, Object> cap = capability(b);
            if (cap != null && code.equals(String.valueOf(cap.get("code")))) return b;
        }
        return null;
    }

    private static Map<String, Object> capability(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        if (revision == null) return null;
        List<BundleCapability> caps = revision.getDeclaredCapabilities(NAMESPACE);
        return caps.isEmpty() ? null : caps.get(0).getAttributes();
    }

    private boolean isBundledLocation(Bundle b) {
        return bundled.values().stream().anyMatch(p -> p.toUri().toString().equals(b.getLocation()));
    }

    /**
     * A declarative-services component of the bundle that threw while activating: the bundle itself is active,
     * but it contributes nothing. Read from Felix SCR's runtime service when it is there.
     */
    private String componentFailure(Bundle b) {
        ServiceReference<ServiceComponentRuntime> ref;
        try {
            ref = context.getServiceReference(ServiceComponentRuntime.class);
        } catch (NoClassDefFoundError e) {
            return null; // no SCR runtime API: nothing to ask
        }
        if (ref == null) return null;
        ServiceComponentRuntime scr = context.getService(ref);
        if (scr == null) return null;
        try {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        String failure = c.failure == null ? "" : c.failure.lines().findFirst().orElse("");
                        return "component " + d.name + " threw on activation: " + failure;
                    }
                }
            }
            return null;
        } finally {
            context.ungetService(ref);
        }
    }

    private static List<String> contributions(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs == null) return List.of();
        Set<String> out = new TreeSet<>();
        for (ServiceReference<?> r : refs) {
            for (String cls : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                out.add(cls.substring(cls.lastIndexOf('.') + 1) + " service");
            }
        }
        return List.copyOf(out);
    }

    private static State state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> State.ACTIVE;
            case Bundle.STARTING -> State.STARTING;
            case Bundle.STOPPING -> State.STOPPING;
            case Bundle.RESOLVED -> State.RESOLVED;
            default -> State.INSTALLED;
        };
    }

    /**
     * The trust of an administrator-installed plugin: its stored copy (named by its digest, so it never changes) is
     * checked once per run against the trust store, so a plugin accepted from an unknown signer under
     * "allow unsigned" is shown as such, not as trusted.
     */
    private Trust trustFromRecord(Entry e) {
        if (e.jar() != null && Files.isRegularFile(Path.of(e.jar()))) return trustOf(Path.of(e.jar())).trust();
        return e.signer() == null ? Trust.UNSIGNED : Trust.UNTRUSTED_SIGNER;
    }

    private JarVerifier.Result trustOf(Path jar) {
        String key = jar.toString();
        return trustCache.computeIfAbsent(key, k -> {
            try {
                return verifier.verify(jar);
            } catch (IOException e) {
                return new JarVerifier.Result(Trust.UNSIGNED, null, e.getMessage());
            }
        });
    }

    /** Manifest identity only, without the signature check (for bundled jars, read once). */
    private Verification quickInfo(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Attributes a = jf.getManifest().getMainAttributes();
            HeaderClauses.Clause cap = HeaderClauses.parse(a.getValue(Constants.PROVIDE_CAPABILITY)).stream()
                    .filter(c -> c.namespace().equals(NAMESPACE)).findFirst().orElse(null);
            return new Verification(jar, cap == null ? null : (String) cap.attributes().get("code"),
                    a.getValue(Constants.BUNDLE_NAME), symbolicName(a.getValue(Constants.BUNDLE_SYMBOLICNAME)),
                    a.getValue(Constants.BUNDLE_VERSION), a.getValue(Constants.BUNDLE_VENDOR),
                    cap == null ? null : String.valueOf(cap.attributes().get("contract")), Trust.BUNDLED, null, "",
                    List.of());
        } catch (IOException | RuntimeException e) {
            return new Verification(jar, null, null, null, null, null, null, Trust.UNSIGNED, null, "",
                    List.of(jar.getFileName() + " cannot be read: " + e.getMessage()));
        }
    }

    private Map<String, Path> scanBundled() {
        Map<String, Path> out = new LinkedHashMap<>();
        if (bundledDir == null || !Files.isDirectory(bundledDir)) return out;
        try (Stream<Path> s = Files.list(bundledDir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                Verification v = quickInfo(jar);
                if (v.code() != null) out.put(v.code(), jar.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            event("-", true, "the bundled plugins in " + bundledDir + " cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static Set<String> union(PluginState s, Collection<String> more) {
        Set<String> codes = new HashSet<>(s.entries().keySet());
        codes.addAll(more);
        return codes;
    }

    private static String symbolicName(String header) {
        if (header == null) return null;
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static String policyWords(TrustPolicy p) {
        return p.name().toLowerCase().replace('_', '-');
    }

    private static String user() {
        return System.getProperty("user.name", "unknown");
    }

    private Path stateFile() {
        return stateDir.resolve("state.properties");
    }

    private Path lastGoodFile() {
        return stateDir.resolve("last-good.properties");
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }
}
