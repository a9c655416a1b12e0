package hta.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A memo that fails with an exception is listed by the memo and the kind of failure, never by the exception's
 * message: a template's message may quote the dossier's confidential price, and the refusal is shown to whoever
 * exports the public memos (the workbench's result, the CLI's list). The exception stays with the refusal, for the log.
 */
class MemoBatchFailureTest {
    private static final String SECRET = "29 950 000 NOK";

    @Test
    void aFailedPublicMemoIsListedWithoutTheExceptionsMessage(@TempDir Path out) throws IOException {
        IllegalStateException thrown = new IllegalStateException("cannot format the agreed price " + SECRET);
        MemoExporter failing = (d, j, t, v) -> {
            throw thrown;
        };
        MemoBatch.Report r = new MemoBatch(failing, registry()).run(workspace(), EnumSet.of(Variant.PUBLIC), out,
                null, () -> false, 1);
        assertEquals(1, r.refused().size());
        MemoBatch.Refusal refusal = r.refused().get(0);
        assertEquals("hemgenix/zz/memo/public", refusal.memo());
        assertEquals("could not be made (IllegalStateException)", refusal.reason());
        assertFalse(refusal.toString().contains(SECRET), refusal.toString());
        assertSame(thrown, refusal.failure(), "the exception is kept for the log");
        assertTrue(r.written().isEmpty());
    }

    @Test
    void aFileThatCannotBeWrittenSaysSoByItsKind() {
        String why = MemoBatch.failureInWords(new AccessDeniedException("/out/memo.pdf", null, "denied " + SECRET));
        assertEquals("could not be written: permission denied (/out/memo.pdf)", why);
        assertEquals("could not be written (IOException)", MemoBatch.failureInWords(new IOException(SECRET)));
        assertEquals("could not be written (IOException)",
                MemoBatch.failureInWords(new java.io.UncheckedIOException(new IOException(SECRET))));
    }

    /**
     * Regression (walk of December 2026): an unreadable dossier was listed with the reader's whole problem text — the
     * file's full path and "at $" before the words. It reads as {@code hta validate} says it: the file's name, the
     * place in it, what is wrong.
     */
    @Test
    void anUnreadableDossierIsNamedByItsFileWithWhatIsWrongAsValidateSaysIt(@TempDir Path out) throws IOException {
        // as hta validate prints them: "ws/zolgensma.json: $: not valid JSON: a comma is missing before '"' (line 5,
        // column 4) [unreadable]", and a field of another file
        LoadProblem comma = new LoadProblem(Path.of("/home/writer/workspace/zolgensma.json"), "$",
                "not valid JSON: a comma is missing before '\"' (line 5, column 4)");
        LoadProblem kind = new LoadProblem(Path.of("/home/writer/workspace/blincyto.json"), "$.prices[0].kind",
                "'AGREED_PRIZE' is not one of LIST_PRICE, AGREED_PRICE");
        DossierRepository ws = new Unreadable(List.of(comma), kind);
        MemoBatch.Report r = new MemoBatch((d, j, t, v) -> {
            throw new AssertionError("no memo to make");
        }, registry()).run(ws, EnumSet.of(Variant.PUBLIC), out, null, () -> false, 1);
        assertEquals(List.of("zolgensma.json: cannot be read: not valid JSON: a comma is missing before '\"' (line 5,"
                        + " column 4)", "blincyto.json: cannot be read (at $.prices[0].kind): 'AGREED_PRIZE' is not one of"
                        + " LIST_PRICE, AGREED_PRICE"),
                r.refused().stream().map(MemoBatch.Refusal::toString).toList());
    }

    /** A workspace whose listing found one unreadable file and whose one listed dossier no longer reads. */
    private record Unreadable(List<LoadProblem> problems, LoadProblem onLoad) implements DossierRepository {
        @Override
        public Path location() {
            return Path.of("/home/writer/workspace");
        }

        @Override
        public List<DossierSummary> list() {
            return List.of(new DossierSummary("blincyto", "Blincyto", "blinatumomab", 1, List.of("zz")));
        }

        @Override
        public Dossier load(String id) throws hta.dossier.repository.DossierFormatException {
            throw new hta.dossier.repository.DossierFormatException(onLoad);
        }

        @Override
        public long save(Dossier dossier, String author, String summary) {
            throw new UnsupportedOperationException();
        }
    }

    /** One jurisdiction, "zz", with one memo template, "memo". */
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
                    case "memoTemplates" -> List.of(template);
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

    /** A workspace of one dossier, "hemgenix", with a submission to "zz". */
    private static DossierRepository workspace() {
        return new DossierRepository() {
            @Override
            public Path location() {
                return Path.of("workspace");
            }

            @Override
            public List<DossierSummary> list() {
                return List.of(new DossierSummary("hemgenix", "Hemgenix", "etranacogene", 1, List.of("zz")));
            }

            @Override
            public List<LoadProblem> problems() {
                return List.of();
            }

            @Override
            public Dossier load(String id) {
                Dossier d = new Dossier();
                d.id = id;
                Submission s = new Submission();
                s.jurisdiction = "zz";
                d.submissions.add(s);
                return d;
            }

            @Override
            public long save(Dossier dossier, String author, String summary) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
