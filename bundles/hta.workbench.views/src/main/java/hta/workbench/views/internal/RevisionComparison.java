package hta.workbench.views.internal;

import com.fasterxml.jackson.databind.JsonNode;
import hta.dossier.PriceKind;
import hta.workbench.api.Words;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What differs between two revisions of a dossier, field by field, in a writer's words: where (e.g. "Submissions ›
 * Norway › Milestones › DMP report › Date"), what it was, what it is. Elements of a list are matched by what
 * identifies them (an id, a jurisdiction, a milestone's kind …), otherwise by their content in order, so that a
 * paragraph inserted does not make every later one "changed". A paragraph reads as its text, its classified runs
 * marked ("[confidential: …]"); numbers in the workbench's locale; codes in capitals as words. The revision
 * number and the save record are left out (the History lists them). Pure.
 */
final class RevisionComparison {
    /** Fields that differ between any two revisions and say nothing about the content. */
    private static final Set<String> IGNORED = Set.of("revision", "saved");
    /** A submission's jurisdiction name, which every save records from the plugin: bookkeeping, not content. */
    private static final String RECORDED_NAME = "jurisdictionName";
    /** Fields that identify an element of a list, in order of preference. */
    private static final List<String> IDENTITIES = List.of("id", "jurisdiction", "kind", "organisation", "role", "name", "code");
    private static final int SHORT_LABEL = 40;
    /** Words of field names written in capitals. */
    private static final Set<String> ACRONYMS = Set.of("atc", "vat", "inn", "icer", "qaly", "id", "eu", "nice", "smc");

    enum Change {
        CHANGED, ADDED, REMOVED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One difference; {@code before} is empty for an addition, {@code after} for a removal. */
    record Difference(String where, Change change, String before, String after) {
    }

    /**
     * How the comparison names what a jurisdiction's vocabulary words: its name, a status, a decision. Pure.
     */
    interface Vocabulary {
        /** The jurisdiction {@code code} by name, e.g. "Norway". */
        String jurisdiction(String code);

        /** The status {@code status} of a submission in {@code code}, in that jurisdiction's words. */
        String status(String code, String status);

        /** The decision outcome {@code outcome} in {@code code}, in that jurisdiction's words. */
        String decision(String code, String outcome);

        /**
         * A vocabulary from the installed jurisdictions: statuses and decisions in a jurisdiction's words with the
         * English gloss, as its page offers them ("Til beslutning — Awaiting Beslutningsforum"); a code it does not word (or without its plugin) made
         * readable ({@link Words#code}: {@code no.for-decision} reads "For decision").
         */
        static Vocabulary of(Function<String, String> names, Function<String, java.util.Optional<hta.jurisdiction.Jurisdiction>> installed) {
            return new Vocabulary() {
                @Override
                public String jurisdiction(String code) {
                    return names.apply(code);
                }

                @Override
                public String status(String code, String status) {
                    return installed.apply(code).flatMap(j -> j.statusVocabulary().stream().filter(t -> t.code().equals(status)).findFirst())
                            .map(t -> Words.names(t.wording(), t.gloss())).orElse(Words.code(status));
                }

                @Override
                public String decision(String code, String outcome) {
                    return installed.apply(code).flatMap(j -> j.decisionTerm(outcome))
                            .map(t -> Words.names(t.wording(), t.gloss())).orElse(Words.code(outcome));
                }
            };
        }
    }

    private final Vocabulary vocabulary;
    private final NumberFormat numbers;
    private final List<Difference> found = new ArrayList<>();
    /** The jurisdiction of the submission being compared (its status and decision are in its words), or null. */
    private String jurisdiction;

    private RevisionComparison(Vocabulary vocabulary, Locale locale) {
        this.vocabulary = vocabulary;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(6);
    }

    /**
     * The differences from {@code before} to {@code after} (two dossiers as JSON trees), in the order of the
     * document; {@code vocabulary} names jurisdictions, statuses and decisions.
     */
    static List<Difference> of(JsonNode before, JsonNode after, Vocabulary vocabulary, Locale locale) {
        RevisionComparison c = new RevisionComparison(vocabulary, locale);
        c.node(List.of(), "", before, after);
        return c.found;
    }

    private void node(List<String> where, String field, JsonNode a, JsonNode b) {
        boolean noA = a == null || a.isMissingNode() || a.isNull();
        boolean noB = b == null || b.isMissingNode() || b.isNull();
        if (noA && noB || !noA && a.equals(b)) return;
        if (noA) {
            add(where, Change.ADDED, "", render(field, b));
        } else if (noB) {
            add(where, Change.REMOVED, render(field, a), "");
        } else if (a.isObject() && b.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                if (where.isEmpty() && IGNORED.contains(f) || RECORDED_NAME.equals(f)) continue;
                node(with(where, words(f)), f, a.get(f), b.get(f));
            }
        } else if (a.isArray() && b.isArray() && !isText(a) && !isText(b)) {
            list(where, field, a, b);
        } else {
            add(where, Change.CHANGED, render(field, a), render(field, b));
        }
    }

    private void add(List<String> where, Change change, String before, String after) {
        found.add(new Difference(where.isEmpty() ? "Dossier" : String.join(" › ", where), change, before, after));
    }

    private static List<String> with(List<String> where, String step) {
        List<String> w = new ArrayList<>(where);
        w.add(step);
        return w;
    }

    /** The elements of a list matched by their identity, or by content in order; each pair compared in turn. */
    private void list(List<String> where, String field, JsonNode a, JsonNode b) {
        String key = identity(a, b);
        List<String> ka = new ArrayList<>();
        List<String> kb = new ArrayList<>();
        for (JsonNode e : a) ka.add(key == null ? e.toString() : e.get(key).asText());
        for (JsonNode e : b) kb.add(key == null ? e.toString() : e.get(key).asText());
        List<Alignment.Step> steps = key != null ? byIdentity(ka, kb) : Alignment.of(ka, kb);
        // without an identity, a removal followed by an addition at the same place is one element changed
        for (int s = 0; s < steps.size(); s++) {
            Alignment.Step st = steps.get(s);
            if (key == null && st.after() < 0 && s + 1 < steps.size() && steps.get(s + 1).before() < 0) {
                Alignment.Step next = steps.get(s + 1);
                node(with(where, element(field, key, b.get(next.after()), next.after())), field, a.get(st.before()), b.get(next.after()));
                s++;
                continue;
            }
            JsonNode ea = st.before() >= 0 ? a.get(st.before()) : null;
            JsonNode eb = st.after() >= 0 ? b.get(st.after()) : null;
            JsonNode named = eb != null ? eb : ea;
            int position = st.after() >= 0 ? st.after() : st.before();
            String outer = jurisdiction;
            if ("jurisdiction".equals(key) && "submissions".equals(field)) jurisdiction = named.get(key).asText();
            node(with(where, element(field, key, named, position)), field, ea, eb);
            jurisdiction = outer;
        }
    }

    /** Elements with the same identity paired, in the order of the later list; the removed ones where they were. */
    private static List<Alignment.Step> byIdentity(List<String> ka, List<String> kb) {
        List<Alignment.Step> steps = new ArrayList<>();
        Set<String> inB = new HashSet<>(kb);
        int i = 0;
        for (int j = 0; j < kb.size(); j++) {
            while (i < ka.size() && !inB.contains(ka.get(i))) steps.add(new Alignment.Step(i++, -1));
            int before = ka.indexOf(kb.get(j));
            steps.add(new Alignment.Step(before, j));
            if (before == i) i++;
        }
        while (i < ka.size()) {
            if (!inB.contains(ka.get(i))) steps.add(new Alignment.Step(i, -1));
            i++;
        }
        return steps;
    }

    /** The first identity field every element of both lists has as text, unique within each list; else null. */
    private static String identity(JsonNode a, JsonNode b) {
        for (String key : IDENTITIES) {
            if (identifies(key, a) && identifies(key, b) && (a.size() > 0 || b.size() > 0)) return key;
        }
        return null;
    }

    private static boolean identifies(String key, JsonNode list) {
        Set<String> seen = new HashSet<>();
        for (JsonNode e : list) {
            if (!e.isObject() || e.get(key) == null || !e.get(key).isTextual() || !seen.add(e.get(key).asText())) return false;
        }
        return true;
    }

    /** How an element of a list is named in a path: by its jurisdiction, milestone kind, short label or id, or place. */
    private String element(String field, String key, JsonNode e, int position) {
        if (key == null) return singular(words(field)) + " " + (position + 1);
        String value = e.get(key).asText();
        return switch (key) {
            case "jurisdiction" -> vocabulary.jurisdiction(value);
            case "kind" -> "milestones".equals(field) ? TimelineLane.milestoneName(value) : code(value);
            case "id" -> "prices".equals(field) ? price(e) : e.hasNonNull("label") && e.get("label").asText().length() <= SHORT_LABEL ? e.get("label").asText() : value;
            default -> value;
        };
    }

    /** A price by its jurisdiction and kind in words ("Norway maximum pharmacy price"), as Undo names it, not its id. */
    private String price(JsonNode e) {
        String code = e.path("jurisdiction").asText(null);
        PriceKind kind = null;
        try {
            if (e.hasNonNull("kind")) kind = PriceKind.valueOf(e.get("kind").asText());
        } catch (IllegalArgumentException unknown) {
            return e.get("id").asText(); // a kind this version does not know: the id is the one name it has
        }
        return Words.price(code == null ? null : vocabulary.jurisdiction(code), kind);
    }

    /** A list of text runs (a paragraph) reads as text. */
    private static boolean isText(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) return false;
        for (JsonNode e : n) if (!e.isObject() || e.get("text") == null || !e.get("text").isTextual()) return false;
        return true;
    }

    /**
     * A value as a writer reads it; an object or list as its fields on one line. {@code field} is the name of the
     * field holding it (for an element of a list, the list's), which says what a code in it means.
     */
    String render(String field, JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        if (n.isNumber()) return numbers.format(n.numberValue());
        if (n.isBoolean()) return n.asBoolean() ? "yes" : "no";
        if (n.isTextual()) return text(field, n.asText());
        if (isText(n)) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode run : n) {
                String c = run.path("classification").asText("PUBLIC");
                sb.append("PUBLIC".equals(c) ? run.get("text").asText() : "[" + code(c).toLowerCase(Locale.ROOT) + ": " + run.get("text").asText() + "]");
            }
            return sb.toString();
        }
        List<String> parts = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode e : n) parts.add(render(field, e));
            return String.join("; ", parts);
        }
        String outer = jurisdiction;
        if ("submissions".equals(field) && n.hasNonNull("jurisdiction")) jurisdiction = n.get("jurisdiction").asText();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (RECORDED_NAME.equals(f)) continue;
            // a milestone's kind is named as the Timeline names it; other fields by what they hold
            String v = "kind".equals(f) && "milestones".equals(field) && n.get(f).isTextual()
                    ? TimelineLane.milestoneName(n.get(f).asText()) : render(f, n.get(f));
            if (!v.isEmpty()) parts.add(words(f) + ": " + (n.get(f).isContainerNode() && !isText(n.get(f)) ? "(" + v + ")" : v));
        }
        jurisdiction = outer;
        return String.join("; ", parts);
    }

    /**
     * A text value: a submission's status or decision outcome in its jurisdiction's words (its vocabulary's, or the
     * code made readable), a jurisdiction code by name, a code in capitals as words, other text as it is.
     */
    private String text(String field, String value) {
        if (jurisdiction != null && "status".equals(field)) return vocabulary.status(jurisdiction, value);
        if (jurisdiction != null && "outcome".equals(field)) return vocabulary.decision(jurisdiction, value);
        if ("jurisdiction".equals(field)) return vocabulary.jurisdiction(value);
        return code(value);
    }

    /**
     * A stored code as words, capitalised as the editor and the tables write it: {@code GENE_THERAPY} reads "Gene
     * therapy", {@code CONFIDENTIAL} "Confidential" (Compare wrote "confidential" beside the Prices page's
     * "Confidential"); other text is left as it is.
     */
    static String code(String s) {
        if (!s.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}")) return s;
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * A field name as words: {@code caseReference} reads "Case reference", {@code fremtidig-anskaffelse}
     * "Fremtidig anskaffelse"; a short lower-case key (a language such as {@code nb}) stays as it is.
     */
    static String words(String field) {
        if (ACRONYMS.contains(field)) return field.toUpperCase(Locale.ROOT);
        if (field.length() <= 3 && field.equals(field.toLowerCase(Locale.ROOT))) return field;
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (String w : spaced.split(" ")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w);
        }
        return sb.isEmpty() ? field : Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** "Paragraphs" → "Paragraph", "Key outcomes" → "Key outcome"; other words unchanged. */
    private static String singular(String words) {
        return words.endsWith("s") && !words.endsWith("ss") ? words.substring(0, words.length() - 1) : words;
    }
}
