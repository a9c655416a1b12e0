package hta.workbench.editor.internal.jurisdiction;

import hta.workbench.api.Words;

import hta.dossier.Classification;
import hta.dossier.Party;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the jurisdiction page shows and accepts for a submission's agreements and memo parties, without Swing:
 * the words for agreement kinds and classifications, the ISO dates a writer types and the order of an
 * agreement's period. A refusal is an {@link IllegalArgumentException} whose message names the field, says what
 * is wrong and that nothing was changed.
 */
final class SubmissionValues {
    /** The agreement kinds the dossier model names (see {@code hta.dossier.Agreement}), in the order offered. */
    static final Map<String, String> AGREEMENT_KINDS;

    static {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("MANAGED_ACCESS", "Managed access");
        kinds.put("PAYMENT_BY_RESULT", "Payment by result");
        kinds.put("FRAMEWORK_AGREEMENT", "Framework agreement");
        kinds.put("REBATE_AGREEMENT", "Rebate agreement");
        AGREEMENT_KINDS = Collections.unmodifiableMap(kinds);
    }

    static final String NOT_CLASSIFIED = "Not classified (treated as public)";

    private SubmissionValues() {
    }

    /** The words for an agreement kind; a code no list knows is shown as it is, so that it is seen and kept. */
    static String kindLabel(String code) {
        if (code == null) return "";
        return AGREEMENT_KINDS.getOrDefault(code, code);
    }

    /** The code for what was typed or picked: a known kind's words or code, else the text itself; blank is null. */
    static String kindCode(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) return null;
        for (Map.Entry<String, String> k : AGREEMENT_KINDS.entrySet()) {
            if (k.getValue().equalsIgnoreCase(t) || k.getKey().equalsIgnoreCase(t)) return k.getKey();
        }
        return t;
    }

    /** The words for a classification. */
    static String classificationLabel(Classification c) {
        return c == null ? NOT_CLASSIFIED : Words.classification(c);
    }

    /** The classification shown as {@code label}; null for anything else. */
    static Classification classificationOf(String label) {
        for (Classification c : Classification.values()) {
            if (classificationLabel(c).equals(label) || c.name().equals(label)) return c;
        }
        return null;
    }

    /** The toggle's order: public, confidential, academic in confidence, public again; unclassified becomes confidential. */
    static Classification nextClassification(Classification c) {
        if (c == null || c == Classification.PUBLIC) return Classification.CONFIDENTIAL;
        if (c == Classification.CONFIDENTIAL) return Classification.ACADEMIC_IN_CONFIDENCE;
        return Classification.PUBLIC;
    }

    /** The date typed as yyyy-MM-dd, {@code null} for an empty field; anything else is refused naming {@code field}. */
    static LocalDate parseDate(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + t + "' is not a date; write it as year-month-day, e.g. "
                    + LocalDate.of(2025, 10, 22) + " (nothing was changed)");
        }
    }

    /** Refuses a period that ends before it starts; either end may be open. */
    static void checkPeriod(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(field + ": the agreement would end (" + end + ") before it starts ("
                    + start + ") (nothing was changed)");
        }
    }

    /** The text typed into a name field: trimmed, blank is null. */
    static String text(Object typed) {
        String t = typed == null ? "" : typed.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether a party says nothing at all (no organisation, role, name, nor fields another tool wrote). */
    static boolean isEmpty(Party p) {
        return p == null || text(p.organisation) == null && text(p.role) == null && text(p.name) == null
                && p.unknownFields().isEmpty();
    }

    /** A party in one line, e.g. for an edit's label. */
    static String describe(Party p) {
        if (p == null) return "";
        for (String s : new String[] {p.name, p.organisation, p.role}) {
            if (text(s) != null) return s.strip();
        }
        return "(empty)";
    }
}
