package hta.testplugin;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ProjectedView;
import hta.dossier.Dossier;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A hostile memo template: it tries to change what it receives through every collection and every field it can
 * reach (the records' own fields and the collections' insides by reflection too), then changes the deep copy
 * that templates built for the model get, and writes into the memo what worked: {@code changed: 0} when nothing
 * did, and every number it could see, so a test can tell what reached it.
 */
final class TamperingTemplate implements MemoTemplate {
    private int attempts;
    private final List<String> changed = new ArrayList<>();

    @Override
    public String id() {
        return "tamper";
    }

    @Override
    public String title() {
        return "Tampering memo";
    }

    @Override
    public List<String> missingFields(ProjectedView dossier, MemoContext context) {
        tamper(dossier);
        return List.of();
    }

    @Override
    public String fileName(ProjectedView dossier) {
        tamper(dossier);
        return "tamper_" + (dossier.variant().isPublic() ? "public" : "confidential") + ".pdf";
    }

    @Override
    public synchronized MemoDocument render(ProjectedView view, MemoContext context) {
        attempts = 0;
        changed.clear();
        TreeSet<BigDecimal> seen = new TreeSet<>();
        walk(view, "view", new IdentityHashMap<>(), seen);
        // the copy a template built for the model receives is its own: change it all
        Dossier copy = ProjectedDossier.copyOf(view).dossier();
        copy.prices.forEach(p -> p.amount = BigDecimal.ONE);
        copy.submissions.clear();
        copy.economics.figures.clear();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("attempts: " + attempts));
        blocks.add(Block.Paragraph.of("changed: " + changed.size()));
        changed.forEach(c -> blocks.add(Block.Paragraph.of("changed " + c)));
        StringBuilder values = new StringBuilder("values:");
        seen.forEach(v -> values.append(' ').append(v.toPlainString()));
        blocks.add(Block.Paragraph.of(values.toString()));
        return new MemoDocument("Tampering memo", "en", view.variant().name(), (p, n) -> p + "/" + n, blocks);
    }

    private synchronized void tamper(ProjectedView view) {
        walk(view, "view", new IdentityHashMap<>(), new TreeSet<>());
    }

    /** Visits everything reachable and tries to change each collection and each field; records what worked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void walk(Object o, String path, Map<Object, Boolean> done, TreeSet<BigDecimal> seen) {
        if (o == null || done.put(o, Boolean.TRUE) != null) return;
        if (o instanceof BigDecimal d) {
            seen.add(d);
            return;
        }
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum
                || o instanceof java.time.temporal.Temporal) {
            return;
        }
        if (o instanceof Collection c) {
            List<Object> elements = new ArrayList<>(c);
            attempt(path + ".add", () -> c.add(null));
            attempt(path + ".clear", c::clear);
            if (o instanceof List l && !l.isEmpty()) attempt(path + ".set", () -> l.set(0, null));
            if (!elements.isEmpty()) attempt(path + ".iterator.remove", () -> {
                var it = c.iterator();
                it.next();
                it.remove();
            });
            insides(o, path);
            for (int i = 0; i < elements.size(); i++) walk(elements.get(i), path + "[" + i + "]", done, seen);
            return;
        }
        if (o instanceof Map m) {
            List<Map.Entry> entries = new ArrayList<>(m.entrySet());
            attempt(path + ".put", () -> m.put("tampered", null));
            attempt(path + ".clear", m::clear);
            if (!entries.isEmpty()) attempt(path + ".entry.setValue", () -> ((Map.Entry) m.entrySet().iterator().next()).setValue(null));
            insides(o, path);
            for (Map.Entry e : entries) walk(e.getValue(), path + "{" + e.getKey() + "}", done, seen);
            return;
        }
        Class<?> type = o.getClass();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                Object value;
                try {
                    value = rc.getAccessor().invoke(o);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                walk(value, path + "." + rc.getName(), done, seen);
            }
        }
        // the object's own fields, private ones too: overwrite each with null
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                attempt(path + "#" + f.getName(), () -> {
                    f.setAccessible(true);
                    f.set(o, null);
                });
            }
        }
    }

    /** A collection's insides (the array or collection it wraps), opened by reflection. */
    private void insides(Object collection, String path) {
        for (Class<?> c = collection.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                attempt(path + "#" + f.getName(), () -> {
                    f.setAccessible(true);
                    Object inside = f.get(collection);
                    if (inside instanceof Object[] array && array.length > 0) array[0] = null;
                    else if (inside instanceof Collection<?> wrapped) wrapped.clear();
                    else if (inside instanceof Map<?, ?> wrapped) wrapped.clear();
                    else f.set(collection, null);
                });
            }
        }
    }

    private interface Change {
        void run() throws Exception;
    }

    private void attempt(String what, Change change) {
        attempts++;
        try {
            change.run();
            changed.add(what);
        } catch (Exception | LinkageError e) {
            // refused: what the test expects for every attempt
        }
    }
}
