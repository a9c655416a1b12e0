package hta.export.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** A failure in the plugin's code is the plugin's; one in the workbench's own code is not blamed on the plugin. */
class CulpritTest {
    /** A plugin's class loader: it defines this test's fixture class itself, as a bundle defines its classes. */
    private static ClassLoader plugin() {
        URL classes = CulpritTest.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, null);
    }

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException e = new IllegalStateException("a message that may hold 29 950 000");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) frames[i] = new StackTraceElement(classes[i], "render", null, 1);
        e.setStackTrace(frames);
        return e;
    }

    @Test
    void thePluginsOwnCodeIsThePlugins() {
        String fixture = PluginFixture.class.getName();
        assertEquals(Culprit.Owner.PLUGIN, Culprit.of(thrownAt(fixture, "hta.export.pdf.internal.DefaultMemoExporter"), plugin()));
        // a library it called threw: the plugin's call is the first frame that is anyone's
        assertEquals(Culprit.Owner.PLUGIN, Culprit.of(thrownAt("java.util.Objects", "java.text.NumberFormat", fixture), plugin()));
    }

    @Test
    void theWorkbenchsOwnCodeIsNotThePlugins() {
        // the scanner's own fault under an export: the plugin rendered, the core failed
        assertEquals(Culprit.Owner.WORKBENCH, Culprit.of(thrownAt("java.util.Arrays",
                "hta.confidentiality.internal.PerceivedText", "hta.export.pdf.internal.DefaultMemoExporter"), plugin()));
        assertEquals("PerceivedText.render", Culprit.where(thrownAt("java.util.Arrays", "hta.confidentiality.internal.PerceivedText")));
        // the plugin gone: its code cannot be asked, and the refusal says it went away
        assertEquals(Culprit.Owner.PLUGIN, Culprit.of(thrownAt("hta.confidentiality.internal.PerceivedText"), null));
    }

    /** Stands for a class of a plugin's bundle. */
    static final class PluginFixture {
    }
}
