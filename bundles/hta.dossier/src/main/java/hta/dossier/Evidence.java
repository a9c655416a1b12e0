package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The clinical evidence in brief: what the product is compared with, what was measured, for how long. */
@JsonPropertyOrder({"comparator", "keyOutcomes", "followUp", "uncertainties"})
public final class Evidence extends Extensible {
    public String comparator;
    public List<String> keyOutcomes = new ArrayList<>();
    public String followUp;
    public List<String> uncertainties = new ArrayList<>();
}
