package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.LeakIndex;
import hta.dossier.Dossier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Soak: every public memo of every template of every jurisdiction, for each dossier of a generated workspace of
 * {@code hta.soak.dossiers} dossiers (default 1,000; each with its own prices, confidential figures and narrative
 * numbers), is exported and read back with the same audit as {@link MemoAuditIT}: page text with overlaps kept,
 * every PDF object, the file name, and the hygiene rules. Zero findings allowed. Runs only with {@code -Psoak}.
 */
class SoakExportIT {
    private static final int DOSSIERS = Integer.getInteger("hta.soak.dossiers", 1000);

    @Test
    void everyPublicMemoOfAGeneratedWorkspaceIsClean() throws Exception {
        Path folder = Files.createTempDirectory("soak-workspace");
        new WorkspaceGenerator(AppRuntime.APP.resolve("demo-workspace/hemgenix.json"), 4711).generate(folder, DOSSIERS);
        try (AppRuntime app = AppRuntime.start(Map.of("hta.workspace", folder.toString()))) {
            Memos memos = new Memos(app);
            List<String> ids = memos.dossierIds();
            assertEquals(DOSSIERS, ids.size(), "dossiers listed from the generated workspace");
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger exported = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (String id : ids) {
                work.add(pool.submit(() -> {
                    if (problems.size() > 20) return null; // enough to see what is wrong
                    Dossier dossier = memos.load(id);
                    for (String code : memos.jurisdictionsOf(dossier)) {
                        LeakIndex index = memos.leakIndex(dossier, code);
                        for (String template : memos.templates(code)) {
                            Memos.Memo m;
                            try {
                                m = memos.export(id, dossier, code, template, "PUBLIC");
                            } catch (Exception e) {
                                // refusals are allowed only for missing fields, as for the demo workspace
                                if (!String.valueOf(e.getMessage()).contains("required fields are missing")) {
                                    problems.add(id + "/" + code + "/" + template + ": " + e);
                                }
                                refused.incrementAndGet();
                                continue;
                            }
                            exported.incrementAndGet();
                            memos.scan(m.pdf(), index).forEach(f -> problems.add(m.name() + ": " + f));
                            memos.hygiene(m.pdf()).forEach(h -> problems.add(m.name() + ": " + h));
                            index.scan("file name", m.fileName()).forEach(f -> problems.add(m.name() + ": " + f));
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : work) f.get();
            pool.shutdown();
            System.out.printf("soak: %d dossiers, %d public memos exported and read back, %d refused for missing fields, %d findings%n",
                    ids.size(), exported.get(), refused.get(), problems.size());
            assertTrue(exported.get() >= DOSSIERS * 5, "too few memos exported: " + exported);
            assertEquals(List.of(), new ArrayList<>(problems));
        }
    }
}
