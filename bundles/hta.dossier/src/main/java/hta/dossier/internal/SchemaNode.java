package hta.dossier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled JSON Schema node, limited to the keywords the dossier schema uses: {@code type}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code pattern}, {@code format}
 * ({@code date}, {@code date-time}), {@code minimum} and local {@code $ref}s to {@code #/$defs/...}. A keyword
 * outside that list is refused when the schema is compiled, so the shipped file cannot silently say more than
 * the store checks. Immutable after {@link #compile}; thread-safe.
 */
final class SchemaNode {
    private static final Set<String> KNOWN = Set.of("$schema", "$id", "$defs", "title", "description", "type",
            "properties", "required", "additionalProperties", "items", "enum", "pattern", "format", "minimum", "$ref");

    /** Allowed JSON types ({@code null} = any), as schema type names. */
    Set<String> types;
    /** The same as bits ({@link #OBJECT} …); {@link #ANY} when {@link #types} is null. */
    int typeMask = ANY;
    static final int OBJECT = 1;
    static final int ARRAY = 2;
    static final int STRING = 4;
    static final int INTEGER = 8;
    static final int NUMBER = 16;
    static final int BOOLEAN = 32;
    static final int NULL = 64;
    static final int ANY = 127;
    /**
     * This node's position among its parent's {@link #properties} (0 to 63), so a walker can note which fields
     * it has seen in one {@code long}; -1 for any other node.
     */
    int slot = -1;
    /** The {@link #slot} bits of the {@link #required} fields. */
    long requiredBits;
    Map<String, SchemaNode> properties = Map.of();
    Set<String> required = Set.of();
    /** {@code null}: any extra property; {@link #FORBIDDEN}: none; otherwise their schema. */
    SchemaNode additional;
    SchemaNode items;
    /** Allowed values as JSON text of scalars ({@code null} for JSON null), or {@code null} for no restriction. */
    Set<String> enumValues;
    boolean enumAllowsNull;
    Pattern pattern;
    String format;
    BigDecimal minimum;
    private String ref;
    private SchemaNode target;
    /** {@link #resolved()}, computed once the schema is compiled. */
    private SchemaNode resolved;

    static final SchemaNode FORBIDDEN = new SchemaNode();

    /** Follows {@code $ref}s to the node that carries the keywords. */
    SchemaNode resolved() {
        if (resolved != null) return resolved;
        SchemaNode n = this;
        for (int i = 0; n.target != null && i < 50; i++) n = n.target;
        return n;
    }

    /** Compiles the schema document; its root may be a {@code $ref} into {@code $defs}. */
    static SchemaNode compile(JsonNode document) {
        Map<String, SchemaNode> defs = new HashMap<>();
        List<SchemaNode> refs = new ArrayList<>();
        List<SchemaNode> all = new ArrayList<>();
        JsonNode d = document.path("$defs");
        d.fieldNames().forEachRemaining(name -> defs.put("#/$defs/" + name, new SchemaNode()));
        d.fields().forEachRemaining(e -> fill(defs.get("#/$defs/" + e.getKey()), e.getValue(), "#/$defs/" + e.getKey(),
                defs, refs));
        SchemaNode root = new SchemaNode();
        fill(root, document, "#", defs, refs);
        for (SchemaNode r : refs) {
            r.target = defs.get(r.ref);
            if (r.target == null) throw new IllegalArgumentException("schema: unknown $ref " + r.ref);
        }
        collect(root, all, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        defs.values().forEach(n -> collect(n, all, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        for (SchemaNode n : all) n.resolved = n.resolved();
        return root;
    }

    private static void collect(SchemaNode n, List<SchemaNode> all, Set<SchemaNode> seen) {
        if (n == null || n == FORBIDDEN || !seen.add(n)) return;
        all.add(n);
        n.properties.values().forEach(c -> collect(c, all, seen));
        collect(n.additional, all, seen);
        collect(n.items, all, seen);
    }

    private static int typeBit(String type, String where) {
        switch (type) {
            case "object": return OBJECT;
            case "array": return ARRAY;
            case "string": return STRING;
            case "integer": return INTEGER;
            case "number": return NUMBER;
            case "boolean": return BOOLEAN;
            case "null": return NULL;
            default: throw new IllegalArgumentException("schema: unknown type '" + type + "' at " + where);
        }
    }

    private static void fill(SchemaNode n, JsonNode s, String where, Map<String, SchemaNode> defs, List<SchemaNode> refs) {
        s.fieldNames().forEachRemaining(k -> {
            if (!KNOWN.contains(k)) throw new IllegalArgumentException("schema: keyword '" + k + "' at " + where
                    + " is not supported by the store's validator");
        });
        if (s.has("$ref")) {
            n.ref = s.get("$ref").asText();
            refs.add(n);
            return;
        }
        if (s.has("type")) {
            n.types = new LinkedHashSet<>();
            if (s.get("type").isArray()) s.get("type").forEach(t -> n.types.add(t.asText()));
            else n.types.add(s.get("type").asText());
            n.typeMask = 0;
            for (String t : n.types) n.typeMask |= typeBit(t, where);
        }
        if (s.has("properties")) {
            n.properties = new LinkedHashMap<>();
            s.get("properties").fields().forEachRemaining(e -> {
                SchemaNode child = new SchemaNode();
                fill(child, e.getValue(), where + "/properties/" + e.getKey(), defs, refs);
                if (n.properties.size() == 64) throw new IllegalArgumentException("schema: more than 64 properties at "
                        + where + " (the validator notes fields seen in one long)");
                child.slot = n.properties.size();
                n.properties.put(e.getKey(), child);
            });
        }
        if (s.has("required")) {
            n.required = new LinkedHashSet<>();
            s.get("required").forEach(r -> n.required.add(r.asText()));
            for (String r : n.required) {
                SchemaNode p = n.properties.get(r);
                if (p == null) throw new IllegalArgumentException("schema: required field '" + r + "' at " + where
                        + " is not among its properties");
                n.requiredBits |= 1L << p.slot;
            }
        }
        if (s.has("additionalProperties")) {
            JsonNode a = s.get("additionalProperties");
            if (a.isBoolean()) {
                n.additional = a.asBoolean() ? null : FORBIDDEN;
            } else {
                n.additional = new SchemaNode();
                fill(n.additional, a, where + "/additionalProperties", defs, refs);
            }
        }
        if (s.has("items")) {
            n.items = new SchemaNode();
            fill(n.items, s.get("items"), where + "/items", defs, refs);
        }
        if (s.has("enum")) {
            n.enumValues = new LinkedHashSet<>();
            for (JsonNode v : s.get("enum")) {
                if (v.isNull()) n.enumAllowsNull = true;
                else n.enumValues.add(v.asText());
            }
        }
        if (s.has("pattern")) n.pattern = Pattern.compile(s.get("pattern").asText());
        if (s.has("format")) n.format = s.get("format").asText();
        if (s.has("minimum")) n.minimum = s.get("minimum").decimalValue();
    }
}
