package hta.dossier.internal;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A development aid, not a test: times {@link JsonFolderRepository#list()} on a workspace folder, the first listing
 * (without {@code .index}) and the listings after it, the heap peak of the first, and saving one dossier. The figures of record come
 * from the bench module ({@code hta.bench.Bench}); this only lets the store be timed without building the app.
 * Usage: {@code ListingTiming FOLDER [COUNT [keep]]}, {@code keep} to time the first listing with the index left by
 * an earlier run (a new JVM opening a listed workspace); an empty or missing folder is first filled with COUNT (10,000)
 * copies of the demo Hemgenix dossier, each with its own id and brand. The folder may also be the bench's
 * generated workspace.
 */
public final class ListingTiming {
    private ListingTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (!Files.isDirectory(folder) || Files.list(folder).findAny().isEmpty()) {
            Files.createDirectories(folder);
            Dossier d = DossierJson.read(Files.readAllBytes(
                    Path.of("product/app/src/main/dist/demo-workspace/hemgenix.json")));
            for (int i = 0; i < count; i++) {
                d.id = String.format("gen-%05d", i);
                d.product.brandName = "Generated " + i;
                Files.write(folder.resolve(d.id + ".json"), DossierJson.write(d));
            }
            Thread.sleep(ListingIndex.RACY_NANOS / 1_000_000 + 100);
        }
        boolean keep = args.length > 2 && "keep".equals(args[2]);
        if (!keep) Files.deleteIfExists(folder.resolve(ListingIndex.FILE));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        JsonFolderRepository first = new JsonFolderRepository(folder);
        List<DossierSummary> listed = first.list();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.out.printf("first listing in this JVM, " + (keep ? "index kept" : "no index") + ": %d dossiers, %d unreadable, %.0f ms, heap peak %.0f MB%n",
                listed.size(), first.problems().size(), firstMs, peak / 1048576.0);
        long t1 = System.nanoTime();
        JsonFolderRepository second = new JsonFolderRepository(folder);
        second.list();
        System.out.printf("new repository, index present: %.0f ms, %d files read%n", (System.nanoTime() - t1) / 1e6,
                second.scannedAtLastListing());
        long t2 = System.nanoTime();
        second.list();
        System.out.printf("same repository again: %.0f ms, %d files read%n", (System.nanoTime() - t2) / 1e6,
                second.scannedAtLastListing());
        // saving one dossier as the bench does: 5 warm-up saves, then the median of 30
        Dossier d = second.load(listed.get(1).id());
        for (int i = 0; i < 5; i++) second.save(d, "timing", "warm-up");
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            second.save(d, "timing", "timed save");
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("save one dossier: median %.1f ms (min %.1f, max %.1f)%n", ms[15], ms[0], ms[29]);
    }
}
