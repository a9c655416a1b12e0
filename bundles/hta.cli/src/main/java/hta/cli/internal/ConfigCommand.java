package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.json.DossierJson;
import hta.settings.SettingChange;
import hta.settings.SettingValue;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hta config list|get|set|unset|history}: the settings the installed jurisdictions leave to administrators
 * (facts their sources do not confirm), kept in the data directory and audited (who, when, old and new value).
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Administer the settings of the installed jurisdictions: the facts their sources do not confirm.",
        footer = {"", "Keys are CODE.name, e.g. smc.pace.weeks. An unset setting's default stands in where a rule needs a"
                + " value, and memos say nothing that depends on it. A change is recorded in the data directory's"
                + " settings/history.tsv; a workbench already running sees it when it starts again.",
                "Exit codes: 0 success, 1 unknown key or value refused, 2 usage error."})
@Subcommands({ConfigCommand.ListSettings.class, ConfigCommand.Get.class, ConfigCommand.SetSetting.class,
        ConfigCommand.Unset.class, ConfigCommand.History.class})
final class ConfigCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a config command is required");
    }

    /** A change refused by the service becomes one line on stderr and exit code 1. */
    static SettingValue change(java.util.function.Supplier<SettingValue> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(e.getMessage(), 1);
        }
    }

    static String who(String as) {
        return as != null && !as.isBlank() ? as : System.getProperty("user.name", "unknown");
    }

    static void fill(SettingValue v, ObjectNode n) {
        n.put("key", v.key());
        n.put("jurisdiction", v.jurisdiction());
        n.put("set", v.isSet());
        if (v.value() == null) n.putNull("value"); else n.put("value", v.value());
        if (v.setting().defaultValue() == null) n.putNull("default"); else n.put("default", v.setting().defaultValue());
        n.put("type", v.setting().type().name());
        if (!v.setting().choices().isEmpty()) v.setting().choices().forEach(n.putArray("choices")::add);
        if (v.setting().min() != null) n.put("min", v.setting().min());
        if (v.setting().max() != null) n.put("max", v.setting().max());
        n.put("description", v.setting().description());
        n.put("source", v.setting().source());
    }

    static String shown(SettingValue v) {
        if (v.isSet()) return v.value();
        return "unset" + (v.setting().defaultValue() == null ? " (off)" : " (default " + v.setting().defaultValue() + ")");
    }

    /** {@code hta config list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every setting with its value.")
    static final class ListSettings implements Callable<Integer> {
        private final Services services;

        @Option(names = "--json", description = "print JSON instead of a table")
        boolean json;

        ListSettings(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<SettingValue> all = services.settings().list();
            if (json) {
                ObjectMapper m = DossierJson.mapper();
                ArrayNode list = m.createArrayNode();
                all.forEach(v -> fill(v, list.addObject()));
                services.out().println(m.writeValueAsString(list));
                return 0;
            }
            int width = all.stream().mapToInt(v -> v.key().length()).max().orElse(3);
            for (SettingValue v : all) {
                services.out().printf("%-" + width + "s  %-20s %s%n", Shown.line(v.key()), Shown.line(shown(v)),
                        Shown.line(v.setting().description()));
            }
            if (all.isEmpty()) services.out().println("No installed jurisdiction has settings.");
            return 0;
        }
    }

    /** {@code hta config get KEY}. */
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one setting: value, default, source.")
    static final class Get implements Callable<Integer> {
        private final Services services;

        @Parameters(paramLabel = "KEY", description = "e.g. smc.pace.weeks")
        String key;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        Get(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            SettingValue v = services.settings().get(key).orElseThrow(() -> new CommandFailure("no installed"
                    + " jurisdiction has a setting '" + key + "'; 'hta config list' shows them", 1));
            if (json) {
                ObjectNode n = DossierJson.mapper().createObjectNode();
                fill(v, n);
                services.out().println(DossierJson.mapper().writeValueAsString(n));
            } else {
                services.out().println(Shown.line(v.key()) + " = " + Shown.line(shown(v)));
                services.out().println("  " + Shown.line(v.setting().description()));
                services.out().println("  why a setting: " + Shown.line(v.setting().source()));
            }
            return 0;
        }
    }

    /** {@code hta config set KEY VALUE}. */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set a value; the change is recorded.")
    static final class SetSetting implements Callable<Integer> {
        private final Services services;

        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Option(names = "--as", paramLabel = "NAME", description = "who makes the change (default: the user's login)")
        String as;

        SetSetting(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            String before = services.settings().get(key).map(ConfigCommand::shown).orElse(null);
            SettingValue v = change(() -> services.settings().set(key, value, who(as)));
            services.out().println(Shown.line(v.key()) + " = " + Shown.line(v.value()) + (before == null ? "" : " (was " + Shown.line(before) + ")"));
            return 0;
        }
    }

    /** {@code hta config unset KEY}. */
    @Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Remove a value: the default stands in again, as unconfirmed; the change is recorded.")
    static final class Unset implements Callable<Integer> {
        private final Services services;

        @Parameters(paramLabel = "KEY")
        String key;

        @Option(names = "--as", paramLabel = "NAME", description = "who makes the change (default: the user's login)")
        String as;

        Unset(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            SettingValue v = change(() -> services.settings().unset(key, who(as)));
            services.out().println(Shown.line(v.key()) + " = " + Shown.line(shown(v)));
            return 0;
        }
    }

    /** {@code hta config history}. */
    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every change: when, who, key, old, new.")
    static final class History implements Callable<Integer> {
        private final Services services;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        History(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<SettingChange> changes;
            try {
                changes = services.settings().history();
            } catch (IllegalStateException e) {
                throw new CommandFailure(e.getMessage(), 1);
            }
            if (json) {
                ObjectMapper m = DossierJson.mapper();
                ArrayNode list = m.createArrayNode();
                for (SettingChange c : changes) {
                    ObjectNode n = list.addObject().put("when", c.when().toString()).put("who", c.who()).put("key", c.key());
                    if (c.oldValue() == null) n.putNull("old"); else n.put("old", c.oldValue());
                    if (c.newValue() == null) n.putNull("new"); else n.put("new", c.newValue());
                }
                services.out().println(m.writeValueAsString(list));
                return 0;
            }
            for (SettingChange c : changes) {
                services.out().println(c.when() + "  " + c.who() + "  " + c.key() + ": "
                        + (c.oldValue() == null ? "unset" : c.oldValue()) + " -> " + (c.newValue() == null ? "unset" : c.newValue()));
            }
            if (changes.isEmpty()) services.out().println("No setting has been changed.");
            return 0;
        }
    }
}
