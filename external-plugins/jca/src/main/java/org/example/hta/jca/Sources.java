package org.example.hta.jca;

import java.util.List;

/**
 * The legal texts and sources the report cites, numbered in the order of {@link #ALL} (the report's notes). The
 * report is written under the EU HTA Regulation and its implementing act for medicinal products; the 30-day
 * endorsement limit is taken from the Commission's announcement of the first assessments (JURISDICTIONS.md §6),
 * as the Regulation's own wording on publication deadlines is unconfirmed here. Stateless.
 */
final class Sources {
    static final String REGULATION = "Regulation (EU) 2021/2282 of the European Parliament and of the Council of"
            + " 15 December 2021 on health technology assessment and amending Directive 2011/24/EU";
    static final String IMPLEMENTING = "Commission Implementing Regulation (EU) 2024/1381: procedural rules for joint"
            + " clinical assessments of medicinal products for human use at Union level";
    static final String ANNOUNCEMENT = "European Commission, \u201CHealth Technology Assessment: First joint clinical"
            + " assessments begin\u201D, 16 April 2025 (reports endorsed no later than 30 days after the Commission"
            + " decision granting the marketing authorisation)";
    static final List<String> ALL = List.of(REGULATION, IMPLEMENTING, ANNOUNCEMENT);

    private Sources() {
    }

    /** The reference mark of a source in the text, e.g. " [1]". */
    static String ref(String source) {
        int i = ALL.indexOf(source);
        if (i < 0) throw new IllegalArgumentException("not a source of the report: " + source);
        return " [" + (i + 1) + "]";
    }
}
