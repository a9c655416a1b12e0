package hta.app;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.MemoExporter;
import hta.jurisdiction.JurisdictionRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Soak: the Norway plugin is uninstalled and installed again, {@code hta.soak.cycles} times (default 500), while
 * two threads export memos without pause — Sweden's, which must always succeed, and Norway's, which must either
 * succeed or be refused with a clear reason while Norway is away. Retained heap after the run must not have grown
 * beyond a small allowance over the level after warm-up. Runs only with {@code -Psoak}.
 */
class SoakPluginCyclesIT {
    private static final int CYCLES = Integer.getInteger("hta.soak.cycles", 500);
    private static final long ALLOWED_GROWTH_MB = 48;

    @Test
    void installUninstallCyclesDuringExportsKeepMemoryStable() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            MemoExporter exporter = app.service(MemoExporter.class);
            JurisdictionRegistry registry = app.service(JurisdictionRegistry.class);
            Dossier dossier = app.service(Workspaces.class).defaultWorkspace().load("hemgenix");
            String location = app.bundle("hta.jurisdiction.no").getLocation();
            FrameworkWiring wiring = app.context().getBundle(0).adapt(FrameworkWiring.class);

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger swedish = new AtomicInteger();
            AtomicInteger norwegian = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            java.util.Set<String> reasons = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread se = exporter(() -> {
                exporter.export(dossier, "se", null, Variant.PUBLIC);
                swedish.incrementAndGet();
            }, running, failures, "se");
            Thread no = exporter(() -> {
                try {
                    exporter.export(dossier, "no", null, Variant.PUBLIC);
                    norwegian.incrementAndGet();
                } catch (ExportRefusedException e) {
                    // Norway may be away at this instant: a refusal naming it is the expected answer
                    refused.incrementAndGet();
                    reasons.add(e.getMessage());
                    Thread.sleep(1); // Norway is away: do not spin
                }
            }, running, failures, "no");
            se.start();
            no.start();

            long baseline = 0;
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                Bundle norway = app.bundle("hta.jurisdiction.no");
                norway.uninstall();
                refresh(wiring);
                Bundle again = app.context().installBundle(location);
                again.start();
                awaitNorway(registry);
                // let at least one Norwegian memo be made while Norway is here, so both states are exercised
                int before = norwegian.get();
                long until = System.currentTimeMillis() + 10_000;
                while (norwegian.get() == before && System.currentTimeMillis() < until && failures.isEmpty()) Thread.sleep(5);
                if (cycle == Math.min(50, CYCLES)) baseline = retainedMb();
            }
            running.set(false);
            se.join(60_000);
            no.join(60_000);
            long after = retainedMb();

            assertTrue(failures.isEmpty(), "exports failed during plugin cycles: " + failures.subList(0, Math.min(5, failures.size())));
            assertTrue(swedish.get() > 0 && norwegian.get() >= CYCLES, "too few exports: se " + swedish + ", no " + norwegian
                    + " (refused " + refused + " times: " + reasons + ")");
            assertTrue(after - baseline <= ALLOWED_GROWTH_MB,
                    "retained heap grew from " + baseline + " MB to " + after + " MB over " + CYCLES + " cycles");
            assertEquals(Bundle.ACTIVE, app.bundle("hta.jurisdiction.no").getState());
            System.out.println("soak: refusal reasons " + reasons);
            System.out.printf("soak: %d cycles, exports se=%d no=%d (refused while away %d), retained heap %d MB → %d MB%n",
                    CYCLES, swedish.get(), norwegian.get(), refused.get(), baseline, after);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private static Thread exporter(Step step, AtomicBoolean running, List<String> failures, String name) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                try {
                    step.run();
                } catch (Throwable e) {
                    failures.add(name + ": " + e);
                }
            }
        }, "soak-export-" + name);
        t.setDaemon(true);
        return t;
    }

    private static void refresh(FrameworkWiring wiring) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(null, e -> done.countDown());
        if (!done.await(30, TimeUnit.SECONDS)) throw new AssertionError("package refresh did not finish in 30 s");
    }

    private static void awaitNorway(JurisdictionRegistry registry) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (registry.find("no").isPresent()) return;
            Thread.sleep(2);
        }
        throw new AssertionError("Norway did not come back into the registry within 10 s");
    }

    private static long retainedMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
