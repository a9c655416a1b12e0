package hta.app;

import static hta.app.PluginsIT.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginInfo;
import hta.plugins.PluginManager;
import hta.plugins.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;

/**
 * The low findings of the plugin administration and its commands, each through the real {@code bin/hta} (or two
 * frameworks on one data directory): history, file-system errors, exit codes, dry runs, the repository, the data
 * directory option, device files, the watched folder's refusals, concurrent administrators, help without the
 * framework.
 */
class PluginCommandsIT {
    @TempDir
    Path work;

    static HostileRun.Result hta(Path data, String... args) throws Exception {
        return HostileRun.hta(data, args);
    }

    @Test
    void anInvalidUtf8ByteInTheHistoryDoesNotBreakPluginsHistory() throws Exception {
        Path data = work.resolve("data");
        assertEquals(0, hta(data, "plugins", "install", jar("tl-1.0.0.jar").toString()).exitCode());
        Files.write(data.resolve("plugin-state/history.tsv"), new byte[] {'x', (byte) 0xff, (byte) 0xc3, '\n'},
                StandardOpenOption.APPEND);
        assertEquals(0, hta(data, "plugins", "disable", "tl").exitCode());
        HostileRun.Result history = hta(data, "plugins", "history");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("install tl") && history.out().contains("disable tl"), history.out());
    }

    @Test
    void fileSystemErrorsSayWhyAndNotOnlyWhere() throws Exception {
        Path data = work.resolve("data");
        HostileRun.Result r = hta(data, "plugins", "history", "--out", "/proc/hta-none/history.csv");
        assertNotEquals(0, r.exitCode());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().toLowerCase().matches("(?s).*(no such|permission|read-only|not a folder|not a directory).*"),
                "the reason is given: " + r.err());
        Files.createDirectories(work.resolve("folder.jar"));
        HostileRun.Result folder = hta(data, "plugins", "verify", work.resolve("folder.jar").toString());
        assertTrue(folder.out().contains("is a folder"), folder.out());
    }

    @Test
    void usageErrorsExitWith2AndRefusalsWith1() throws Exception {
        Path data = work.resolve("data");
        assertEquals(2, hta(data, "plugins", "install").exitCode());
        assertEquals(2, hta(data, "plugins", "install", "--policy", "bogus", jar("tl-1.0.0.jar").toString()).exitCode());
        assertEquals(2, hta(data, "plugins", "bogus").exitCode());
        HostileRun.Result missing = hta(data, "plugins", "install", work.resolve("missing.jar").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertEquals(1, hta(data, "plugins", "enable", "zz").exitCode());
        assertEquals(1, hta(data, "plugins", "install", jar("unsigned-tl-1.0.0.jar").toString()).exitCode());
        HostileRun.Result badId = hta(data, "export", "--dossier", "../etc/passwd", "--jurisdiction", "no", "--variant",
                "public", "--out", work.resolve("memo.pdf").toString());
        assertEquals(2, badId.exitCode(), "an invalid dossier id is a usage error: " + badId.err());
    }

    @Test
    void historyOutIntoAMissingFolderIsRefusedInsteadOfWritingAFileNamedAfterIt() throws Exception {
        Path data = work.resolve("data");
        Path folder = work.resolve("missing-folder");
        HostileRun.Result r = hta(data, "plugins", "history", "--out", folder + "/");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertFalse(Files.exists(folder), "a file named after the folder was written");
    }

    @Test
    void restoreLastGoodDryRunRefusesWhatTheRealRunRefuses() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("plugin-state"));
        Files.writeString(data.resolve("plugin-state/last-good.properties"), "no.origin=\\u00zz\n");
        HostileRun.Result dry = hta(data, "plugins", "restore-last-good", "--dry-run");
        HostileRun.Result real = hta(data, "plugins", "restore-last-good");
        assertEquals(real.exitCode(), dry.exitCode(), "dry run: " + dry.out() + "\nreal run: " + real.err());

        // a set whose stored copy has gone: the dry run says it would be refused, the real run refuses it
        Path other = work.resolve("other");
        assertEquals(0, hta(other, "plugins", "install", jar("tl-1.0.0.jar").toString()).exitCode());
        assertEquals(0, hta(other, "plugins", "update", jar("tl-1.1.0.jar").toString()).exitCode());
        try (var s = Files.list(other.resolve("plugin-state/jars"))) {
            for (Path p : s.toList()) Files.delete(p);
        }
        HostileRun.Result dry2 = hta(other, "plugins", "restore-last-good", "--dry-run");
        HostileRun.Result real2 = hta(other, "plugins", "restore-last-good");
        assertEquals(1, real2.exitCode(), real2.out() + real2.err());
        assertEquals(1, dry2.exitCode(), "the dry run promised: " + dry2.out());
        assertTrue(dry2.out().contains("Would be refused"), dry2.out());
    }

    @Test
    void aBrokenRepositoryDoesNotBlockReinstallingABundledPlugin() throws Exception {
        Path data = work.resolve("data");
        Path broken = Files.createDirectories(work.resolve("broken-repository"));
        Files.writeString(broken.resolve("content.xml"), "<repository><units>");
        Map<String, String> env = Map.of("HTA_JAVA_OPTS", "-Dhta.plugins.repository=" + broken);
        assertEquals(0, HostileRun.hta(AppRuntime.APP, data, env, Duration.ofSeconds(60), "plugins", "uninstall", "smc").exitCode());
        HostileRun.Result back = HostileRun.hta(AppRuntime.APP, data, env, Duration.ofSeconds(60), "plugins", "install", "smc");
        assertEquals(0, back.exitCode(), back.err());
        assertTrue(back.out().contains("Installed: Scotland (SMC)"), back.out());
    }

    @Test
    void anEmptyDataDirIsAUsageErrorAndNotTheCurrentFolder() throws Exception {
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        List<String> cmd = List.of(AppRuntime.APP.resolve("bin/hta").toAbsolutePath().toString(), "--data-dir", "", "list");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        AppRuntime.scriptEnvironment(pb.environment(), Map.of());
        Process p = pb.redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("--data-dir"), output);
        try (var s = Files.list(cwd)) {
            assertEquals(List.of(), s.toList(), "nothing is written into the current folder");
        }
    }

    @Test
    void deviceFilesAreReportedAsNotRegularFilesAndNotAsEmpty() throws Exception {
        Path data = work.resolve("data");
        HostileRun.Result nul = hta(data, "plugins", "verify", "/dev/null");
        assertEquals(1, nul.exitCode());
        assertTrue(nul.out().contains("not a regular file") && !nul.out().contains("empty"), nul.out());
        HostileRun.Result zero = hta(data, "plugins", "install", "/dev/zero");
        assertNotEquals(0, zero.exitCode());
        assertTrue(zero.err().contains("not a regular file"), zero.err());
    }

    @Test
    void refusedWatchedJarsAreListedAndRecordedOnlyOnce() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("plugins"));
        Files.copy(jar("unsigned-tl-1.0.0.jar"), data.resolve("plugins/dropped.jar"));
        for (int i = 0; i < 2; i++) {
            HostileRun.Result list = hta(data, "plugins", "list");
            assertTrue(list.out().lines().anyMatch(l -> l.contains("dropped.jar") && l.contains("not signed")), list.out());
        }
        HostileRun.Result history = hta(data, "plugins", "history");
        assertEquals(1, history.out().lines().filter(l -> l.contains("dropped.jar") && l.contains("refused")).count(),
                history.out());
    }

    @Test
    void helpAndUsageErrorsAreAnsweredWithoutStartingTheFramework() throws Exception {
        // an app without any bundle: only the launcher can answer
        Path app = HostileRun.appCopy(Files.createDirectories(work.resolve("app")), "bundles");
        try (var s = Files.list(app.resolve("bundles"))) {
            for (Path p : s.toList()) Files.delete(p);
        }
        Path data = Path.of("/proc/hta-not-a-data-dir");
        Duration limit = Duration.ofSeconds(30);
        HostileRun.Result help = HostileRun.hta(app, data, Map.of(), limit, "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("plugins") && help.out().contains("export"), help.out());
        HostileRun.Result pluginsHelp = HostileRun.hta(app, data, Map.of(), limit, "plugins", "install", "--help");
        assertEquals(0, pluginsHelp.exitCode(), pluginsHelp.err());
        assertTrue(pluginsHelp.out().contains("--allow-downgrade") || pluginsHelp.out().contains("--policy"), pluginsHelp.out());
        HostileRun.Result unknown = HostileRun.hta(app, data, Map.of(), limit, "bogus");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        HostileRun.Result missing = HostileRun.hta(app, data, Map.of(), limit, "plugins", "install");
        assertEquals(2, missing.exitCode(), missing.err());
    }

    @Test
    void twoCommandProcessesChangingPluginsAtOnceKeepBothChanges() throws Exception {
        Path data = work.resolve("data");
        assertEquals(0, HostileRun.hta(data, "plugins", "list").exitCode(), "the data directory is set up");
        // each pair is started together, so the two processes' read-modify-write of the state overlap
        List<List<String[]>> pairs = List.of(
                List.of(new String[] {"plugins", "install", jar("tl-1.0.0.jar").toString()}, new String[] {"plugins", "disable", "dk"}),
                List.of(new String[] {"plugins", "install", jar("th-1.0.0.jar").toString()}, new String[] {"plugins", "disable", "se"}),
                List.of(new String[] {"plugins", "uninstall", "tl"}, new String[] {"plugins", "enable", "dk"}));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (List<String[]> pair : pairs) {
                List<Future<HostileRun.Result>> runs = pair.stream().map(args -> two.submit(() -> HostileRun.hta(data, args))).toList();
                for (Future<HostileRun.Result> r : runs) assertEquals(0, r.get().exitCode(), r.get().out() + r.get().err());
            }
        } finally {
            two.shutdown();
        }
        List<String> list = HostileRun.hta(data, "plugins", "list").out().lines().toList();
        assertTrue(list.stream().noneMatch(l -> l.startsWith("tl ")), "tl was uninstalled: " + list);
        assertTrue(list.stream().anyMatch(l -> l.startsWith("th ") && l.contains("active")), "th was lost: " + list);
        assertTrue(list.stream().anyMatch(l -> l.startsWith("se ") && l.contains("disabled")), "se's change was lost: " + list);
        assertTrue(list.stream().anyMatch(l -> l.startsWith("dk ") && l.contains("active")), "dk's change was lost: " + list);
    }

    @Test
    void twoAdministratorsChangingPluginsAtOnceKeepBothChanges() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        AppRuntime a = AppRuntime.start(data, Map.of(Constants.FRAMEWORK_STORAGE, data.resolve("cache-a").toString()));
        AppRuntime b = AppRuntime.start(data, Map.of(Constants.FRAMEWORK_STORAGE, data.resolve("cache-b").toString()));
        try {
            PluginManager pa = PluginsIT.manager(a);
            PluginManager pb = PluginsIT.manager(b);
            // one after the other, each process with the state it read when it started
            pa.install(jar("tl-1.0.0.jar"), TrustPolicy.REFUSE, null);
            pb.install(jar("th-1.0.0.jar"), TrustPolicy.REFUSE, null);
            // and at the same moment
            ExecutorService two = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            Future<?> fa = two.submit(() -> {
                go.await();
                return pa.disable("dk");
            });
            Future<?> fb = two.submit(() -> {
                go.await();
                return pb.disable("se");
            });
            go.countDown();
            fa.get();
            fb.get();
            two.shutdown();
        } finally {
            a.stop();
            b.stop();
        }
        try (AppRuntime c = AppRuntime.start(data, Map.of())) {
            PluginManager pm = PluginsIT.manager(c);
            assertEquals(PluginInfo.State.ACTIVE, PluginsIT.info(pm, "tl").state(), "tl was lost");
            assertEquals(PluginInfo.State.ACTIVE, PluginsIT.info(pm, "th").state(), "th was lost");
            assertEquals(PluginInfo.State.DISABLED, PluginsIT.info(pm, "dk").state());
            assertEquals(PluginInfo.State.DISABLED, PluginsIT.info(pm, "se").state());
        }
    }
}
