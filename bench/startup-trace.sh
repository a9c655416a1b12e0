#!/usr/bin/env bash
# Where a command's time goes, by phase and by thread: copies a built app, compiles into the copy a launcher with a
# timeline (the main thread's wall and processor time at each launcher step, at every bundle start and service
# registration, and at the end the processor time of every live thread and of the whole process), remakes its
# class-data-sharing archive, and runs the command N times with it. The launcher of the given app is not touched.
# usage: bench/startup-trace.sh N APP-FOLDER [COMMAND ARGS]   (default command: plugins list)
# e.g.   bench/startup-trace.sh 3 product/app/target/hta-workbench --safe-mode plugins list
set -euo pipefail
N=$1; APP="$(cd "$2" && pwd)"; shift 2
ARGS=("$@"); [ ${#ARGS[@]} -eq 0 ] && ARGS=(plugins list)
SRC="$(cd "$(dirname "$0")/.." && pwd)/product/app/src/main/java/hta/launcher"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
cp -a "$APP" "$WORK/app"; mkdir -p "$WORK/src/hta/launcher" "$WORK/out"; cp "$SRC"/*.java "$WORK/src/hta/launcher/"
cat > "$WORK/src/hta/launcher/Trace.java" <<'JAVA'
package hta.launcher;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Timeline of one run (bench/startup-trace.sh only): ms since the JVM started, the thread's processor ms, what. */
final class Trace {
    private static final long T0 = ManagementFactory.getRuntimeMXBean().getStartTime();

    static void mark(String what) {
        System.err.printf("%6d ms  cpu %4d ms  %-16.16s %s%n", System.currentTimeMillis() - T0,
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000, Thread.currentThread().getName(), what);
    }

    /** Processor ms of every live thread (by name, numbers dropped) and of the whole process, ended threads included. */
    static void threads() {
        Map<String, Long> byName = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (Exception gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#-]+$", "");
                byName.merge(name, ticks(stat), Long::sum);
            }
            System.err.println("processor ms: process " + ticks(Files.readString(Path.of("/proc/self/stat")))
                    + " (the JVM's main thread is 'java'); live threads " + byName);
        } catch (Exception e) {
            System.err.println("no /proc: " + e);
        }
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 ticks a second
    }
}
JAVA
python3 - "$WORK/src/hta/launcher" <<'PY'
import sys
d = sys.argv[1]
def patch(name, pairs):
    p = d + '/' + name; s = open(p).read()
    for old, new in pairs:
        if old not in s: sys.exit('startup-trace.sh: the launcher changed; cannot place: ' + old)
        s = s.replace(old, new, 1)
    open(p, 'w').write(s)
patch('Main.java', [
    ('System.exit(run(args, System.out, System.err));', 'int rc = run(args, System.out, System.err); Trace.threads(); System.exit(rc);'),
    ('String mode = System.getProperty("hta.mode", "cli");', 'Trace.mark("main"); String mode = System.getProperty("hta.mode", "cli");'),
    ('Warmup.begin(home);', 'Trace.mark("usage checked"); Warmup.begin(home);'),
    ('try (Runtime runtime = Runtime.start(home, data, mode, options)) {\n                return runtime.runApplication(options.applicationArgs());',
     'Trace.mark("data directory ready"); try (Runtime runtime = Runtime.start(home, data, mode, options)) {\n                Trace.mark("platform started"); try { return runtime.runApplication(options.applicationArgs()); } finally { Trace.mark("application returned"); }'),
])
patch('Runtime.java', [
    ('framework.init();', 'framework.init(); Trace.mark("framework initialised");\n'
     '            framework.getBundleContext().addBundleListener(new org.osgi.framework.SynchronousBundleListener() { public void bundleChanged(org.osgi.framework.BundleEvent e) { if (e.getType() == org.osgi.framework.BundleEvent.STARTED) Trace.mark("started " + e.getBundle().getSymbolicName()); } });\n'
     '            framework.getBundleContext().addServiceListener(e -> { if (e.getType() == org.osgi.framework.ServiceEvent.REGISTERED) Trace.mark("service " + java.util.Arrays.toString((String[]) e.getServiceReference().getProperty("objectClass")) + " by " + e.getServiceReference().getBundle().getSymbolicName()); });'),
    ('framework.start();', 'Trace.mark("bundles installed"); framework.start(); Trace.mark("framework started");'),
    ('framework.stop();', 'Trace.mark("stopping"); framework.stop();'),
    ('        // the cache is left for', '        Trace.mark("stopped");\n        // the cache is left for'),
])
PY
javac -nowarn -d "$WORK/out" -cp "$WORK/app/lib/*" "$WORK"/src/hta/launcher/*.java 2>&1 | grep -v '^Note' || true
(cd "$WORK/out" && jar uf "$WORK/app/lib/hta-launcher.jar" hta/launcher/*.class)
"$WORK/app/lib/cds-archive.sh" 2>/dev/null  # its training runs would print their timelines too
DATA="$WORK/data"; "$WORK/app/bin/hta" --data-dir "$DATA" plugins list >/dev/null 2>&1 # copies the demo workspace
for i in $(seq "$N"); do
  echo "--- run $i: hta ${ARGS[*]}"
  "$WORK/app/bin/hta" --data-dir "$DATA" "${ARGS[@]}" 2>&1 >/dev/null | grep -v '^warning' || true
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
