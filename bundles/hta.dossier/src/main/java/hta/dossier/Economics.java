package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The health-economic analysis: its type and its figures (ICER, QALYs, cost-neutral duration …). */
@JsonPropertyOrder({"analysisType", "figures"})
public final class Economics extends Extensible {
    /** {@code COST_UTILITY}, {@code COST_COMPARISON} or {@code THRESHOLD_ANALYSIS}. */
    public String analysisType;
    public List<Figure> figures = new ArrayList<>();

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> id.equals(f.id)).findFirst();
    }
}
