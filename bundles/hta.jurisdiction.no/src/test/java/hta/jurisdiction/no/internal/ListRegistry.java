package hta.jurisdiction.no.internal;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A plain registry over a fixed list, standing in for the live one when only some plugins are installed. */
final class ListRegistry implements JurisdictionRegistry {
    private final List<Jurisdiction> jurisdictions;

    ListRegistry(Jurisdiction... jurisdictions) {
        this.jurisdictions = List.of(jurisdictions);
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions.stream().sorted(Comparator.comparing(Jurisdiction::code)).toList();
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return jurisdictions.stream().filter(j -> j.code().equals(code)).findFirst();
    }
}
