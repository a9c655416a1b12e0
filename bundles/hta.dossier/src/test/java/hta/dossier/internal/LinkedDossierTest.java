package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier file that is a symbolic link to a file elsewhere: a save writes through the link and keeps it. */
class LinkedDossierTest {
    @TempDir
    Path dir;
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @Test
    void savingALinkedDossierUpdatesItsTargetAndKeepsTheLink() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Path elsewhere = Files.copy(DEMO.resolve("hemgenix.json"), Files.createDirectories(dir.resolve("shared"))
                .resolve("hemgenix.json"));
        Path link = Files.createSymbolicLink(workspace.resolve("hemgenix.json"), elsewhere);
        JsonFolderRepository repo = new JsonFolderRepository(workspace);
        Dossier d = repo.load("hemgenix");
        d.product.brandName = "Hemgenix linked";
        repo.save(d, "alice", "renamed through the link");
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(elsewhere).contains("Hemgenix linked"), "the target keeps the old revision");
        assertEquals("Hemgenix linked", new JsonFolderRepository(workspace).load("hemgenix").product.brandName);
    }
}
