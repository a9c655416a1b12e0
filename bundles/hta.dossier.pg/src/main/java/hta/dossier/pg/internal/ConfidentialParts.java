package hta.dossier.pg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.PublicProjection;
import hta.confidentiality.Variant;
import hta.dossier.Agreement;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.json.DossierJson;
import hta.dossier.pg.internal.Places.Kind;
import hta.dossier.pg.internal.Places.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Splits a dossier into what the whole team may read — its public projection, as JSON — and, per jurisdiction, the
 * confidential values taken out of it; and puts loaded parts back. A value is confidential when the public projection
 * ({@link PublicProjection}, with taint through formulas and secondary suppression) of any jurisdiction of the
 * dossier removes it; an agreement's terms when the agreement is not public; a price's note when the price is
 * confidential. Everything else (ids, labels, kinds, currencies, dates, fields this version does not know, a
 * submission's {@code jurisdictionData}) is public, as in a public memo.
 */
final class ConfidentialParts {
    /**
     * The confidentiality every shipped jurisdiction declares, used for a jurisdiction whose plugin is not installed
     * here: agreed prices, discounts and rebates are confidential.
     */
    static final ConfidentialityPolicy DEFAULT_POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public hta.confidentiality.RedactionMark redactionMark() {
            return hta.confidentiality.RedactionMark.blank(); // not used: the store shows no document
        }
    };

    private static final ObjectMapper JSON = DossierJson.mapper();
    private static final com.fasterxml.jackson.databind.ObjectWriter ONE_LINE =
            JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** The public projection as the stored JSON, and the confidential values by jurisdiction. */
    record Split(byte[] publicJson, Map<String, String> parts) {
        String publicText() {
            return new String(publicJson, StandardCharsets.UTF_8);
        }
    }

    private ConfidentialParts() {
    }

    /**
     * @param policies the confidentiality of a jurisdiction, or null when its plugin is not installed here
     * @param writable whether the caller writes a jurisdiction's part: only those parts are returned (the server keeps
     *                 the others), but values are removed from the public JSON everywhere
     */
    static Split split(Dossier d, Function<String, ConfidentialityPolicy> policies, java.util.function.Predicate<String> writable) {
        Dossier pub = DossierJson.copy(d);
        List<Place> original = Places.of(d);
        List<Place> target = Places.of(pub);
        boolean[] hidden = hidden(d, original, policies);
        Map<String, ObjectNode> parts = new TreeMap<>();
        for (int i = 0; i < original.size(); i++) {
            if (!hidden[i]) continue;
            Place o = original.get(i);
            Place t = target.get(i);
            Object value = o.get().get();
            t.set().accept(o.kind() == Kind.TEXT ? "" : null);
            if (writable.test(o.code())) {
                parts.computeIfAbsent(o.code(), c -> JsonNodeFactory.instance.objectNode()).set(o.key(), node(value));
            }
        }
        for (String code : codes(d)) {
            if (writable.test(code)) parts.computeIfAbsent(code, c -> JsonNodeFactory.instance.objectNode());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        parts.forEach((code, node) -> texts.put(code, compact(node)));
        return new Split(DossierJson.write(pub), texts);
    }

    /** Puts the values of loaded parts back into the dossier, which holds the public projection. */
    static void merge(Dossier d, Map<String, String> parts) {
        if (parts.isEmpty()) return;
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        parts.forEach((code, text) -> byCode.put(code, read(text)));
        for (Place p : Places.of(d)) {
            JsonNode part = byCode.get(p.code());
            if (part == null || !part.has(p.key())) continue;
            JsonNode v = part.get(p.key());
            p.set().accept(v.isNull() ? null : switch (p.kind()) {
                case AMOUNT, VALUE -> v.decimalValue();
                default -> v.asText();
            });
        }
    }

    /** Which places any jurisdiction's public projection removes (a value that was there and is not any more). */
    private static boolean[] hidden(Dossier d, List<Place> original, Function<String, ConfidentialityPolicy> policies) {
        boolean[] hidden = new boolean[original.size()];
        Set<Set<PriceKind>> seen = new LinkedHashSet<>();
        List<ConfidentialityPolicy> distinct = new ArrayList<>();
        for (String code : codes(d)) {
            ConfidentialityPolicy p = policies.apply(code);
            if (p == null) p = DEFAULT_POLICY;
            if (seen.add(Set.copyOf(p.confidentialPriceKinds()))) distinct.add(p);
        }
        if (distinct.isEmpty()) distinct.add(DEFAULT_POLICY);
        for (ConfidentialityPolicy policy : distinct) {
            List<Place> projected = Places.of(PublicProjection.project(d, policy, Variant.PUBLIC).dossier());
            for (int i = 0; i < original.size(); i++) {
                Place o = original.get(i);
                Object was = o.get().get();
                if (was == null) continue;
                Object now = projected.get(i).get().get();
                hidden[i] |= switch (o.kind()) {
                    case AMOUNT, VALUE -> now == null;
                    case TEXT -> !"".equals(was) && "".equals(now);
                    case NOTE -> PublicProjection.isConfidential((PricePoint) o.owner(), policy);
                    case TERMS -> ((Agreement) o.owner()).classification != null
                            && !((Agreement) o.owner()).classification.isPublic();
                };
            }
        }
        // a price's note goes with its amount
        for (int i = 0; i + 1 < original.size(); i++) {
            if (original.get(i).kind() == Kind.AMOUNT && hidden[i] && original.get(i + 1).get().get() != null) hidden[i + 1] = true;
        }
        return hidden;
    }

    /** The jurisdictions a dossier has parts in ({@code global} for economics, and values of no jurisdiction). */
    static Set<String> codes(Dossier d) {
        Set<String> codes = new LinkedHashSet<>();
        d.prices.forEach(p -> codes.add(Places.code(p.jurisdiction)));
        d.budgetImpacts.forEach(b -> codes.add(Places.code(b.jurisdiction)));
        d.submissions.forEach(s -> codes.add(Places.code(s.jurisdiction)));
        if (!d.economics.figures.isEmpty()) codes.add(hta.dossier.repository.WorkspaceAccess.GLOBAL);
        return codes;
    }

    private static JsonNode node(Object value) {
        if (value == null) return JsonNodeFactory.instance.nullNode();
        if (value instanceof BigDecimal b) return JsonNodeFactory.instance.numberNode(b);
        return JsonNodeFactory.instance.textNode(value.toString());
    }

    /** One line; amounts in plain notation, as in the dossier file. */
    private static String compact(JsonNode node) {
        try {
            return ONE_LINE.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a confidential part sent by the server is not JSON: " + PgErrors.firstLine(e.getMessage()), e);
        }
    }

    /** For tests: the keys of a part, in order. */
    static List<String> keys(String part) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = read(part).fieldNames(); it.hasNext(); ) keys.add(it.next());
        return keys;
    }
}
