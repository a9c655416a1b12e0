package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One medicine's HTA dossier: the product, its evidence and economics, its prices, and its submissions in
 * every jurisdiction. The root of a workspace file. Not thread-safe.
 */
@JsonPropertyOrder({"schemaVersion", "id", "revision", "product", "indications", "evidence", "economics", "prices",
        "budgetImpacts", "submissions"})
public final class Dossier extends Extensible {
    /** The version of the file format this object was read as (and is written as). */
    public int schemaVersion = CURRENT_SCHEMA_VERSION;
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public String id;
    /** Incremented by the store on every save; a save based on an older revision is refused. */
    public long revision;
    public Product product = new Product();
    public List<Indication> indications = new ArrayList<>();
    public Evidence evidence = new Evidence();
    public Economics economics = new Economics();
    public List<PricePoint> prices = new ArrayList<>();
    public List<BudgetImpact> budgetImpacts = new ArrayList<>();
    public List<Submission> submissions = new ArrayList<>();

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
