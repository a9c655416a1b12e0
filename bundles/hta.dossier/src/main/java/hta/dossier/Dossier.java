package hta.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One medicine's HTA dossier: the product, its evidence and economics, its prices, and its submissions in
 * every jurisdiction. The root of a workspace file. Not thread-safe.
 */
@JsonPropertyOrder({"schemaVersion", "id", "revision", "saved", "product", "indications", "evidence", "economics", "prices",
        "budgetImpacts", "submissions", "acknowledgements"})
public final class Dossier extends Extensible {
    /**
     * The version of the file format. Older files are migrated when read, so a loaded dossier always carries
     * {@link #CURRENT_SCHEMA_VERSION}; a file from a newer version keeps its number and cannot be saved over.
     */
    public int schemaVersion = CURRENT_SCHEMA_VERSION;
    /** Version 2 added {@link #saved} and agreement dates and references (see docs/dossier-format.md). */
    public static final int CURRENT_SCHEMA_VERSION = 2;

    public String id;
    /** Incremented by the store on every save; a save based on an older revision is refused. */
    public long revision;
    /** Who saved {@link #revision}, when and why; set by the store. @since 0.2 */
    public SaveInfo saved;
    public Product product = new Product();
    public List<Indication> indications = new ArrayList<>();
    public Evidence evidence = new Evidence();
    public Economics economics = new Economics();
    public List<PricePoint> prices = new ArrayList<>();
    public List<BudgetImpact> budgetImpacts = new ArrayList<>();
    public List<Submission> submissions = new ArrayList<>();
    /**
     * Recorded decisions that a public value coinciding with a confidential one may be printed (see
     * {@link Acknowledgement}). Not written when empty, so files without any stay as they are. @since 0.3
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Acknowledgement> acknowledgements = new ArrayList<>();

    public Optional<Submission> submission(String jurisdiction) {
        return submissions.stream().filter(s -> jurisdiction.equals(s.jurisdiction)).findFirst();
    }

    public Stream<PricePoint> prices(String jurisdiction) {
        return prices.stream().filter(p -> jurisdiction.equals(p.jurisdiction));
    }

    public Optional<PricePoint> price(String id) {
        return prices.stream().filter(p -> id.equals(p.id)).findFirst();
    }

    public Optional<BudgetImpact> budgetImpact(String jurisdiction) {
        return budgetImpacts.stream().filter(b -> jurisdiction.equals(b.jurisdiction)).findFirst();
    }
}
