package org.example.hta.amnog;

import com.fasterxml.jackson.databind.ObjectMapper;
import hta.dossier.view.SubmissionView;

/** The certainty of the added benefit (Beleg, Hinweis, Anhaltspunkt) in the submission's jurisdiction data. Stateless. */
final class Certainty {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Certainty() {
    }

    /** The G-BA's word for the certainty, or null when the data names none (or none the G-BA uses). */
    static String of(SubmissionView s) {
        if (s.jurisdictionData() == null) return null;
        try {
            return AddedBenefit.CERTAINTY.get(JSON.readTree(s.jurisdictionData()).path("certainty").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
