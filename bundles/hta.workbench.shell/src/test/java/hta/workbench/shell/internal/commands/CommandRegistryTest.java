package hta.workbench.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
    private static Command command(String id, String keys, String source) {
        return new Command(id, id, "File", Command.keyStroke(keys), source, null, () -> { });
    }

    @Test
    void aPluginCommandOnAKeyAlreadyBoundIsAConflictNamingBothAndGoesWithTheCommand() {
        CommandRegistry r = new CommandRegistry();
        r.add(command("save", "ctrl S", Command.WORKBENCH));
        r.add(command("other", "ctrl shift S", Command.WORKBENCH));
        assertTrue(r.conflicts().isEmpty());
        r.add(command("steal", "ctrl S", "hta.jurisdiction.xx"));
        List<CommandRegistry.Conflict> c = r.conflicts();
        assertEquals(1, c.size());
        assertEquals("Ctrl+S is bound to 'save' (workbench) and 'steal' (hta.jurisdiction.xx)", c.get(0).describe());
        r.remove("steal");
        assertTrue(r.conflicts().isEmpty());
    }

    @Test
    void duplicateIdsAndUnreadableKeysAreRefusedWithTheReason() {
        CommandRegistry r = new CommandRegistry();
        r.add(command("save", "ctrl S", Command.WORKBENCH));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> r.add(command("save", null, "hta.plugin")));
        assertTrue(dup.getMessage().contains("'save' of hta.plugin is already used by workbench"), dup.getMessage());
        IllegalArgumentException keys = assertThrows(IllegalArgumentException.class, () -> Command.keyStroke("control+S"));
        assertTrue(keys.getMessage().contains("'control+S' is not a key binding"), keys.getMessage());
    }
}
