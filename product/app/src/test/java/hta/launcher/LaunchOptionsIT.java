package hta.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's {@code --workspace}: a folder is the workspace the framework starts on; a team workspace's address
 * goes to the application (the workbench opens it). Run by failsafe: surefire is off in this module.
 */
class LaunchOptionsIT {

    @Test
    void aFolderIsTheWorkspaceTheFrameworkStartsOn() {
        Main.LaunchOptions o = Main.LaunchOptions.parse(new String[]{"--workspace", "/srv/dossiers", "list"});
        assertEquals(Path.of("/srv/dossiers"), o.workspace());
        assertEquals(List.of("--workspace", "/srv/dossiers", "list"), o.applicationArgs());
    }

    @Test
    void aTeamAddressIsLeftToTheApplicationNotTakenForAFolder() {
        for (String[] args : List.of(new String[]{"--workspace", "postgresql://nora@db.example:5432/hta"},
                new String[]{"--workspace=postgresql://nora@db.example/hta"})) {
            Main.LaunchOptions o = Main.LaunchOptions.parse(args);
            assertNull(o.workspace(), String.join(" ", args));
            assertEquals(List.of(args), o.applicationArgs());
        }
    }
}
