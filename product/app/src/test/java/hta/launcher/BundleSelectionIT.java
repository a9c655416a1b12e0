package hta.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.app.AppRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a headless command leaves out (the team workspace's stack) is what nothing else of the built app needs: no
 * other bundle and no bundled plugin imports a package it exports, so every other bundle resolves without it. And it
 * is installed whenever a command line names a workspace by address, and always for the window.
 */
class BundleSelectionIT {

    @Test
    void nothingOutsideTheTeamWorkspaceImportsWhatItExports() throws IOException {
        List<Path> jars = new ArrayList<>(jars(AppRuntime.APP.resolve("bundles")));
        jars.addAll(jars(AppRuntime.APP.resolve("plugins")));
        BundleSelection headless = BundleSelection.of("cli", List.of("plugins", "list"));
        Set<String> leftOut = new TreeSet<>();
        Set<String> exported = new TreeSet<>();
        for (Path jar : jars) {
            if (headless.installs(jar.getFileName().toString())) continue;
            leftOut.add(jar.getFileName().toString());
            exported.addAll(packages(jar, "Export-Package"));
        }
        assertEquals(5, leftOut.size(), "the team workspace's bundles are found by their file names: " + leftOut);
        for (Path jar : jars) {
            if (!headless.installs(jar.getFileName().toString())) continue;
            Set<String> needed = new TreeSet<>(packages(jar, "Import-Package"));
            needed.retainAll(exported);
            assertEquals(Set.of(), needed, jar.getFileName() + " imports packages of the team workspace's bundles");
        }
    }

    @Test
    void anAddressAnywhereOnTheCommandLineAndTheWindowInstallEverything() {
        for (List<String> args : List.of(List.of("list", "--workspace", "postgresql://nora@db.example:5432/hta"),
                List.of("list", "--workspace=postgresql://db.example/hta"),
                List.of("workspace", "copy", "--from", "/srv/dossiers", "--to", "postgresql://db.example/hta"))) {
            assertTrue(BundleSelection.of("cli", args).installs("hta.dossier.pg_0.1.0.jar"), args.toString());
        }
        assertTrue(BundleSelection.of("workbench", List.of()).installs("org.postgresql.jdbc_42.7.14.jar"));
        BundleSelection folder = BundleSelection.of("cli", List.of("list", "--workspace", "/srv/postgresql-dossiers"));
        assertFalse(folder.installs("org.flywaydb.core_13.12.2.jar"));
        assertTrue(folder.installs("hta.dossier_0.1.0.jar"));
        assertTrue(folder.installs("org.apache.pdfbox_3.0.8.jar"));
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The package names of a manifest header (attributes and directives dropped, quoted commas respected). */
    private static Set<String> packages(Path jar, String header) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            String value = jf.getManifest().getMainAttributes().getValue(header);
            if (value == null) return names;
            boolean quoted = false;
            StringBuilder clause = new StringBuilder();
            for (char c : (value + ",").toCharArray()) {
                if (c == '"') quoted = !quoted;
                if (c == ',' && !quoted) {
                    for (String part : clause.toString().split(";")) {
                        if (!part.contains("=")) names.add(part.trim());
                    }
                    clause.setLength(0);
                } else {
                    clause.append(c);
                }
            }
        }
        return names;
    }
}
