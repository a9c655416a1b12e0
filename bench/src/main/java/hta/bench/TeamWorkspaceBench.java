package hta.bench;

import hta.app.AppRuntime;
import hta.testsupport.postgres.PostgresServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The team workspace's figures, each beside the folder store's measured in the same run: listing 100,000 dossiers in
 * a fresh JVM, saving one dossier, and 20 concurrent writers on 50 dossiers (so that saves collide), checked
 * afterwards for lost and doubled revisions. A PostgreSQL server of its own on localhost, with durable commits (fsync
 * on, as a team server runs).
 *
 * <p>The writers run {@code -Dhta.bench.pg.writers.seconds} seconds each (default 60; 600 is the ten-minute run of
 * record); {@code -Dhta.bench.pg=false} leaves the team workspace out.
 */
final class TeamWorkspaceBench {
    static final String LISTING = "team-listing";
    private static final int DOSSIERS = 100_000;
    /** Dossiers copied in through the store; the rest are copies of them made inside the database. */
    private static final int IMPORTED = 1_000;
    private static final int WRITERS = 20;
    private static final int CONTENDED = 50;
    private static final String PW = "bench-pw";

    /** Where the figures go. */
    interface Sink {
        void row(String figure, double value, String unit, String baseline, double baselineValue, String target);

        void note(String text);
    }

    private final Sink sink;
    private final Path out;

    TeamWorkspaceBench(Sink sink, Path out) {
        this.sink = sink;
        this.out = out;
    }

    void run(Object workspaces, Path generated10k) throws Exception {
        try (PostgresServer server = PostgresServer.startNew(Map.of("shared_buffers", "256MB", "max_connections", "200"))) {
            server.createDatabase("bench", "bench_owner", PW);
            String url = "postgresql://bench_owner:" + PW + "@" + server.host() + ":" + server.port() + "/bench";
            // 1,000 of the generated dossiers go in through the store, as a team would copy its folder in
            Path first = out.resolve("workspace-1000-links");
            Bench.deleteTree(first);
            Files.createDirectories(first);
            for (int i = 0; i < IMPORTED; i++) {
                String name = String.format("syn-%05d.json", i);
                Files.createLink(first.resolve(name), generated10k.resolve(name));
            }
            long t0 = System.nanoTime();
            copy(first, url);
            double copyMs = (System.nanoTime() - t0) / 1e6;
            for (String table : List.of(
                    "hta.dossier SELECT 'x' || k || '-' || id, revision, brand_name, inn, jurisdictions, saved_by, saved_at,"
                            + " schema_version FROM hta.dossier, generate_series(1, 99) k",
                    "hta.revision (dossier_id, revision, public_doc, saved_at, saved_by, summary, action) SELECT 'x' || k || '-'"
                            + " || dossier_id, revision, replace(public_doc, '\"id\" : \"' || dossier_id || '\"', '\"id\" : \"x' || k"
                            + " || '-' || dossier_id || '\"'), saved_at, saved_by, summary, 'import' FROM hta.revision, generate_series(1, 99) k",
                    "hta.confidential SELECT 'x' || k || '-' || dossier_id, jurisdiction, from_revision, content"
                            + " FROM hta.confidential, generate_series(1, 99) k")) {
                server.psql("bench", "INSERT INTO " + table);
            }
            server.psql("bench", "VACUUM ANALYZE");
            sink.note(String.format("Team workspace: `hta workspace copy` put 1,000 of the generated dossiers into the server in"
                    + " %.0f s (%.0f a second: a process reading, checking, splitting and saving each, with its audit); they"
                    + " were then copied 99 times inside the database under new ids, to make 100,000.", copyMs / 1000,
                    IMPORTED / (copyMs / 1000)));
            Path folder100k = folder100k(generated10k);

            double pgList = Bench.median(3, () -> Bench.listedInNewJvm(LISTING, url));
            warm(folder100k);
            double folderList = Bench.median(3, () -> Bench.listedInNewJvm(LISTING, folder100k.toString()));
            sink.row("team workspace: list 100,000 dossiers in a fresh JVM (PostgreSQL on localhost), median of 3", pgList,
                    "ms", "folder store, 100,000 files, first opening in a fresh JVM (files in the page cache)", folderList,
                    "≤ 2000 ms");
            double psql = Bench.median(3, () -> Bench.time(() -> server.psql("bench",
                    "COPY (SELECT id, brand_name, inn, revision, jurisdictions, saved_by, saved_at FROM hta.dossier"
                            + " ORDER BY id COLLATE \"C\") TO STDOUT")));
            sink.note(String.format("The same 100,000 summaries read by a psql process (COPY to its output): %.0f ms.", psql));

            Object pg = open(workspaces, url);
            Object dossier = AppRuntime.call(pg, "load", "syn-00001");
            for (int i = 0; i < 10; i++) AppRuntime.call(pg, "save", dossier, "bench", "warm-up");
            double pgSave = Bench.median(50, () -> Bench.time(() -> AppRuntime.call(pg, "save", dossier, "bench", "bench save")));
            Path saves = out.resolve("save-workspace-beside-pg");
            Bench.deleteTree(saves);
            Files.createDirectories(saves);
            Files.copy(generated10k.resolve("syn-00001.json"), saves.resolve("syn-00001.json"));
            Object folderRepo = AppRuntime.call(workspaces, "open", saves);
            Object fd = AppRuntime.call(folderRepo, "load", "syn-00001");
            for (int i = 0; i < 10; i++) AppRuntime.call(folderRepo, "save", fd, "bench", "warm-up");
            double folderSave = Bench.median(50, () -> Bench.time(() -> AppRuntime.call(folderRepo, "save", fd, "bench", "bench save")));
            sink.row("team workspace: save one dossier (split, revision check, history, audit; durable commit), median of 50",
                    pgSave, "ms", "folder store: save of the same dossier", folderSave, "≤ 20 ms median");
            AppRuntime.call(pg, "close");

            int seconds = Integer.getInteger("hta.bench.pg.writers.seconds", 60);
            Object source = AppRuntime.call(workspaces, "open", generated10k);
            Writers onServer = new Writers(seconds);
            onServer.run(() -> open(workspaces, url), source);
            Path folder = out.resolve("writers-workspace");
            Bench.deleteTree(folder);
            Files.createDirectories(folder);
            Writers onFolder = new Writers(seconds);
            onFolder.run(() -> AppRuntime.call(workspaces, "open", folder), source);
            sink.row("team workspace: " + WRITERS + " concurrent writers on " + CONTENDED + " dossiers for " + seconds
                    + " s: saves per second (" + onServer.summary() + ")", onServer.perSecond(), "saves/s",
                    "folder store, the same load (" + onFolder.summary() + ")", onFolder.perSecond(), "no lost or doubled revision");
            // not a target: with 20 writers on two processors the median is the wait for a processor
            sink.row("team workspace: a save under that load, median", onServer.median(), "ms", "folder store, the same load",
                    onFolder.median(), "");
            if (onServer.lost + onServer.doubled + onFolder.lost + onFolder.doubled > 0) {
                throw new IllegalStateException("lost or doubled revisions: team workspace " + onServer.summary()
                        + "; folder " + onFolder.summary());
            }
        }
    }

    /** Reads every file once, keeping none (2.3 GB would not fit the heap), so the listing finds them in the page cache. */
    private static void warm(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                try (var in = Files.newInputStream(f)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
    }

    /** {@code bin/hta workspace copy}, given the time 10,000 dossiers take (Commands gives a command two minutes). */
    private static void copy(Path from, String to) throws Exception {
        Path log = Files.createTempFile("bench-copy", ".log");
        ProcessBuilder pb = new ProcessBuilder(AppRuntime.APP.resolve("bin/hta").toString(), "--data-dir",
                Files.createTempDirectory("bench-copy").toString(), "workspace", "copy", "--from", from.toString(), "--to", to)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("hta workspace copy failed: " + Files.readString(log));
        }
        Files.delete(log);
    }

    /** 100,000 dossier files: the generated 10,000 and nine copies under new ids (made once, kept with a stamp). */
    private Path folder100k(Path generated10k) throws Exception {
        Path folder = out.resolve("workspace-100000");
        Path stamp = out.resolve("workspace-100000.stamp");
        String expected = Files.readString(out.resolve("workspace-10000.stamp"));
        if (Files.exists(stamp) && Files.readString(stamp).equals(expected)) return folder;
        Bench.deleteTree(folder);
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(generated10k)) {
            for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".json"))::iterator) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - 5);
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
                for (int k = 1; k <= 9; k++) {
                    Files.writeString(folder.resolve("x" + k + "-" + name),
                            text.replace("\"id\" : \"" + id + "\"", "\"id\" : \"x" + k + "-" + id + "\""), StandardCharsets.UTF_8);
                }
            }
        }
        Files.writeString(stamp, expected);
        return folder;
    }

    /** In the new JVM: starts the app, opens the workspace, lists it once (a folder with no index), prints the time. */
    static void listingHere(String address) throws Exception {
        try (AppRuntime app = AppRuntime.start(Map.of())) {
            Object workspaces = app.service("hta.dossier.repository.Workspaces", null);
            Object repo;
            if (address.contains("://")) {
                repo = open(workspaces, address);
            } else {
                Files.deleteIfExists(Path.of(address, ".index"));
                repo = AppRuntime.call(workspaces, "open", Path.of(address));
            }
            long t0 = System.nanoTime();
            int n = ((List<?>) AppRuntime.call(repo, "list")).size();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (n != DOSSIERS) throw new IllegalStateException("listed " + n + " dossiers, not " + DOSSIERS);
            System.out.println("listed-ms=" + ms);
            AppRuntime.call(repo, "close");
        }
    }

    /** {@code Workspaces.open(url, PasswordSource.NONE)} by reflection (the API is in the framework's class space). */
    static Object open(Object workspaces, String url) throws Exception {
        for (Method m : workspaces.getClass().getMethods()) {
            if (m.getName().equals("open") && m.getParameterCount() == 2) {
                Object none = m.getParameterTypes()[1].getField("NONE").get(null);
                return m.invoke(workspaces, url, none);
            }
        }
        throw new IllegalStateException("no Workspaces.open(String, PasswordSource)");
    }

    /** Opens a repository for one writer. */
    interface Opener {
        Object open() throws Exception;
    }

    /**
     * Writers that each load a dossier of the contended set, change it and save it, for a fixed time; a conflict is
     * counted and the writer goes on. Afterwards every acknowledged save must be in its dossier's history with what
     * was saved (nothing lost), no revision may have been acknowledged twice (nothing doubled), and the history holds
     * nothing else.
     */
    private static final class Writers {
        private final int seconds;
        private final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private final AtomicLong conflicts = new AtomicLong();
        private long saves;
        long lost;
        long doubled;

        Writers(int seconds) {
            this.seconds = seconds;
        }

        void run(Opener opener, Object source) throws Exception {
            Object seeder = opener.open();
            for (int i = 1; i <= CONTENDED; i++) {
                Object d = AppRuntime.call(source, "load", String.format("syn-%05d", i));
                d.getClass().getField("id").set(d, String.format("w-%05d", i));
                d.getClass().getField("revision").setLong(d, 0);
                AppRuntime.call(seeder, "save", d, "seed", "seed");
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<Object>> fs = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                fs.add(pool.submit(() -> write(opener.open(), writer, end)));
            }
            for (Future<Object> f : fs) f.get();
            pool.shutdown();
            saves = acknowledged.size();
            for (int i = 1; i <= CONTENDED; i++) check(seeder, String.format("w-%05d", i));
            AppRuntime.call(seeder, "close");
        }

        private Object write(Object repo, int writer, long end) throws Exception {
            Random random = new Random(writer);
            long n = 0;
            while (System.nanoTime() < end) {
                String id = String.format("w-%05d", 1 + random.nextInt(CONTENDED));
                Object d = AppRuntime.call(repo, "load", id);
                Object product = d.getClass().getField("product").get(d);
                String brand = "writer " + writer + " #" + n++;
                product.getClass().getField("brandName").set(product, brand);
                long t0 = System.nanoTime();
                try {
                    long rev = (Long) AppRuntime.call(repo, "save", d, "writer-" + writer, "bench");
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (acknowledged.putIfAbsent(id + "@" + rev, brand) != null) doubledOne();
                } catch (InvocationTargetException e) {
                    if (!e.getCause().getClass().getSimpleName().equals("SaveConflictException")) throw e;
                    conflicts.incrementAndGet();
                }
            }
            AppRuntime.call(repo, "close");
            return null;
        }

        private synchronized void doubledOne() {
            doubled++;
        }

        private void check(Object repo, String id) throws Exception {
            List<?> history = (List<?>) AppRuntime.call(repo, "history", id);
            long mine = acknowledged.keySet().stream().filter(k -> k.startsWith(id + "@")).count();
            if (history.size() != mine + 1) lost += Math.abs(history.size() - (mine + 1));
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                if (!a.getKey().startsWith(id + "@")) continue;
                long rev = Long.parseLong(a.getKey().substring(id.length() + 1));
                Object d = AppRuntime.call(repo, "loadRevision", id, rev);
                Object product = d.getClass().getField("product").get(d);
                if (!a.getValue().equals(product.getClass().getField("brandName").get(product))) lost++;
            }
        }

        double perSecond() {
            return saves / (double) seconds;
        }

        double median() {
            return latencies.isEmpty() ? 0 : Bench.median(new ArrayList<>(latencies));
        }

        String summary() {
            List<Double> sorted = latencies.stream().sorted().toList();
            double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95));
            return String.format("%d saves, %d conflicts refused, p95 %.1f ms, %d lost, %d doubled", saves, conflicts.get(),
                    p95, lost, doubled);
        }
    }
}
