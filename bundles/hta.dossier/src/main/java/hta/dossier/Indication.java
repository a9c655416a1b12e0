package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** An approved indication, worded per language tag. */
@JsonPropertyOrder({"id", "wording"})
public final class Indication extends Extensible {
    public String id;
    public Map<String, String> wording = new LinkedHashMap<>();
}
