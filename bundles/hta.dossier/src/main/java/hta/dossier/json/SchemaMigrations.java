package hta.dossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;

/**
 * Brings the JSON tree of an older dossier file up to {@link Dossier#CURRENT_SCHEMA_VERSION}, one version step at
 * a time, before it is bound to the model. A file from a newer version is left as it is (the store refuses to
 * save over it). Stateless and thread-safe.
 */
final class SchemaMigrations {
    private SchemaMigrations() {
    }

    /** Migrates {@code root} in place and returns it. */
    static JsonNode migrate(JsonNode root) {
        if (!(root instanceof ObjectNode)) return root;
        ObjectNode d = (ObjectNode) root;
        JsonNode v = d.get("schemaVersion");
        if (v == null || !v.canConvertToInt()) return root;
        int version = v.asInt();
        if (version < 1 || version >= Dossier.CURRENT_SCHEMA_VERSION) return root;
        if (version == 1) {
            from1To2(d);
            version = 2;
        }
        d.put("schemaVersion", version);
        return d;
    }

    /**
     * Version 2 added optional fields (the {@code saved} block, agreement {@code reference}, {@code startDate},
     * {@code endDate}) and stopped writing two computed values that version 1 wrote by mistake: a price's
     * {@code confidential} flag and a declassification's {@code valid} flag. Read back, they were taken for
     * unknown fields and written twice; they are dropped here, and nothing else changes.
     */
    private static void from1To2(ObjectNode d) {
        for (JsonNode p : d.path("prices")) {
            if (p instanceof ObjectNode) {
                ((ObjectNode) p).remove("confidential");
                dropValid(p.get("declassification"));
            }
        }
        for (JsonNode f : d.path("economics").path("figures")) dropValid(f.get("declassification"));
        for (JsonNode b : d.path("budgetImpacts")) {
            for (JsonNode f : b.path("figures")) dropValid(f.get("declassification"));
            for (JsonNode r : b.path("rows")) {
                for (JsonNode c : r.path("cells")) dropValid(c.get("declassification"));
            }
        }
    }

    private static void dropValid(JsonNode declassification) {
        if (declassification instanceof ObjectNode) ((ObjectNode) declassification).remove("valid");
    }
}
