package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** Whether a plugin's manifest fits the contract the workbench provides. */
class ContractCheckTest {
    static final String REQ_1 = "hta.jurisdiction.contract;filter:=\"(&(version>=1.0)(!(version>=2.0)))\"";
    final ContractCheck host1 = new ContractCheck(() -> List.of(Map.of("version", new Version(1, 0, 0))));

    @Test
    void aPluginForContract1FitsAWorkbenchProviding1() {
        assertNull(host1.problem("T (t) 1", "1.0", REQ_1));
        assertNull(host1.problem("T (t) 1", null, REQ_1), "the contract version is optional");
    }

    @Test
    void everyMismatchIsNamed() {
        assertEquals("Incompatible: T (t) 1 does not declare the jurisdiction contract it needs (Require-Capability"
                + " hta.jurisdiction.contract)", host1.problem("T (t) 1", "1.0", null));
        assertEquals("Incompatible: T (t) 1 implements jurisdiction contract 2.0 and requires (&(version>=2.0)(!(version>=3.0))),"
                + " but this workbench provides contract 1.0.0", host1.problem("T (t) 1", "2.0",
                "hta.jurisdiction.contract;filter:=\"(&(version>=2.0)(!(version>=3.0)))\""));
        assertEquals("Incompatible: T (t) 1 implements jurisdiction contract 2.0, but this workbench provides contract 1.0.0",
                host1.problem("T (t) 1", "2.0", REQ_1));
        assertEquals("Incompatible: T (t) 1 declares an unreadable contract version 'one'", host1.problem("T (t) 1", "one", REQ_1));
        assertEquals("Incompatible: T (t) 1 has an unreadable contract requirement (version>=", host1.problem("T (t) 1", "1.0",
                "hta.jurisdiction.contract;filter:=\"(version>=\""));
        assertEquals("Incompatible: this installation provides no jurisdiction contract for T (t) 1",
                new ContractCheck(List::of).problem("T (t) 1", "1.0", REQ_1));
    }
}
