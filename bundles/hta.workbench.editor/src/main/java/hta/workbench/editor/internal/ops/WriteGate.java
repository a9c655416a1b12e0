package hta.workbench.editor.internal.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.WorkspaceAccess;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the user's roles in the workspace let an edit change, checked before the edit is made — the same rule the
 * team workspace's server applies when the dossier is saved, so that nothing is typed that could never be saved. A
 * reviewer or a public-only reader changes nothing. A writer changes the parts shared by all (product, indications,
 * evidence) and the parts of the jurisdictions they write: a jurisdiction's prices, budget impacts and submission,
 * and for {@code global} the economics and the prices and budget impacts of no jurisdiction. A folder of one's own
 * allows everything. Swing-free.
 */
public final class WriteGate {
    private final WorkspaceAccess access;
    private final String workspace;

    /** @param workspace the workspace's address, for the refusal */
    public WriteGate(WorkspaceAccess access, String workspace) {
        this.access = access;
        this.workspace = workspace;
    }

    public WorkspaceAccess access() {
        return access;
    }

    /** Whether every edit is allowed (no check needed). */
    public boolean allowsAll() {
        return access.maySave() && access.everything();
    }

    /** Whether this jurisdiction's part ({@link WorkspaceAccess#GLOBAL} for the dossier-wide one) may be changed. */
    public boolean mayWrite(String code) {
        return access.mayWrite(code);
    }

    /**
     * Why {@code edit} may not be made on {@code d}, in one line; null when it may. The edit is tried on the dossier
     * and taken back, so {@code d} is as it was when this returns.
     */
    public String refusal(Dossier d, hta.workbench.api.DossierEdit edit) {
        if (allowsAll()) return null;
        if (!access.maySave()) {
            return "Not changed: your role in " + workspace + " is read-only (" + access.describe() + ")";
        }
        Map<String, JsonNode> before = parts(d);
        edit.apply(d);
        Map<String, JsonNode> after;
        try {
            after = parts(d);
        } finally {
            edit.revert(d);
        }
        Set<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (String code : codes) {
            if (!access.mayWrite(code) && !Objects.equals(before.get(code), after.get(code))) {
                return "Not changed: you are not a writer for " + code + " in " + workspace + ", so "
                        + (WorkspaceAccess.GLOBAL.equals(code) ? "the economics and the prices and budget impacts of no"
                        + " jurisdiction are" : "its prices, budget impact and submission are") + " read-only for you";
            }
        }
        return null;
    }

    /** Each jurisdiction's part of a dossier, as the server compares them. */
    static Map<String, JsonNode> parts(Dossier d) {
        JsonNode tree = DossierJson.mapper().valueToTree(d);
        Map<String, JsonNode> parts = new TreeMap<>();
        for (String list : new String[]{"prices", "budgetImpacts", "submissions"}) {
            for (JsonNode item : tree.path(list)) {
                String code = item.path("jurisdiction").isTextual() && !item.get("jurisdiction").asText().isBlank()
                        ? item.get("jurisdiction").asText() : WorkspaceAccess.GLOBAL;
                ArrayNode part = (ArrayNode) parts.computeIfAbsent(code, c -> JsonNodeFactory.instance.arrayNode());
                part.add(JsonNodeFactory.instance.objectNode().put("in", list).set("item", item));
            }
        }
        JsonNode economics = tree.path("economics");
        if (!economics.isMissingNode() && !economics.isNull()) {
            ((ArrayNode) parts.computeIfAbsent(WorkspaceAccess.GLOBAL, c -> JsonNodeFactory.instance.arrayNode()))
                    .add(JsonNodeFactory.instance.objectNode().put("in", "economics").set("item", economics));
        }
        return parts;
    }
}
