package hta.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's gate: the bundles as built now carry their package versions in code, equal to their manifests,
 * and every change since the baseline came with the version bump it needs. A failure names the package, what
 * changed and the version it should have (docs/contract.md says what to do).
 */
class ContractAgreesWithBaselineTest {
    @Test
    void everyExportedPackageIsVersionedInCodeAndBaselined() throws Exception {
        List<ContractCheck.Problem> problems = ContractCheck.check(Bundles.BASELINE, Bundles.exporting());
        assertEquals("", String.join("\n", problems.stream().map(Object::toString).toList()),
                "the contract's versions are wrong");
    }
}
