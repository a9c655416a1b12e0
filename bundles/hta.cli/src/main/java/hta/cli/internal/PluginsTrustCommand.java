package hta.cli.internal;

import hta.plugins.TrustedSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hta plugins trust}: the certificates whose signatures on plugins this installation trusts. An
 * administrator adds a plugin team's certificate before installing the team's plugins (docs/plugin-guide.md).
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "List, add or remove the certificates whose signatures on plugins this installation trusts.",
        footer = {"", "The trust store is the app's security/trusted-plugins.p12; changing it needs write access to the"
                + " app's folder. Every change is recorded in 'hta plugins history'."})
@Subcommands({PluginsTrustCommand.ListSigners.class, PluginsTrustCommand.Add.class, PluginsTrustCommand.Remove.class})
final class PluginsTrustCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a trust command is required: list, add or remove");
    }

    static void print(Services services, String verb, TrustedSigner s) {
        services.out().println(verb + ": " + Shown.line(s.subject()) + " (alias " + Shown.line(s.alias()) + ")");
        services.out().println("  SHA-256 " + s.fingerprint());
        java.time.Instant now = java.time.Instant.now();
        // an expired or not yet valid certificate vouches for nothing: said where it is listed (outside trust test)
        String state = s.notAfter().isBefore(now) ? " (EXPIRED: it vouches for no plugin)"
                : s.notBefore().isAfter(now) ? " (not yet valid: it vouches for no plugin until then)" : "";
        services.out().println("  valid " + s.notBefore() + " to " + s.notAfter() + state + ", issued by "
                + Shown.line(s.issuer()));
    }

    /** {@code hta plugins trust list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the trusted certificates: alias, subject, SHA-256 fingerprint, validity.")
    static final class ListSigners extends PluginsCommand.Subcommand {
        @Option(names = "--json", description = "print JSON instead of lines")
        boolean json;

        ListSigners(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            List<TrustedSigner> signers = PluginsCommand.change(() -> services.plugins().trustedSigners());
            if (json) {
                printJson(signers, (s, n) -> n.put("alias", s.alias()).put("subject", s.subject()).put("issuer", s.issuer())
                        .put("fingerprint", s.fingerprint()).put("notBefore", s.notBefore().toString())
                        .put("notAfter", s.notAfter().toString()));
            } else if (signers.isEmpty()) {
                services.out().println("The trust store holds no certificate: no signed plugin is trusted.");
            } else {
                for (TrustedSigner s : signers) print(services, s.alias(), s);
            }
            return 0;
        }
    }

    /** {@code hta plugins trust add CERT}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Trust the certificate in CERT (PEM or DER): plugins it signs, or signed by certificates it"
                    + " issued, can be installed. Compare its SHA-256 fingerprint with the one its owner gave you.")
    static final class Add extends PluginsCommand.Subcommand {
        @Parameters(index = "0", paramLabel = "CERT", description = "the certificate file, e.g. team.pem")
        String certificate;

        Add(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            Path file = Path.of(certificate);
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("there is no file " + file.toAbsolutePath() + " (no such file)", 2);
            }
            print(services, "Trusted", PluginsCommand.change(() -> services.plugins().trust(file)));
            return 0;
        }
    }

    /** {@code hta plugins trust remove ALIAS|FINGERPRINT}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stop trusting a certificate, named by its alias or its SHA-256 fingerprint (or a unique start"
                    + " of it, at least 8 digits). Plugins it signed are checked again whenever they are loaded.")
    static final class Remove extends PluginsCommand.Subcommand {
        @Parameters(index = "0", paramLabel = "ALIAS|FINGERPRINT", description = "as 'hta plugins trust list' shows it")
        String key;

        Remove(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            print(services, "No longer trusted", PluginsCommand.change(() -> services.plugins().distrust(key)));
            return 0;
        }
    }
}
