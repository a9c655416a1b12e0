package hta.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import hta.plugins.PluginManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hta export} of one memo says a template's failure by its kind, never by its message — an
 * {@code IllegalArgumentException} included, which the command used to print as it was (meant for the caller's
 * mistakes, but a template may throw one quoting the agreed price) — while the mistakes the command finds itself (a
 * jurisdiction not installed, a template it does not have) are said plainly, naming the option and the value.
 */
class ExportCommandTest {
    private static final String SECRET = "29 950 000 NOK";

    @TempDir
    Path dir;

    @Test
    void anIllegalArgumentFromATemplateIsSaidByItsKindWithoutItsMessage() throws Exception {
        Run r = export(failing(new IllegalArgumentException("cannot format the agreed price " + SECRET)),
                "--jurisdiction", "zz");
        assertEquals(1, r.code, r.err);
        assertFalse(r.err.contains(SECRET), r.err);
        assertEquals("hta: the memo of hemgenix for 'zz' could not be made (IllegalArgumentException); nothing was"
                + " written", r.err.strip());
    }

    @Test
    void aTemplateTheJurisdictionDoesNotHaveIsAUsageErrorNamingTheOption() throws Exception {
        Run r = export(failing(new IllegalStateException("the exporter must not be asked")),
                "--jurisdiction", "zz", "--template", "nope");
        assertEquals(2, r.code, r.err);
        assertEquals("hta: --template nope: jurisdiction 'zz' has no memo template 'nope' (its templates: memo)",
                r.err.strip());
    }

    @Test
    void aJurisdictionNotInstalledIsNamedWithTheOptionAndTheInstalledCodes() throws Exception {
        Run r = export(failing(new IllegalStateException("the exporter must not be asked")), "--jurisdiction", "xx");
        assertEquals(1, r.code, r.err);
        assertEquals("hta: --jurisdiction xx: no jurisdiction plugin 'xx' is installed (installed: zz)", r.err.strip());
    }

    private record Run(int code, String err) {
    }

    private Run export(MemoExporter exporter, String... options) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new java.util.ArrayList<>(List.of("export", "--dossier", "hemgenix", "--variant", "public",
                "--out", out + "/"));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        Services services = new Services(workspaces(workspace), registry(), exporter, plugins(),
                null, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        int code = CliApplication.run(args.toArray(String[]::new), services);
        try (var written = Files.list(out)) {
            assertTrue(written.findAny().isEmpty(), "nothing was written");
        }
        return new Run(code, err.toString());
    }

    private static MemoExporter failing(RuntimeException e) {
        return (d, j, t, v) -> {
            throw e;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(ExportCommandTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> answer.apply(m.getName(), a));
    }

    /** A folder workspace holding Hemgenix. */
    private static Workspaces workspaces(Path folder) {
        Dossier hemgenix = new Dossier();
        hemgenix.id = "hemgenix";
        DossierRepository repo = proxy(DossierRepository.class, (name, a) -> switch (name) {
            case "location" -> folder;
            case "load" -> hemgenix;
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(Workspaces.class, (name, a) -> switch (name) {
            case "defaultWorkspace" -> repo;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    /** One jurisdiction, "zz", with one memo template, "memo". */
    private static JurisdictionRegistry registry() {
        MemoTemplate memo = proxy(MemoTemplate.class, (name, a) -> switch (name) {
            case "id" -> "memo";
            default -> throw new UnsupportedOperationException(name);
        });
        Jurisdiction zz = proxy(Jurisdiction.class, (name, a) -> switch (name) {
            case "code" -> "zz";
            case "memoTemplates" -> List.of(memo);
            case "memoTemplate" -> "memo".equals(a[0]) ? Optional.of(memo) : Optional.empty();
            default -> throw new UnsupportedOperationException(name);
        });
        return new JurisdictionRegistry() {
            @Override
            public List<Jurisdiction> jurisdictions() {
                return List.of(zz);
            }

            @Override
            public Optional<Jurisdiction> find(String code) {
                return "zz".equals(code) ? Optional.of(zz) : Optional.empty();
            }
        };
    }

    /** A plugin manager that runs every call at once and has nothing to tell. */
    private static PluginManager plugins() {
        return proxy(PluginManager.class, (name, a) -> {
            try {
                return switch (name) {
                    case "call" -> ((Callable<?>) a[2]).call();
                    case "notices" -> List.of();
                    default -> throw new UnsupportedOperationException(name);
                };
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
