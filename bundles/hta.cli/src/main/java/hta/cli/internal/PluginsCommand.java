package hta.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import hta.dossier.json.DossierJson;
import hta.plugins.PluginInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hta plugins}: administer jurisdiction plugins. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "Administer jurisdiction plugins.",
        subcommands = PluginsCommand.ListPlugins.class)
final class PluginsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a plugins command is required");
    }

    /** {@code hta plugins list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List installed jurisdiction plugins with code, name, version and state.")
    static final class ListPlugins implements Callable<Integer> {
        private final Services services;

        @Option(names = "--json", description = "print JSON instead of a table")
        boolean json;

        ListPlugins(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<PluginInfo> plugins = services.plugins().plugins();
            if (json) {
                ObjectMapper m = DossierJson.mapper();
                ArrayNode list = m.createArrayNode();
                for (PluginInfo p : plugins) {
                    list.addObject().put("code", p.code()).put("name", p.name()).put("bundle", p.symbolicName())
                            .put("version", p.version()).put("contract", p.contractVersion())
                            .put("state", p.state().name().toLowerCase()).put("reason", p.reason());
                }
                services.out().println(m.writeValueAsString(list));
            } else {
                services.out().printf("%-6s %-40s %-22s %s%n", "CODE", "NAME", "VERSION", "STATE");
                for (PluginInfo p : plugins) {
                    services.out().printf("%-6s %-40s %-22s %s%s%n", p.code(), p.name(), p.version(),
                            p.state().name().toLowerCase(), p.reason() == null ? "" : " (" + p.reason() + ")");
                }
            }
            return 0;
        }
    }
}
