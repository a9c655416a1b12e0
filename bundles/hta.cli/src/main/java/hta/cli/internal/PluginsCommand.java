package hta.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.json.DossierJson;
import hta.plugins.AuditEntry;
import hta.plugins.CatalogueEntry;
import hta.plugins.Plan;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import hta.plugins.UpdateOption;
import hta.plugins.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hta plugins}: administer jurisdiction plugins without the workbench. Every change is checked (trust,
 * compatibility) before anything is installed, recorded in the installation history, and kept across restarts.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "Administer jurisdiction plugins.",
        footer = {"", "Trust: plugins must be signed by a certificate whose chain leads to the installation's trust"
                + " store ('hta plugins trust add CERT' adds one); --policy allow-unsigned also accepts unsigned plugins and unknown signers. A jar changed after"
                + " signing, or signed with a chain that does not check out, is always refused.",
                "A plugin that ends the process, hangs or throws is quarantined; 'hta plugins enable CODE' re-enables it."})
@Subcommands({PluginsCommand.ListPlugins.class, PluginsCommand.Catalogue.class, PluginsCommand.Install.class,
        PluginsCommand.Update.class, PluginsCommand.Uninstall.class, PluginsCommand.Enable.class,
        PluginsCommand.Disable.class, PluginsCommand.Verify.class, PluginsCommand.History.class,
        PluginsCommand.RestoreLastGood.class, PluginsTrustCommand.class})
final class PluginsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a plugins command is required");
    }

    /** Runs a change, turning a refusal into one line on stderr and exit code 1. */
    static <T> T change(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), 1);
        }
    }

    static int printPlan(Services services, Plan plan) {
        services.out().println("Dry run: " + plan.action().name().toLowerCase().replace('_', '-') + " " + plan.target());
        for (String c : plan.changes()) services.out().println("  - " + Shown.line(c));
        if (plan.refusal() != null) {
            services.out().println("Would be refused: " + Shown.line(plan.refusal()));
            return 1;
        }
        if (plan.needsConsent()) services.out().println("Needs the administrator's consent.");
        services.out().println("Nothing was changed.");
        return 0;
    }

    static void printInfo(Services services, String verb, PluginInfo p) {
        services.out().println(verb + ": " + Shown.line(p.name()) + " (" + Shown.line(p.code()) + ") " + Shown.line(p.version())
                + ", " + p.state().name().toLowerCase().replace('_', ' ') + (p.reason() == null ? "" : " (" + Shown.line(p.reason()) + ")"));
    }

    /**
     * The shape every plugins subcommand shares: the services picocli's factory hands in, the dry run of a change
     * and the JSON array of a listing. Each subcommand keeps a constructor taking {@link Services}, which the
     * factory looks for.
     */
    abstract static class Subcommand implements Callable<Integer> {
        final Services services;

        Subcommand(Services services) {
            this.services = services;
        }

        /** Prints what {@code action} on {@code target} would change, changing nothing. */
        int dryRun(Plan.Action action, String target) {
            return printPlan(services, services.plugins().plan(action, target, TrustPolicy.REFUSE));
        }

        /** Prints {@code items} as a JSON array, one object per item filled by {@code fill}. */
        <T> void printJson(List<T> items, BiConsumer<T, ObjectNode> fill) throws JsonProcessingException {
            ObjectMapper m = DossierJson.mapper();
            ArrayNode list = m.createArrayNode();
            for (T item : items) fill.accept(item, list.addObject());
            services.out().println(m.writeValueAsString(list));
        }
    }

    /** {@code hta plugins list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List jurisdiction plugins with code, name, version, signer and state.")
    static final class ListPlugins extends Subcommand {
        @Option(names = "--json", description = "print JSON instead of a table")
        boolean json;

        ListPlugins(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            List<PluginInfo> plugins = services.plugins().plugins();
            if (json) {
                printJson(plugins, (p, n) -> {
                    n.put("code", p.code()).put("name", p.name())
                            .put("bundle", p.symbolicName()).put("version", p.version()).put("vendor", p.vendor())
                            .put("contract", p.contractVersion()).put("origin", p.origin().name().toLowerCase())
                            .put("state", p.state().name().toLowerCase()).put("reason", p.reason())
                            .put("trust", p.trust().name().toLowerCase()).put("signer", p.signer())
                            .put("source", p.source());
                    p.contributions().forEach(n.putArray("contributions")::add);
                });
            } else {
                services.out().printf("%-6s %-40s %-20s %-10s %-28s %s%n", "CODE", "NAME", "VERSION", "ORIGIN", "SIGNER",
                        "STATE");
                for (PluginInfo p : plugins) {
                    services.out().printf("%-6s %-40s %-20s %-10s %-28s %s%s%n", Shown.line(p.code()), Shown.line(p.name()),
                            Shown.line(p.version()), p.origin().name().toLowerCase(),
                            p.signer() == null ? "(unsigned)" : Shown.line(p.signer()),
                            p.state().name().toLowerCase().replace('_', ' '),
                            p.reason() == null ? "" : " (" + Shown.line(p.reason()) + ")");
                }
            }
            return 0;
        }
    }

    /** Options shared by install and update. */
    abstract static class JarChange extends Subcommand {
        @Parameters(index = "0", paramLabel = "JAR|CODE", description = "the plugin jar, or a code of the plugin repository")
        String jar;

        @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "refuse",
                description = "refuse (default) or allow-unsigned")
        String policy;

        @Option(names = "--dry-run", description = "show what would change, change nothing")
        boolean dryRun;

        JarChange(Services services) {
            super(services);
        }

        TrustPolicy policy() {
            return switch (policy) {
                case "refuse" -> TrustPolicy.REFUSE;
                case "allow-unsigned" -> TrustPolicy.ALLOW_UNSIGNED;
                default -> throw new CommandFailure("unknown --policy '" + policy + "': use refuse or allow-unsigned", 2);
            };
        }
    }

    /**
     * The jar an argument names: a jar file, or a code: the plugin repository's version when it is newer than
     * the bundled one (or there is no bundled one), otherwise {@code null} (the bundled plugin).
     */
    static Path resolve(PluginManager pm, String arg, boolean update) {
        Path path = Path.of(arg);
        if (Files.exists(path)) return path.toAbsolutePath();
        if (arg.endsWith(".jar") || arg.contains("/")) {
            throw new CommandFailure("there is no file " + path.toAbsolutePath() + " (no such file or folder)", 2);
        }
        List<CatalogueEntry> catalogue;
        try {
            catalogue = pm.catalogue();
        } catch (PluginException unreadable) {
            boolean bundled = pm.plugins().stream().anyMatch(p -> p.code().equals(arg) && p.origin() == PluginInfo.Origin.BUNDLED);
            if (update || !bundled) throw new CommandFailure(unreadable.getMessage(), 1);
            return null; // the repository is broken, the app still has the plugin: install the bundled one
        }
        CatalogueEntry entry = catalogue.stream().filter(e -> e.code().equals(arg)).findFirst().orElse(null);
        if (update) {
            if (entry == null) {
                throw new CommandFailure("the plugin repository offers no plugin with the code '" + arg + "'", 1);
            }
            if (entry.offer() != CatalogueEntry.Offer.UPDATE) {
                throw new CommandFailure("the plugin repository offers no update of '" + arg + "': " + entry.version()
                        + " " + entry.note(), 1);
            }
            return entry.jar();
        }
        if (entry != null && entry.offer() == CatalogueEntry.Offer.INSTALL) {
            boolean bundledSame = change(pm::plugins).stream().anyMatch(p -> p.code().equals(arg)
                    && p.origin() == PluginInfo.Origin.BUNDLED && p.version().equals(entry.version()));
            return bundledSame ? null : entry.jar();
        }
        if (entry != null && entry.offer() == CatalogueEntry.Offer.UNAVAILABLE) {
            throw new CommandFailure("'" + arg + "' cannot be installed from the plugin repository: " + entry.note(), 1);
        }
        return null;
    }

    /** {@code hta plugins install JAR|CODE}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Install a jurisdiction plugin from a jar, or by its code from the plugin repository"
                    + " (a removed bundled plugin comes back from the app).")
    static final class Install extends JarChange {
        Install(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            PluginManager pm = services.plugins();
            TrustPolicy p = policy();
            Path path = resolve(pm, jar, false);
            if (dryRun) {
                return printPlan(services, pm.plan(Plan.Action.INSTALL, path == null ? jar : path.toString(), p));
            }
            PluginInfo info = change(() -> path == null ? pm.installBundled(jar) : pm.install(path, p, null));
            printInfo(services, "Installed", info);
            return info.state() == PluginInfo.State.FAILED ? 1 : 0;
        }
    }

    /** {@code hta plugins update JAR|CODE}. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Replace an installed plugin (same code) by the jar's newer version, or by the newer version"
                    + " the plugin repository offers for a code. An older version, or another bundle declaring the same"
                    + " code, is refused unless asked for.")
    static final class Update extends JarChange {
        @Option(names = "--allow-downgrade", description = "accept a version older than the installed one")
        boolean allowDowngrade;

        @Option(names = "--replace", description = "accept another bundle that declares the same code, or another signer")
        boolean replace;

        Update(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            PluginManager pm = services.plugins();
            Path path = resolve(pm, jar, true);
            TrustPolicy p = policy();
            Set<UpdateOption> options = EnumSet.noneOf(UpdateOption.class);
            if (allowDowngrade) options.add(UpdateOption.ALLOW_DOWNGRADE);
            if (replace) options.add(UpdateOption.REPLACE);
            if (dryRun) return printPlan(services, pm.plan(Plan.Action.UPDATE, path.toString(), p, options));
            PluginInfo info = change(() -> pm.update(path, p, null, options));
            printInfo(services, "Updated", info);
            return info.state() == PluginInfo.State.FAILED ? 1 : 0;
        }
    }

    /** {@code hta plugins catalogue}. */
    @Command(name = "catalogue", mixinStandardHelpOptions = true,
            description = "List what the plugin repository offers: code, name, version, description, and whether it"
                    + " can be installed or updated here.")
    static final class Catalogue extends Subcommand {
        @Option(names = "--json", description = "print JSON instead of a table")
        boolean json;

        Catalogue(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            List<CatalogueEntry> entries = change(() -> services.plugins().catalogue());
            if (json) {
                printJson(entries, (e, n) -> n.put("code", e.code()).put("name", e.name()).put("version", e.version())
                        .put("description", e.description()).put("vendor", e.vendor())
                        .put("contract", e.contractVersion()).put("installed", e.installedVersion())
                        .put("offer", e.offer().name().toLowerCase()).put("note", e.note())
                        .put("jar", e.jar() == null ? null : e.jar().toString()));
            } else if (entries.isEmpty()) {
                services.out().println("The plugin repository offers no jurisdiction plugin.");
            } else {
                services.out().printf("%-6s %-40s %-20s %-11s %s%n", "CODE", "NAME", "VERSION", "OFFER", "DESCRIPTION");
                for (CatalogueEntry e : entries) {
                    services.out().printf("%-6s %-40s %-20s %-11s %s%n", Shown.line(e.code()), Shown.line(e.name()),
                            Shown.line(e.version()), e.offer().name().toLowerCase(), Shown.line((e.description() == null ? ""
                                    : e.description()) + (e.offer() == CatalogueEntry.Offer.INSTALL ? "" : " [" + e.note() + "]")));
                }
            }
            return 0;
        }
    }

    /** Options shared by the commands that take a code. */
    abstract static class CodeChange extends Subcommand {
        @Parameters(index = "0", paramLabel = "CODE", description = "the jurisdiction code, e.g. no")
        String code;

        @Option(names = "--dry-run", description = "show what would change, change nothing")
        boolean dryRun;

        CodeChange(Services services) {
            super(services);
        }
    }

    /** {@code hta plugins uninstall CODE}. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Uninstall a plugin. Dossier files are never touched; a bundled plugin stays offered.")
    static final class Uninstall extends CodeChange {
        Uninstall(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (dryRun) return dryRun(Plan.Action.UNINSTALL, code);
            change(() -> {
                services.plugins().uninstall(code);
                return null;
            });
            services.out().println("Uninstalled '" + code + "'; dossier files were not touched.");
            return 0;
        }
    }

    /** {@code hta plugins enable CODE}. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Start a disabled or failed plugin.")
    static final class Enable extends CodeChange {
        Enable(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (dryRun) return dryRun(Plan.Action.ENABLE, code);
            PluginInfo info = change(() -> services.plugins().enable(code));
            printInfo(services, "Enabled", info);
            return info.state() == PluginInfo.State.FAILED ? 1 : 0;
        }
    }

    /** {@code hta plugins disable CODE}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Switch a plugin off without uninstalling it; stays off across restarts.")
    static final class Disable extends CodeChange {
        Disable(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (dryRun) return dryRun(Plan.Action.DISABLE, code);
            PluginInfo info = change(() -> services.plugins().disable(code));
            printInfo(services, "Disabled", info);
            return 0;
        }
    }

    /** {@code hta plugins verify JAR}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a plugin jar (manifest, contract compatibility, signature) without installing it."
                    + " Exit code 0 when the default policy would accept it, 1 otherwise.")
    static final class Verify extends Subcommand {
        @Parameters(index = "0", paramLabel = "JAR", description = "the plugin jar")
        String jar;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        Verify(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            Verification v = services.plugins().verify(Path.of(jar));
            boolean ok = v.acceptedBy(TrustPolicy.REFUSE);
            if (json) {
                ObjectMapper m = DossierJson.mapper();
                ObjectNode n = m.createObjectNode().put("file", v.file().toString()).put("code", v.code())
                        .put("name", v.name()).put("bundle", v.symbolicName()).put("version", v.version())
                        .put("vendor", v.vendor()).put("contract", v.contractVersion())
                        .put("trust", v.trust().name().toLowerCase()).put("signer", v.signer())
                        .put("trustDetail", v.trustDetail()).put("installable", v.installable()).put("accepted", ok);
                v.problems().forEach(n.putArray("problems")::add);
                services.out().println(m.writeValueAsString(n));
            } else {
                services.out().println(Shown.line(v.file().getFileName()) + ": " + (v.name() == null ? "?" : Shown.line(v.name()))
                        + (v.code() == null ? "" : " (" + Shown.line(v.code()) + ")") + " "
                        + (v.version() == null ? "" : Shown.line(v.version())));
                services.out().println("  signature: " + Shown.line(v.trustDetail()));
                if (v.contractVersion() != null) services.out().println("  contract:  " + Shown.line(v.contractVersion()));
                for (String p : v.problems()) services.out().println("  refused:   " + Shown.line(p));
                services.out().println(ok ? "  accepted under the default policy (refuse)"
                        : v.installable() ? "  refused under the default policy (refuse); --policy allow-unsigned accepts it"
                        : "  cannot be installed");
            }
            return ok ? 0 : 1;
        }
    }

    /** {@code hta plugins history}. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Show the installation history: who, what, when, from where, signer.")
    static final class History extends Subcommand {
        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Option(names = "--out", paramLabel = "FILE", description = "export to FILE (JSON when it ends in .json, else CSV)")
        String out;

        History(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            if (out != null) {
                Path file = Path.of(out);
                if (out.isEmpty() || out.endsWith("/") || Files.isDirectory(file)) {
                    throw new CommandFailure("--out " + out + " is a folder; give the file to write, e.g. "
                            + file.resolve("history.csv"), 2);
                }
                try {
                    services.plugins().exportHistory(file);
                } catch (PluginException | java.io.IOException e) {
                    throw new CommandFailure(e.getMessage(), 1);
                }
                services.out().println("History written to " + file.toAbsolutePath());
                return 0;
            }
            List<AuditEntry> entries = services.plugins().history();
            if (json) {
                printJson(entries, (e, n) -> n.put("time", e.time().toString()).put("user", e.user())
                        .put("action", e.action()).put("code", e.code()).put("version", e.version())
                        .put("source", e.source()).put("signer", e.signer()).put("outcome", e.outcome())
                        .put("detail", e.detail()));
            } else {
                for (AuditEntry e : entries) {
                    services.out().println(e.time() + "  " + Shown.line(e.user()) + "  " + e.action() + " " + Shown.line(e.code())
                            + " " + Shown.line(e.version()) + "  " + e.outcome() + "  from " + Shown.line(e.source())
                            + ", signer " + Shown.line(e.signer()) + ": " + Shown.line(e.detail()));
                }
                if (entries.isEmpty()) services.out().println("No plugin changes recorded yet.");
            }
            return 0;
        }
    }

    /** {@code hta plugins restore-last-good}. */
    @Command(name = "restore-last-good", mixinStandardHelpOptions = true,
            description = "Return to the last known good set of plugins (the set before the last change made while"
                    + " all plugins worked).")
    static final class RestoreLastGood extends Subcommand {
        @Option(names = "--dry-run", description = "show what would change, change nothing")
        boolean dryRun;

        RestoreLastGood(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (dryRun) return dryRun(Plan.Action.RESTORE_LAST_GOOD, "");
            List<PluginInfo> now = change(() -> services.plugins().restoreLastGood());
            services.out().println("Restored the last known good set of plugins:");
            for (PluginInfo p : now) printInfo(services, "  " + p.code(), p);
            return now.stream().anyMatch(p -> p.state() == PluginInfo.State.FAILED) ? 1 : 0;
        }
    }
}
