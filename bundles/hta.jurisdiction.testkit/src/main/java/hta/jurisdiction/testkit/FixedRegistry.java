package hta.jurisdiction.testkit;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A registry over a fixed list of jurisdictions, standing in for the app's live one in a plugin's unit tests
 * (a memo that quotes another jurisdiction's decision reaches it through the registry). Immutable, thread-safe.
 */
public final class FixedRegistry implements JurisdictionRegistry {
    private final List<Jurisdiction> jurisdictions;

    public FixedRegistry(List<Jurisdiction> jurisdictions) {
        this.jurisdictions = jurisdictions.stream().sorted(Comparator.comparing(Jurisdiction::code)).toList();
    }

    public FixedRegistry(Jurisdiction... jurisdictions) {
        this(List.of(jurisdictions));
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return jurisdictions.stream().filter(j -> j.code().equals(code)).findFirst();
    }
}
