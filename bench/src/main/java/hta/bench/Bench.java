package hta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import hta.app.AppRuntime;
import hta.app.Commands;
import hta.app.WorkspaceGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.osgi.framework.Bundle;

/**
 * The benchmark harness. Every figure is measured together with a baseline in the same run, so the ratio
 * survives a noisy machine. Prints a Markdown table and writes it to {@code OUT_DIR/results.md}.
 * Usage: {@code Bench OUT_DIR} with {@code -Dhta.app.dir=…/hta-workbench}.
 */
public final class Bench implements TeamWorkspaceBench.Sink {
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Path out;

    /** One line of the table. */
    record Row(String figure, double value, String unit, String baseline, double baselineValue, String target) {
        String ratio() {
            if (baselineValue <= 0) return "–";
            double r = value / baselineValue;
            return String.format(r < 0.1 ? "%.3f×" : "%.1f×", r);
        }
    }

    private Bench(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Bench bench = new Bench(out);
        // -Dhta.bench.only=startup|in-process runs one half (e.g. to profile it), leak the export and leak scan
        // rows alone; the default runs both halves
        String only = System.getProperty("hta.bench.only", "");
        if (only.equals(FIRST_LISTING)) {
            firstListingHere(Path.of(args[1]));
            System.exit(0);
        }
        if (only.equals(TeamWorkspaceBench.LISTING)) {
            TeamWorkspaceBench.listingHere(args[1]);
            System.exit(0);
        }
        if (!only.equals("in-process") && !only.equals(TEAM) && !only.equals(LEAK)) new StartupBench(bench, out).run();
        if (!only.equals("startup")) {
            if (Boolean.getBoolean(CHILD)) {
                bench.inProcess();
                bench.writeRows(out.resolve(ROWS));
                System.exit(0);
            }
            bench.inProcessChild();
        }
        bench.report();
        System.exit(0);
    }

    /** Set in the JVM that runs the in-process half, started with the product's JVM options. */
    private static final String CHILD = "hta.bench.child";
    /** Where that JVM leaves its rows for the parent's table. */
    private static final String ROWS = "in-process-rows.tsv";
    private static final String NOTE = "note\t";
    /** Only the team workspace's figures (and the folder store's beside them). */
    private static final String TEAM = "team";
    /** -Dhta.bench.only=leak: the public export and the leak scan figures alone (issue 14). */
    private static final String LEAK = "leak";
    /** The mode of a JVM that lists the generated workspace once and prints the time. */
    private static final String FIRST_LISTING = "first-listing";

    /**
     * The options in the app's {@code etc/jvm.options}, which {@code bin/hta} and {@code bin/hta-workbench} start
     * their JVM with: every process the bench measures (and its baseline) runs with them.
     */
    static List<String> productJvmOptions() throws Exception {
        Path file = AppRuntime.APP.resolve("etc").resolve("jvm.options");
        List<String> options = new ArrayList<>();
        if (!Files.exists(file)) return options;
        for (String line : Files.readAllLines(file)) {
            String o = line.replaceAll("#.*", "").strip();
            if (!o.isEmpty()) options.add(o);
        }
        return options;
    }

    /** A new JVM on this class path with the product's JVM options (and this JVM's system properties of the bench). */
    static List<String> benchJvm(String... properties) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(productJvmOptions());
        cmd.add("-Xmx1g");
        for (String p : List.of("hta.app.dir", "pdfbox.fontcache", "hta.bench.pg", "hta.bench.pg.writers.seconds")) {
            if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
        }
        cmd.addAll(List.of(properties));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return cmd;
    }

    /** Runs the in-process half in a JVM started as the product's is, and takes its rows. */
    private void inProcessChild() throws Exception {
        String only = System.getProperty("hta.bench.only", "");
        List<String> cmd = benchJvm("-D" + CHILD + "=true", "-Dhta.bench.only="
                + (TEAM.equals(only) || LEAK.equals(only) ? only : "in-process"));
        cmd.addAll(List.of(Bench.class.getName(), out.toString()));
        Files.deleteIfExists(out.resolve(ROWS));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("the in-process half failed (exit " + p.exitValue() + ")");
        for (String line : Files.readAllLines(out.resolve(ROWS))) {
            if (line.startsWith(NOTE)) {
                notes.add(line.substring(NOTE.length()));
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], Double.parseDouble(f[1]), f[2], f[3], Double.parseDouble(f[4]), f[5]));
        }
    }

    private void writeRows(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.join("\t", r.figure(), Double.toString(r.value()), r.unit(), r.baseline(),
                    Double.toString(r.baselineValue()), r.target())).append('\n');
        }
        for (String n : notes) sb.append(NOTE).append(n).append('\n');
        Files.writeString(file, sb.toString());
    }

    private void inProcess() throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object workspaces = app.service("hta.dossier.repository.Workspaces", null);
            Object exporter = app.service("hta.export.pdf.MemoExporter", null);
            Object registry = app.service("hta.jurisdiction.JurisdictionRegistry", null);
            if (TEAM.equals(System.getProperty("hta.bench.only"))) {
                new TeamWorkspaceBench(this, out).run(workspaces, generated(10_000));
                return;
            }
            if (LEAK.equals(System.getProperty("hta.bench.only"))) {
                // -Dhta.bench.leak=scan: the leak scan rows alone, without the exports (to profile the scan)
                if (!"scan".equals(System.getProperty("hta.bench.leak"))) export(app, workspaces, exporter);
                scan(app, registry);
                return;
            }
            workspace(app, workspaces);
            if (!"false".equals(System.getProperty("hta.bench.pg"))) {
                new TeamWorkspaceBench(this, out).run(workspaces, generated(10_000));
            }
            export(app, workspaces, exporter);
            scan(app, registry);
            hotInstall(app, registry);
        }
    }

    /**
     * Listing a 10,000-dossier workspace (first opening, which builds the listing index, and reopening with it)
     * and saving one dossier, against plain Jackson and plain file writes.
     */
    private void workspace(AppRuntime app, Object workspaces) throws Exception {
        Path folder = generated(10_000);
        Thread.sleep(2_500); // files changed within the last 2 s are never taken from the index
        ObjectMapper plain = new ObjectMapper();
        long t1 = System.nanoTime();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".json")) plain.readTree(f.toFile());
            }
        }
        double jacksonMs = (System.nanoTime() - t1) / 1e6;

        // the first listing in a fresh JVM, as when the workbench starts on a workspace it has never listed:
        // with the files in the page cache, and (when the cache can be dropped) read from the disk
        double fresh = median(3, () -> {
            readAll(folder, 1);
            return firstListingInNewJvm(folder);
        });
        rows.add(new Row("list a 10,000-dossier workspace, first opening in a fresh JVM (builds the listing index), median of 3",
                fresh, "ms", "plain Jackson readTree of the same files", jacksonMs, "≤ 2000 ms"));
        if (dropPageCache()) {
            double coldRead = median(3, () -> {
                dropPageCache();
                return time(() -> readAll(folder, 8));
            });
            double cold = median(3, () -> {
                dropPageCache();
                return firstListingInNewJvm(folder);
            });
            rows.add(new Row("the same with the page cache dropped before each (files read from the disk)", cold, "ms",
                    "reading the same files on 8 threads, page cache dropped", coldRead, "≤ 2000 ms"));
        } else {
            notes.add("The page cache could not be dropped (that needs root), so the first opening with the files on"
                    + " the disk was not measured.");
        }
        readAll(folder, 1);

        long peak = 0;
        List<Double> firsts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Files.deleteIfExists(folder.resolve(".index"));
            resetPeaks();
            firsts.add(time(() -> listed(AppRuntime.call(AppRuntime.call(workspaces, "open", folder), "list"))));
            peak = Math.max(peak, heapPeak());
        }
        double firstMs = median(firsts);
        double reopenMs = median(3, () -> time(() -> listed(AppRuntime.call(AppRuntime.call(workspaces, "open", folder), "list"))));
        rows.add(new Row("list a 10,000-dossier workspace, first opening, in one JVM, median of 3",
                firstMs, "ms", "plain Jackson readTree of the same files", jacksonMs, "≤ 2000 ms"));
        rows.add(new Row("list a 10,000-dossier workspace, reopened (listing index present)", reopenMs, "ms",
                "plain Jackson readTree of the same files", jacksonMs, "≤ 2000 ms"));
        rows.add(new Row("heap peak while listing 10,000 dossiers (first opening)", peak / 1048576.0, "MB", "", 0,
                "≤ 512 MB"));

        // saving works on a copy, so that the generated workspace stays as generated
        Path saves = out.resolve("save-workspace");
        deleteTree(saves);
        Files.createDirectories(saves);
        Files.copy(folder.resolve("syn-00001.json"), saves.resolve("syn-00001.json"));
        Object repo = AppRuntime.call(workspaces, "open", saves);
        Object dossier = AppRuntime.call(repo, "load", "syn-00001");
        byte[] bytes = Files.readAllBytes(saves.resolve("syn-00001.json"));
        Path plainFile = out.resolve("plain-write.json");
        for (int i = 0; i < 5; i++) AppRuntime.call(repo, "save", dossier, "bench", "warm-up");
        double save = median(30, () -> time(() -> AppRuntime.call(repo, "save", dossier, "bench", "bench save")));
        double write = median(30, () -> time(() -> Files.write(plainFile, bytes)));
        AppRuntime.call(AppRuntime.call(workspaces, "open", saves), "load", "syn-00001"); // still readable after 35 saves
        rows.add(new Row("save one dossier (atomic, revision check, history)", save, "ms",
                "Files.write of the same bytes", write, "≤ 20 ms median"));
    }

    /** Lists {@code folder} without its listing index in a new JVM started as the product's is; the listing's ms. */
    private static double firstListingInNewJvm(Path folder) throws Exception {
        return listedInNewJvm(FIRST_LISTING, folder.toString());
    }

    /** Runs the bench in {@code mode} in a new JVM started as the product's is, on {@code address}; the ms it prints. */
    static double listedInNewJvm(String mode, String address) throws Exception {
        List<String> cmd = benchJvm("-Dhta.bench.only=" + mode);
        cmd.addAll(List.of(Bench.class.getName(), Files.createTempDirectory("bench-first").toString(), address));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("the listing failed: " + output);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("listed-ms=([0-9.]+)").matcher(output);
        if (!m.find()) throw new IllegalStateException("the listing printed no time: " + output);
        return Double.parseDouble(m.group(1));
    }

    /** In the new JVM: starts the app, lists the folder once with no index, prints the time. */
    private static void firstListingHere(Path folder) throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object workspaces = app.service("hta.dossier.repository.Workspaces", null);
            Files.deleteIfExists(folder.resolve(".index"));
            double ms = time(() -> listed(AppRuntime.call(AppRuntime.call(workspaces, "open", folder), "list")));
            System.out.println("listed-ms=" + ms);
        }
    }

    /** Reads every file of the folder on {@code threads} threads (to fill the page cache, or as a baseline). */
    static Object readAll(Path folder, int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> fs = new ArrayList<>();
            for (Path f : files) fs.add(pool.submit(() -> Files.readAllBytes(f)));
            long n = 0;
            for (Future<byte[]> f : fs) n += f.get().length;
            return n;
        } finally {
            pool.shutdown();
        }
    }

    /** Writes dirty pages and drops the page cache (Linux, as root); false when that is not possible here. */
    private static boolean dropPageCache() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The generated workspace of this size, made again whenever the template it is generated from has changed
     * (a stamp file holds the template's digest), so that every run lists the same, current files.
     */
    private Path generated(int size) throws Exception {
        Path template = AppRuntime.APP.resolve("demo-workspace/hemgenix.json");
        String stamp = size + ":" + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(template)));
        Path folder = out.resolve("workspace-" + size);
        Path stampFile = out.resolve("workspace-" + size + ".stamp");
        if (!Files.exists(stampFile) || !Files.readString(stampFile).equals(stamp)) {
            deleteTree(folder);
            new WorkspaceGenerator(template, 42).generate(folder, size);
            Files.writeString(stampFile, stamp);
        }
        return folder;
    }

    private static Object listed(Object list) {
        int n = ((List<?>) list).size();
        if (n != 10_000) throw new IllegalStateException("listed " + n + " dossiers, not 10,000");
        return list;
    }

    static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    /** One memo warm, and 1,000 in a batch on two threads, against empty one-page PDFs written with PDFBox. */
    private void export(AppRuntime app, Object workspaces, Object exporter) throws Exception {
        Object repo = AppRuntime.call(workspaces, "defaultWorkspace");
        Object dossier = AppRuntime.call(repo, "load", "hemgenix");
        Object variant = enumValue(app, "hta.confidentiality", "hta.confidentiality.Variant", "PUBLIC");
        for (int i = 0; i < 10; i++) AppRuntime.call(exporter, "export", dossier, "no", null, variant);
        double memo = median(20, () -> time(() -> AppRuntime.call(exporter, "export", dossier, "no", null, variant)));
        for (int i = 0; i < 10; i++) emptyPdf();
        double empty = median(20, () -> time(Bench::emptyPdf));
        rows.add(new Row("export one memo, warm (public prisnotat)", memo, "ms", "empty one-page PDF with PDFBox",
                empty, "≤ 200 ms median"));
        double batch = parallel(1000, () -> AppRuntime.call(exporter, "export", dossier, "no", null, variant));
        double emptyBatch = parallel(1000, Bench::emptyPdf);
        rows.add(new Row("export 1,000 memos in batch (2 threads)", batch, "ms", "1,000 empty PDFs (2 threads)",
                emptyBatch, "≤ 60000 ms"));
    }

    /**
     * Scanning 1 MB of narrative for 1,000 confidential values with their derived quantities (the full model the
     * exporter uses: the Norwegian plugin's words and VAT rate, × 2 … 10, per month/week/day, per patient and
     * pack, and the chains of two of them), against one regex pass over the text; and building that index.
     */
    private void scan(AppRuntime app, Object registry) throws Exception {
        Bundle conf = app.bundle("hta.confidentiality");
        Class<?> secretClass = conf.loadClass("hta.confidentiality.SecretValue");
        Class<?> kindClass = conf.loadClass("hta.confidentiality.SecretValue$Kind");
        Class<?> wordsClass = conf.loadClass("hta.confidentiality.NumberWords");
        Class<?> modelClass = conf.loadClass("hta.confidentiality.LeakModel");
        Class<?> scanner = conf.loadClass("hta.confidentiality.LeakScanner");
        Object amount = Arrays.stream(kindClass.getEnumConstants()).filter(k -> k.toString().equals("AMOUNT")).findFirst().orElseThrow();
        Constructor<?> ctor = secretClass.getConstructor(String.class, BigDecimal.class, kindClass, String.class);
        Random random = new Random(7);
        List<Object> secrets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(ctor.newInstance("secret-" + i, BigDecimal.valueOf(1_000_000 + random.nextInt(900_000_000)), amount, "NOK"));
        }
        Object norway = ((java.util.Optional<?>) AppRuntime.call(registry, "find", "no")).orElseThrow();
        Object policy = AppRuntime.call(norway, "confidentiality");
        Constructor<?> model = modelClass.getConstructor(List.class, List.class, List.class, List.class, wordsClass,
                BigDecimal.class, List.class, boolean.class);
        Object full = model.newInstance(secrets, List.of(), List.of(), List.of(new BigDecimal("7.5"), new BigDecimal("28")),
                AppRuntime.call(policy, "numberWords"), new BigDecimal("0.01"), AppRuntime.call(policy, "vatRates"), true);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append("Budsjettvirkningen for år ").append(1 + random.nextInt(5)).append(" er ")
                    .append(String.format("%,d", 1_000_000 + random.nextInt(900_000_000)).replace(',', '\u00A0'))
                    .append(" NOK, og effekten varer i om lag ").append(random.nextInt(20)).append(",5 år. ");
        }
        String t = text.toString();
        java.lang.reflect.Method indexOf = scanner.getMethod("index", modelClass);
        Object index = indexOf.invoke(null, full);
        int targets = (Integer) AppRuntime.call(index, "size");
        java.lang.reflect.Method scan = index.getClass().getMethod("scan", String.class, String.class);
        for (int i = 0; i < 10; i++) scan.invoke(index, "bench", t);
        double scanMs = median(10, () -> time(() -> scan.invoke(index, "bench", t)));
        double indexMs = median(10, () -> time(() -> indexOf.invoke(null, full)));
        double regex = median(10, () -> time(() -> digitRuns(t)));
        rows.add(new Row("leak scan of 1 MB narrative against 1,000 values with derived quantities ("
                + targets + "), warm", scanMs, "ms", "one regex pass for digit runs over the same text", regex, "≤ 100 ms"));
        // prose as writers write it, every sentence dense with numbers of every kind the scan reads (counts with
        // decimals, shares of a duration, spelled amounts, spreadsheet formulas, dates): the passes that look at a
        // sentence's neighbours must stay linear in the text, not in its numbers squared
        StringBuilder dense = new StringBuilder();
        while (dense.length() < 1_000_000) {
            int n = 10 + random.nextInt(90);
            dense.append("I ").append(2015 + random.nextInt(12)).append(" fikk ").append(n)
                    .append(" pasienter behandlingen over ").append(1 + random.nextInt(24)).append(" måneder, og ")
                    .append(random.nextInt(100)).append(" prosent av dem ble fulgt i ").append(1 + random.nextInt(9))
                    .append(" år. Tre behandlinger koster omtrent like mye som ").append(1 + random.nextInt(9)).append(',')
                    .append(10 + random.nextInt(90)).append(" behandlinger til listepris. Den tiårige horisonten gir ")
                    .append(random.nextInt(100)).append(" prosent av ").append(5 + random.nextInt(20))
                    .append(" år. Prisen er ").append(1 + random.nextInt(40)).append(", ").append(random.nextInt(10))
                    .append(" millioner kroner og =").append(1000 + random.nextInt(9000)).append('*')
                    .append(2 + random.nextInt(11)).append(" i tabell ").append(1 + random.nextInt(9))
                    .append(", fra uke ").append(1 + random.nextInt(52)).append(" i ").append(2020 + random.nextInt(6))
                    .append(" til 1. mars ").append(2027 + random.nextInt(5)).append(".\n");
        }
        String d = dense.toString();
        for (int i = 0; i < 5; i++) scan.invoke(index, "bench", d);
        double denseMs = median(10, () -> time(() -> scan.invoke(index, "bench", d)));
        double denseRegex = median(10, () -> time(() -> digitRuns(d)));
        rows.add(new Row("leak scan of 1 MB of prose dense with numbers (four a sentence: counts, shares, durations,"
                + " formulas, dates) against the same values, warm", denseMs, "ms", "one regex pass over the same text",
                denseRegex, "≤ 100 ms"));
        rows.add(new Row("building the leak index for 1,000 values with derived quantities (once per export)", indexMs,
                "ms", "one regex pass for digit runs over 1 MB", regex, ""));
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** One regex pass for digit runs over {@code text}: the baseline of the leak scan rows. */
    private static int digitRuns(String text) {
        java.util.regex.Matcher m = DIGITS.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * Installing the Norway plugin through the plugin manager (signature check, stored copy, state and history,
     * targeted refresh) until the registry lists it, against installing a library bundle; then 200 install /
     * uninstall cycles and the retained heap after each GC.
     */
    private void hotInstall(AppRuntime app, Object registry) throws Exception {
        Object manager = app.service("hta.plugins.PluginManager", null);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            AppRuntime.call(manager, "uninstall", "no");
            long t0 = System.nanoTime();
            AppRuntime.call(manager, "installBundled", "no");
            while (!listsNorway(registry)) Thread.onSpinWait();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Path lib;
        try (Stream<Path> s = Files.list(AppRuntime.APP.resolve("bundles"))) {
            lib = s.filter(p -> p.getFileName().toString().startsWith("picocli")).findFirst().orElseThrow();
        }
        byte[] renamed = renamed(lib, "bench.baseline.library");
        List<Double> base = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            Bundle b = app.context().installBundle("bench:" + i, new java.io.ByteArrayInputStream(renamed));
            b.start();
            base.add((System.nanoTime() - t0) / 1e6);
            b.uninstall();
        }
        rows.add(new Row("hot install of the Norway plugin through the plugin manager until live", median(times), "ms",
                "install + start of a library bundle", median(base), "≤ 500 ms"));

        double afterWarmUp = 0;
        for (int cycle = 1; cycle <= 200; cycle++) {
            AppRuntime.call(manager, "uninstall", "no");
            AppRuntime.call(manager, "installBundled", "no");
            if (cycle == 20) afterWarmUp = retainedHeap();
        }
        while (!listsNorway(registry)) Thread.onSpinWait();
        double end = retainedHeap();
        rows.add(new Row("retained heap growth over 200 install / uninstall cycles (cycle 20 → 200)", end - afterWarmUp,
                "MB", "retained heap at cycle 20", afterWarmUp, "no growth"));
    }

    /** Heap in use after garbage collection has had its chance, in MB. */
    private static double retainedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }

    /** A copy of a library bundle under another symbolic name, so it can be installed beside the original. */
    static byte[] renamed(Path jar, String symbolicName) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest mf = new java.util.jar.Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(bytes, mf)) {
                for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
                    if (e.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) continue;
                    out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                    in.getInputStream(e).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static boolean listsNorway(Object registry) throws Exception {
        for (Object j : (List<?>) AppRuntime.call(registry, "jurisdictions")) {
            if ("no".equals(AppRuntime.call(j, "code"))) return true;
        }
        return false;
    }

    @Override
    public void row(String figure, double value, String unit, String baseline, double baselineValue, String target) {
        rows.add(new Row(figure, value, unit, baseline, baselineValue, target));
    }

    @Override
    public void note(String text) {
        notes.add(text);
    }

    private void report() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("| figure | value | baseline (same run) | baseline value | ratio | target |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append(String.format("| %s | %.1f %s | %s | %s | %s | %s |%n", r.figure(), r.value(), r.unit(),
                    r.baseline().isEmpty() ? "–" : r.baseline(),
                    r.baselineValue() > 0 ? String.format("%.1f %s", r.baselineValue(), r.unit()) : "–",
                    r.ratio(), r.target().isEmpty() ? "–" : r.target()));
        }
        for (String n : notes) sb.append('\n').append(n).append('\n');
        sb.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(loadAverage()).append('\n');
        System.out.println(sb);
        Files.writeString(out.resolve("results.md"), sb.toString());
    }

    // --- measuring ---------------------------------------------------------------------------------------

    /** Something to time that may throw. */
    interface Work {
        Object run() throws Exception;
    }

    /** Something that yields one measurement in ms. */
    interface Sample {
        double take() throws Exception;
    }

    static double time(Work w) throws Exception {
        long t0 = System.nanoTime();
        w.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static double run(Work w) throws Exception {
        long t0 = System.nanoTime();
        Object r = w.run();
        if (r instanceof Commands.Result cr && cr.exitCode() != 0) throw new IllegalStateException(cr.err());
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(int n, Sample s) throws Exception {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(s.take());
        return median(v);
    }

    /**
     * Medians of {@code n} samples of each, taken in turns (a, b, a, b …): on a shared machine the load drifts, and
     * taken in turns both sides see the same drift, so their ratio stays meaningful.
     */
    static double[] alternating(int n, Sample a, Sample b) throws Exception {
        List<Double> va = new ArrayList<>();
        List<Double> vb = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            va.add(a.take());
            vb.add(b.take());
        }
        return new double[] {median(va), median(vb)};
    }

    /** "; load average 1.2 (1 min)" where the system tells it (Linux), else nothing: how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "; load average " + f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min) when the run ended";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static double median(List<Double> v) {
        List<Double> sorted = v.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static double parallel(int count, Work w) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long t0 = System.nanoTime();
            List<Future<Object>> fs = new ArrayList<>();
            for (int i = 0; i < count; i++) fs.add(pool.submit(w::run));
            for (Future<Object> f : fs) f.get();
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            pool.shutdown();
        }
    }

    static Object emptyPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.size();
        }
    }

    static Commands.Result javaProcess(String mainClass, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(productJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("bench-process", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within 120 s");
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Commands.Result(p.exitValue(), output, output);
    }

    static Object enumValue(AppRuntime app, String bundle, String type, String name) throws Exception {
        Class<?> c = app.bundle(bundle).loadClass(type);
        return Arrays.stream(c.getEnumConstants()).filter(e -> e.toString().equals(name)).findFirst().orElseThrow();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
