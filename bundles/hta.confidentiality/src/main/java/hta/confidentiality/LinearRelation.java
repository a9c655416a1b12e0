package hta.confidentiality;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A linear identity between values a reader may know: {@code total = Σ coefficient × term}, e.g. a row total
 * over the years or a net budget impact (intervention minus comparator). Keys as in {@link TaintResult}.
 *
 * @since 0.2
 */
public record LinearRelation(String total, Map<String, BigDecimal> terms) {
    public LinearRelation {
        Objects.requireNonNull(total, "total");
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** {@code total = a + b + …}. */
    public static LinearRelation sum(String total, String... addends) {
        Map<String, BigDecimal> t = new LinkedHashMap<>();
        for (String a : addends) t.merge(a, BigDecimal.ONE, BigDecimal::add);
        return new LinearRelation(total, t);
    }
}
