package hta.workbench.shell.internal.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way comparison of a dossier, field by field: the revision an editor was based on, the editor's version
 * ("mine") and the revision someone else saved since ("theirs"). Lists of items with an {@code id} (prices,
 * figures, indications, rows) or a {@code jurisdiction} (submissions, budget impacts) are matched by it, so that
 * an item added on one side does not shift the others; any other list (a narrative's paragraphs, key outcomes) is
 * one field. An item added or removed on one side is one change. The bookkeeping the store sets ({@code revision},
 * {@code saved}, {@code schemaVersion}, a submission's {@code jurisdictionName}) is never a change. No Swing; not thread-safe.
 */
public final class DossierMerge {
    private static final Set<String> BOOKKEEPING = Set.of("revision", "saved", "schemaVersion");
    /** A submission's jurisdiction name, recorded by every save from the plugin: bookkeeping too, never a change. */
    private static final String RECORDED_NAME = "jurisdictionName";
    private static final List<String> KEYS = List.of("id", "jurisdiction");

    /** Who changed a field since the base. */
    public enum Side {
        /** Only this editor: a merge keeps it. */
        MINE,
        /** Only the other save: a merge takes it. */
        THEIRS,
        /** Both, to the same value: nothing to choose. */
        SAME,
        /** Both, differently: the writer chooses. */
        CONFLICT
    }

    /** One step of a field's path: a field name, or an item of a list matched by its key. */
    record Step(String field, String keyField, String key) {
        static Step field(String name) {
            return new Step(name, null, null);
        }

        static Step item(String keyField, String key) {
            return new Step(null, keyField, key);
        }

        boolean isItem() {
            return keyField != null;
        }

        @Override
        public String toString() {
            return isItem() ? key : field;
        }
    }

    /**
     * One changed field.
     *
     * @param base   its value in the base revision; null when it was not there
     * @param mine   its value in the editor; null when removed or not there
     * @param theirs its value in the other save; null when removed or not there
     */
    public record Change(List<Step> path, JsonNode base, JsonNode mine, JsonNode theirs, Side side) {
        /** e.g. {@code prices › no-maks-aup › amount}. */
        public String label() {
            return String.join(" › ", path.stream().map(Step::toString).toList());
        }
    }

    private final JsonNode mine;
    private final JsonNode theirs;
    private final List<Change> changes = new ArrayList<>();

    /**
     * @param base the revision {@code mine} was based on, or null when it cannot be read (then every difference is a
     *             conflict)
     */
    public DossierMerge(Dossier base, Dossier mine, Dossier theirs) {
        this.mine = tree(mine);
        this.theirs = tree(theirs);
        compare(new ArrayList<>(), base == null ? null : tree(base), this.mine, this.theirs, base == null);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Whether both changed a field differently. */
    public boolean hasConflicts() {
        return changes.stream().anyMatch(c -> c.side() == Side.CONFLICT);
    }

    /**
     * Their revision with my changes on top: every field only I changed, and each conflict for which
     * {@code takeMine} says so. Carries their revision number, so that a save of it is checked against theirs.
     *
     * @param takeMine which conflicts (by {@link Change#label()}) keep my value; the others take theirs
     */
    public Dossier merged(Set<String> takeMine) {
        ObjectNode result = theirs.deepCopy();
        for (Change c : changes) {
            if (c.side() == Side.MINE || c.side() == Side.CONFLICT && takeMine.contains(c.label())) {
                set(result, c.path(), c.mine(), mine);
            }
        }
        try {
            return DossierJson.mapper().treeToValue(result, Dossier.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the merged dossier cannot be read back: " + e.getMessage(), e);
        }
    }

    private static ObjectNode tree(Dossier d) {
        return DossierJson.mapper().valueToTree(d);
    }

    private void compare(List<Step> path, JsonNode b, JsonNode m, JsonNode t, boolean noBase) {
        if (m instanceof ObjectNode && t instanceof ObjectNode && (b == null && noBase || b instanceof ObjectNode)) {
            for (String name : names(b, m, t)) {
                if (path.isEmpty() && BOOKKEEPING.contains(name) || RECORDED_NAME.equals(name)) continue;
                compare(with(path, Step.field(name)), b == null ? null : b.get(name), m.get(name), t.get(name), noBase);
            }
            return;
        }
        String keyField = keyField(b, m, t);
        if (keyField != null) {
            Set<String> keys = new LinkedHashSet<>();
            for (JsonNode list : new JsonNode[]{t, m, b}) {
                if (list != null) list.forEach(item -> keys.add(item.get(keyField).asText()));
            }
            for (String key : keys) {
                compare(with(path, Step.item(keyField, key)), item(b, keyField, key), item(m, keyField, key),
                        item(t, keyField, key), noBase);
            }
            return;
        }
        boolean mineChanged = noBase ? !same(m, t) : !same(b, m);
        boolean theirsChanged = noBase ? !same(m, t) : !same(b, t);
        if (!mineChanged && !theirsChanged) return;
        Side side = mineChanged && theirsChanged ? (same(m, t) ? Side.SAME : Side.CONFLICT)
                : mineChanged ? Side.MINE : Side.THEIRS;
        changes.add(new Change(List.copyOf(path), b, m, t, side));
    }

    private static Iterable<String> names(JsonNode... nodes) {
        Set<String> names = new LinkedHashSet<>();
        // their order first: the merge starts from their revision
        for (int i = nodes.length - 1; i >= 0; i--) {
            if (nodes[i] != null) nodes[i].fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The field that identifies the items of three lists ({@code id}, else {@code jurisdiction}), or null. */
    private static String keyField(JsonNode b, JsonNode m, JsonNode t) {
        if (!(m instanceof ArrayNode) || !(t instanceof ArrayNode) || b != null && !(b instanceof ArrayNode)) return null;
        for (String key : KEYS) {
            if (keyedBy(key, b) && keyedBy(key, m) && keyedBy(key, t) && (m.size() + t.size() > 0)) return key;
        }
        return null;
    }

    private static boolean keyedBy(String key, JsonNode list) {
        if (list == null) return true;
        Set<String> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path(key).isTextual() || !seen.add(item.get(key).asText())) return false;
        }
        return true;
    }

    private static JsonNode item(JsonNode list, String keyField, String key) {
        if (list == null) return null;
        for (JsonNode item : list) {
            if (key.equals(item.get(keyField).asText())) return item;
        }
        return null;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) return b == null || b.isNull();
        return Objects.equals(a, b) || a.isNumber() && b != null && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static List<Step> with(List<Step> path, Step step) {
        List<Step> p = new ArrayList<>(path);
        p.add(step);
        return p;
    }

    /** Puts {@code value} (null: removes) at {@code path} in {@code into}; a new item goes where it is in {@code order}. */
    private static void set(ObjectNode into, List<Step> path, JsonNode value, JsonNode order) {
        JsonNode parent = into;
        JsonNode orderParent = order;
        for (int i = 0; i < path.size() - 1; i++) {
            Step s = path.get(i);
            JsonNode next = child(parent, s);
            if (next == null) return; // the container is gone on their side: the change is part of a larger one
            parent = next;
            orderParent = orderParent == null ? null : child(orderParent, s);
        }
        Step last = path.get(path.size() - 1);
        if (!last.isItem()) {
            if (value == null) ((ObjectNode) parent).remove(last.field());
            else ((ObjectNode) parent).set(last.field(), value.deepCopy());
            return;
        }
        ArrayNode list = (ArrayNode) parent;
        for (int i = 0; i < list.size(); i++) {
            if (last.key().equals(list.get(i).get(last.keyField()).asText())) {
                if (value == null) list.remove(i);
                else list.set(i, value.deepCopy());
                return;
            }
        }
        if (value != null) list.insert(Math.min(position(orderParent, last), list.size()), value.deepCopy());
    }

    private static int position(JsonNode list, Step item) {
        if (list == null) return Integer.MAX_VALUE;
        for (int i = 0; i < list.size(); i++) {
            if (item.key().equals(list.get(i).path(item.keyField()).asText())) return i;
        }
        return Integer.MAX_VALUE;
    }

    private static JsonNode child(JsonNode parent, Step s) {
        if (!s.isItem()) return parent.get(s.field());
        return parent instanceof ArrayNode ? item(parent, s.keyField(), s.key()) : null;
    }

    /** A value as the comparison shows it: text as is, a narrative's runs as their text, anything else as JSON. */
    public static String display(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "(none)";
        if (v.isTextual()) return v.asText();
        if (v.isValueNode()) return v.asText();
        StringBuilder text = new StringBuilder();
        if (runs(v, text)) return text.toString().strip();
        String json = v.toString();
        return json.length() > 200 ? json.substring(0, 199) + "…" : json;
    }

    /** Collects the text of narrative runs ({@code [[{text}, …], …]}); false when {@code v} is not paragraphs of runs. */
    private static boolean runs(JsonNode v, StringBuilder text) {
        if (!v.isArray() || v.isEmpty()) return false;
        for (JsonNode paragraph : v) {
            if (!paragraph.isArray()) return false;
            for (JsonNode run : paragraph) {
                if (!run.isObject() || !run.has("text")) return false;
                text.append(run.get("text").asText());
            }
            text.append(' ');
        }
        return true;
    }

    /** For the dialog's summary: how many changes each side made and how many overlap. */
    public Map<Side, Long> counts() {
        Map<Side, Long> counts = new java.util.EnumMap<>(Side.class);
        for (Side s : Side.values()) counts.put(s, changes.stream().filter(c -> c.side() == s).count());
        return counts;
    }
}
