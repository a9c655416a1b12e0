package hta.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;

/**
 * Whether a plugin fits this workbench's jurisdiction contract, decided from its manifest before it reaches the
 * framework: its {@code hta.jurisdiction.contract} requirement must match a contract capability the workbench
 * provides, and the contract version it implements must have the same major version.
 */
final class ContractCheck {
    static final String CONTRACT_NAMESPACE = "hta.jurisdiction.contract";

    /** The attributes of every contract capability provided in the framework (read when asked: bundles change). */
    private final Supplier<List<Map<String, Object>>> provided;

    ContractCheck(Supplier<List<Map<String, Object>>> provided) {
        this.provided = provided;
    }

    /** Why a plugin with these headers cannot run here, or {@code null}; {@code who} names it. */
    String problem(String who, String contract, String requireCapability) {
        List<Map<String, Object>> host = provided.get();
        if (host.isEmpty()) return "Incompatible: this installation provides no jurisdiction contract for " + who;
        List<String> hostVersions = host.stream().map(m -> String.valueOf(m.get("version"))).distinct().toList();
        List<HeaderClauses.Clause> requirements = new ArrayList<>();
        for (HeaderClauses.Clause c : HeaderClauses.parse(requireCapability)) {
            if (c.namespace().equals(CONTRACT_NAMESPACE)) requirements.add(c);
        }
        if (requirements.isEmpty()) {
            return "Incompatible: " + who + " does not declare the jurisdiction contract it needs"
                    + " (Require-Capability " + CONTRACT_NAMESPACE + ")";
        }
        for (HeaderClauses.Clause req : requirements) {
            String filter = req.directives().get("filter");
            if (filter == null) continue;
            Filter f;
            try {
                f = FrameworkUtil.createFilter(filter);
            } catch (InvalidSyntaxException e) {
                return "Incompatible: " + who + " has an unreadable contract requirement " + filter;
            }
            if (host.stream().noneMatch(f::matches)) {
                return "Incompatible: " + who + " implements jurisdiction contract " + (contract == null ? "?" : contract)
                        + " and requires " + filter + ", but this workbench provides contract "
                        + String.join(", ", hostVersions);
            }
        }
        if (contract != null) {
            int major;
            try {
                major = Version.parseVersion(contract).getMajor();
            } catch (IllegalArgumentException e) {
                return "Incompatible: " + who + " declares an unreadable contract version '" + contract + "'";
            }
            boolean same = host.stream().anyMatch(m -> m.get("version") instanceof Version v && v.getMajor() == major);
            if (!same) {
                return "Incompatible: " + who + " implements jurisdiction contract " + contract
                        + ", but this workbench provides contract " + String.join(", ", hostVersions);
            }
        }
        return null;
    }
}
