package hta.dossier.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Immutable copies for the view records. The JDK's {@code List.copyOf}/{@code Map.copyOf} refuse nulls and
 * {@code Map.copyOf} forgets the order; a dossier may hold both, so the copies here keep nulls and order. The
 * wrapped collection is a private copy inside {@code java.base}'s unmodifiable wrapper, which code outside the
 * JDK cannot open by reflection. Stateless.
 */
final class Copies {
    private Copies() {
    }

    static <T, V> List<V> list(List<T> source, Function<T, V> convert) {
        if (source == null || source.isEmpty()) return List.of();
        List<V> copy = new ArrayList<>(source.size());
        for (T t : source) copy.add(t == null ? null : convert.apply(t));
        return Collections.unmodifiableList(copy);
    }

    static <T> List<T> list(List<T> source) {
        return list(source, Function.identity());
    }

    static <K, T, V> Map<K, V> map(Map<K, T> source, Function<T, V> convert) {
        if (source == null || source.isEmpty()) return Map.of();
        Map<K, V> copy = new LinkedHashMap<>();
        source.forEach((k, t) -> copy.put(k, t == null ? null : convert.apply(t)));
        return Collections.unmodifiableMap(copy);
    }

    static <K, V> Map<K, V> map(Map<K, V> source) {
        return map(source, Function.identity());
    }

    /** A mutable copy for the model, converting each element; nulls stay null. */
    static <T, V> List<V> mutable(List<T> source, Function<T, V> convert) {
        List<V> copy = new ArrayList<>(source.size());
        for (T t : source) copy.add(t == null ? null : convert.apply(t));
        return copy;
    }

    /** A mutable, ordered copy for the model, converting each value; nulls stay null. */
    static <K, T, V> Map<K, V> mutable(Map<K, T> source, Function<T, V> convert) {
        Map<K, V> copy = new LinkedHashMap<>();
        source.forEach((k, t) -> copy.put(k, t == null ? null : convert.apply(t)));
        return copy;
    }
}
