package hta.workbench.shell.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LayoutStateTest {
    private final Perspective authoring = Perspective.builtIn().get(0);

    @Test
    void theUsersLayoutSurvivesAWriteAndRead() {
        LayoutState s = LayoutState.of(authoring);
        s.place("hta.problems", Area.RIGHT);
        s.closed.add("hta.progress");
        s.minimised.add(Area.LEFT);
        s.dividers.put("left", 0.3);
        Properties p = new Properties();
        s.write(p);
        LayoutState back = LayoutState.read(authoring, p);
        assertEquals(Area.RIGHT, back.area("hta.problems"));
        assertTrue(back.isClosed("hta.progress"));
        assertTrue(back.minimised.contains(Area.LEFT));
        assertEquals(0.3, back.dividers.get("left"), 1e-9);
    }

    @Test
    void nothingStoredOrGarbageStoredGivesThePerspectivesDefaults() {
        LayoutState fresh = LayoutState.read(authoring, new Properties());
        assertEquals(List.of("hta.navigator"), fresh.views(Area.LEFT));
        Properties p = new Properties();
        p.setProperty("authoring.stored", "1");
        p.setProperty("authoring.divider.left", "not a number");
        p.setProperty("authoring.minimised", "sideways");
        LayoutState odd = LayoutState.read(authoring, p);
        assertEquals(0.2, odd.dividers.get("left"), 1e-9);
        assertTrue(odd.minimised.isEmpty());
        assertEquals(Area.LEFT, odd.area("hta.navigator"), "views the stored layout lacks return to their place");
    }
}
