package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-stage listing pipeline: results in the order of the inputs, never more than its byte budget read and
 * unchecked, a file larger than the budget still read, a failure reported as itself with no thread left behind; and
 * a real workspace large enough to take the parallel path, with broken files among good ones.
 */
class ReadCheckPipelineTest {
    @TempDir
    Path folder;

    @Test
    void resultsComeBackInTheOrderOfTheInputs() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        List<String> out = ReadCheckPipeline.run(inputs, (i, reserve) -> {
            sleepMicros((i * 7919) % 300); // readers finish out of order
            return i;
        }, i -> "#" + i);
        assertEquals(inputs.stream().map(i -> "#" + i).toList(), out);
    }

    @Test
    void neverHoldsMoreThanTheBudgetReadButUnchecked() {
        long mib = 1024 * 1024;
        AtomicLong held = new AtomicLong();
        AtomicLong most = new AtomicLong();
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        List<Integer> out = ReadCheckPipeline.run(inputs, (i, reserve) -> {
            reserve.accept(mib);
            most.accumulateAndGet(held.addAndGet(mib), Math::max);
            return i;
        }, i -> {
            sleepMicros(200); // checking is the slower stage, so reading runs ahead until the budget stops it
            held.addAndGet(-mib);
            return i;
        });
        assertEquals(inputs, out);
        assertTrue(most.get() <= ReadCheckPipeline.BUFFER_BYTES, "held at most " + most.get() / mib + " MiB");
        assertTrue(most.get() >= 2 * mib, "reading ran ahead of checking: " + most.get() / mib + " MiB");
    }

    @Test
    void aFileLargerThanTheWholeBudgetIsStillRead() {
        List<Integer> inputs = IntStream.range(0, 64).boxed().toList();
        List<Integer> out = ReadCheckPipeline.run(inputs, (i, reserve) -> {
            reserve.accept(i % 10 == 0 ? 4 * ReadCheckPipeline.BUFFER_BYTES : 4096);
            return i;
        }, i -> i);
        assertEquals(inputs, out);
    }

    @Test
    void aFailureIsReportedAsItselfAndNoThreadStaysBehind() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Integer> inputs = IntStream.range(0, 300).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadCheckPipeline.run(inputs,
                (i, reserve) -> {
                    reserve.accept(1024 * 1024);
                    return i;
                }, i -> {
                    if (i == 150) throw boom;
                    return i;
                }));
        assertSame(boom, thrown);
        long deadline = System.currentTimeMillis() + 5_000;
        while (pipelineThreads() > 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertEquals(0, pipelineThreads(), "the pipeline's threads end after a failure");
    }

    @Test
    void aLargeWorkspaceWithBrokenFilesListsInParallelAsItWouldOneByOne() throws Exception {
        Dossier d = DossierJson.read(Files.readAllBytes(ListingIndexTest.DEMO.resolve("hemgenix.json")));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = String.format("d%03d", i);
            Path file = folder.resolve(id + ".json");
            switch (i % 20) {
                case 3 -> Files.writeString(file, "{\"schemaVersion\":2,");
                case 7 -> Files.writeString(file, "");
                case 11 -> {
                    d.id = "someone-else";
                    Files.write(file, DossierJson.write(d));
                }
                default -> {
                    d.id = id;
                    d.product.brandName = "Brand " + i;
                    Files.write(file, DossierJson.write(d));
                    expected.add(id + "=Brand " + i);
                }
            }
        }
        assertTrue(120 >= ReadCheckPipeline.PARALLEL_FROM);
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        List<DossierSummary> listed = repo.list();
        assertEquals(expected, listed.stream().map(s -> s.id() + "=" + s.brandName()).toList());
        List<String> problems = repo.problems().stream().map(p -> p.file().getFileName() + " " + p.jsonPath()).toList();
        assertEquals(18, problems.size(), problems.toString());
        assertTrue(problems.contains("d003.json $"), problems.toString());
        assertTrue(problems.contains("d011.json $.id"), problems.toString());
        for (LoadProblem p : repo.problems()) assertTrue(!p.message().isBlank(), p.toString());
        assertEquals(120, repo.scannedAtLastListing());
    }

    private static long pipelineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("hta-listing-") && t.isAlive()).count();
    }

    private static void sleepMicros(long micros) {
        long end = System.nanoTime() + micros * 1000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
