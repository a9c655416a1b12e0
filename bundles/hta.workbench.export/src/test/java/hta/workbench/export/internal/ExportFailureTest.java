package hta.workbench.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import hta.plugins.PluginException;
import hta.workbench.api.ProgressMonitor;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public memo whose making fails with an exception quoting a confidential value: the export's result names the
 * memo and the kind of failure, never the value; the exception goes to the Error Log only.
 */
class ExportFailureTest {
    private static final String SECRET = "29 950 000 NOK";

    @Test
    void aFailedMemoIsNamedWithTheKindOfFailureNotTheExceptionsMessage(@TempDir Path out) throws IOException {
        IllegalStateException thrown = new IllegalStateException("cannot format the agreed price " + SECRET);
        MemoExporter failing = (d, j, t, v) -> {
            throw thrown;
        };
        MemoExport x = new MemoExport(dossier(), "zz", null, EnumSet.of(Variant.PUBLIC), out);
        MemoExport.Outcome o = x.run(failing, registry(), null, new Quiet());
        assertEquals(List.of("Zedland · Memo, public: could not be made (IllegalStateException)"), o.refused());
        assertFalse(o.summary().contains(SECRET), o.summary());
        assertFalse(o.headline().contains(SECRET), o.headline());
        assertSame(thrown, o.failures().get("Zedland · Memo, public"), "the exception is kept for the Error Log");
    }

    @Test
    void aPluginThatThrowsIsNamedWithoutTheExceptionsMessage() {
        PluginException e = new PluginException("plugin 'zz' threw IllegalStateException: " + SECRET
                + "; it was marked failed and stopped", new IllegalStateException(SECRET));
        String why = GuardedExporter.inWords(e, "zz");
        assertFalse(why.contains(SECRET), why);
        assertEquals("plugin 'zz' failed making the memo (IllegalStateException); it was marked failed and stopped"
                + " (the Error Log has the details)", why);
        // a plugin that hung says so in the plugin manager's words, which quote nothing of the dossier
        PluginException hung = new PluginException("plugin 'zz' did not return within 20000 ms");
        assertEquals(hung.getMessage(), GuardedExporter.inWords(hung, "zz"));
    }

    private static Dossier dossier() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        d.product.brandName = "Hemgenix";
        Submission s = new Submission();
        s.jurisdiction = "zz";
        d.submissions.add(s);
        return d;
    }

    /** One jurisdiction, Zedland ("zz"), with one memo, "Memo". */
    private static JurisdictionRegistry registry() {
        MemoTemplate template = (MemoTemplate) Proxy.newProxyInstance(MemoTemplate.class.getClassLoader(),
                new Class<?>[] {MemoTemplate.class}, (p, m, a) -> switch (m.getName()) {
                    case "id" -> "memo";
                    case "title" -> "Memo";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Jurisdiction zz = (Jurisdiction) Proxy.newProxyInstance(Jurisdiction.class.getClassLoader(),
                new Class<?>[] {Jurisdiction.class}, (p, m, a) -> switch (m.getName()) {
                    case "code" -> "zz";
                    case "displayName" -> "Zedland";
                    case "memoTemplates" -> List.of(template);
                    case "memoTemplate" -> Optional.of(template);
                    default -> throw new UnsupportedOperationException(m.getName());
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

    private static final class Quiet implements ProgressMonitor {
        @Override
        public void begin(String taskName, int totalWork) {
        }

        @Override
        public void worked(int units) {
        }

        @Override
        public void subTask(String name) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
