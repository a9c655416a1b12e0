package org.example.hta.jca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hta.dossier.view.SubmissionView;
import java.util.ArrayList;
import java.util.List;

/**
 * One PICO of the assessment scope (population, intervention, comparators, outcomes), as the submission's
 * jurisdiction data holds them: {@code {"pico": [{"population": …, "intervention": …, "comparators": […],
 * "outcomes": […]}]}}. Immutable.
 */
record Pico(String population, String intervention, List<String> comparators, List<String> outcomes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The PICOs of a submission; empty when it has none or its data is not JSON. */
    static List<Pico> of(SubmissionView s) {
        if (s.jurisdictionData() == null) return List.of();
        List<Pico> result = new ArrayList<>();
        try {
            for (JsonNode p : JSON.readTree(s.jurisdictionData()).path("pico")) {
                result.add(new Pico(p.path("population").asText(""), p.path("intervention").asText(""),
                        texts(p.path("comparators")), texts(p.path("outcomes"))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
        return result;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
