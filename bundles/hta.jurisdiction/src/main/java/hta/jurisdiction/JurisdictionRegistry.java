package hta.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The jurisdictions whose plugins are active right now; changes as bundles come and go. Thread-safe. */
@ProviderType
public interface JurisdictionRegistry {
    /** Every active jurisdiction, sorted by code. */
    List<Jurisdiction> jurisdictions();

    Optional<Jurisdiction> find(String code);
}
