package hta.dossier.view;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Dossier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dossier with every public field of every model class set (found by reflection, so a field added to the model
 * later is set too): a view that forgets a field cannot give it back.
 */
final class ModelSamples {
    private ModelSamples() {
    }

    static Dossier everyFieldSet() throws Exception {
        return fill(Dossier.class, "d");
    }

    private static <T> T fill(Class<T> type, String path) throws Exception {
        T o = type.getConstructor().newInstance();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) continue;
            f.set(o, sample(f.getGenericType(), path + "." + f.getName()));
        }
        return o;
    }

    private static Object sample(Type type, String path) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                list.add(sample(args[0], path + "[0]"));
                list.add(sample(args[0], path + "[1]"));
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put("k2-" + path, sample(args[1], path + "{k2}"));
                map.put("k1-" + path, sample(args[1], path + "{k1}"));
                return map;
            }
            throw new IllegalStateException("no sample for " + type + " at " + path);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return "text at " + path;
        if (c == int.class || c == Integer.class) return path.length();
        if (c == long.class || c == Long.class) return (long) path.hashCode();
        if (c == Boolean.class || c == boolean.class) return Boolean.TRUE;
        if (c == BigDecimal.class) return new BigDecimal(Math.abs(path.hashCode()) + ".50");
        if (c == LocalDate.class) return LocalDate.of(2025, 1, 1).plusDays(Math.abs(path.hashCode() % 300));
        if (c == Instant.class) return Instant.parse("2025-05-05T10:15:30Z");
        if (c.isEnum()) return c.getEnumConstants()[c.getEnumConstants().length - 1];
        if (c == ObjectNode.class) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("value", new BigDecimal("1.50"));
            n.putArray("list").add("a").addNull();
            return n;
        }
        if (c.getPackageName().equals("hta.dossier")) return fill(c, path);
        throw new IllegalStateException("no sample for " + c + " at " + path);
    }
}
