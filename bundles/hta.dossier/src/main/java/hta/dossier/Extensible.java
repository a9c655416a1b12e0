package hta.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part of the dossier that keeps the JSON fields it does not know, in their original order, so that a file
 * written by a newer version or carrying another tool's data survives a load and save unchanged.
 * Not thread-safe, like every model object: a dossier is edited by one thread at a time.
 */
public abstract class Extensible {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, JsonNode> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    public void putUnknownField(String name, JsonNode value) {
        unknownFields.put(name, value);
    }
}
