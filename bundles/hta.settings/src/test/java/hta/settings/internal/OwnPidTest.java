package hta.settings.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.jurisdiction.Jurisdiction;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The settings service offers only settings a jurisdiction can read: those of its own PID (the plugin manager hands
 * a plugin only the configurations named after its code), never another country's.
 */
class OwnPidTest {
    @Test
    void aJurisdictionsSettingsLiveUnderItsOwnCode() {
        assertTrue(ConfigAdminSettings.ownPid(jurisdiction("no", null)), "the contract's default");
        assertTrue(ConfigAdminSettings.ownPid(jurisdiction("no", "hta.jurisdiction.no")));
        assertTrue(ConfigAdminSettings.ownPid(jurisdiction("no", "hta.jurisdiction.no.memo")));
        assertFalse(ConfigAdminSettings.ownPid(jurisdiction("aa", "hta.jurisdiction.no")),
                "a plugin naming another country's PID would have its settings written there");
        assertFalse(ConfigAdminSettings.ownPid(jurisdiction("no", "hta.jurisdiction.nox")));
        assertFalse(ConfigAdminSettings.ownPid(jurisdiction("de", "org.example.hta.amnog")));
    }

    /** A jurisdiction answering its code and PID; the contract's defaults for the rest ({@code pid} null: default). */
    private static Jurisdiction jurisdiction(String code, String pid) {
        return (Jurisdiction) Proxy.newProxyInstance(OwnPidTest.class.getClassLoader(), new Class<?>[] {Jurisdiction.class},
                (p, m, a) -> switch (m.getName()) {
                    case "code" -> code;
                    case "configurationPid" -> pid != null ? pid : InvocationHandler.invokeDefault(p, m, a);
                    default -> m.isDefault() ? InvocationHandler.invokeDefault(p, m, a) : null;
                });
    }
}
