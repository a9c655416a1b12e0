package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Non-interference (CONFIDENTIALITY.md, principle 4): the public memo must not change when only confidential
 * inputs change. Random pairs of dossiers that differ from the demo dossier only in the values that are
 * confidential under the jurisdiction's policy — agreed prices, confidential figures and budget cells (from
 * thousands to billions), confidential narrative runs and agreements — are exported by the real exporter with
 * the real jurisdiction plugins; every public PDF must be byte-identical to the one of the unchanged dossier.
 */
class NonInterferenceIT {
    private static final int PAIRS = 54;
    private static AppRuntime app;
    private static Memos memos;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
        memos = new Memos(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    /** A memo to vary: dossier, jurisdiction, template, and the public PDF of the unchanged dossier. */
    private record Case(String dossier, String code, String template, byte[] baseline) {
    }

    @Test
    void publicMemosAreByteIdenticalWhateverTheConfidentialValues() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String id : memos.dossierIds()) {
            Object dossier = memos.load(id);
            for (String code : memos.jurisdictionsOf(dossier)) {
                for (String template : memos.templates(code)) {
                    try {
                        cases.add(new Case(id, code, template, memos.export(id, dossier, code, template, "PUBLIC").pdf()));
                    } catch (Exception e) {
                        assertTrue(e.getMessage() != null && e.getMessage().contains("required fields are missing"), e.toString());
                    }
                }
            }
        }
        assertTrue(cases.size() >= 7, "memos to vary: " + cases.size());
        Random random = new Random(0x4e4f4e49L);
        Map<String, Integer> changedConfidential = new HashMap<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            Case c = cases.get(pair % cases.size());
            Object a = variant(c, random);
            Object b = variant(c, random);
            int changedA = changed(a, c);
            int changedB = changed(b, c);
            assertTrue(changedA > 0 && changedB > 0, "confidential values changed: " + changedA + ", " + changedB);
            byte[] pa = memos.export(c.dossier(), a, c.code(), c.template(), "PUBLIC").pdf();
            byte[] pb = memos.export(c.dossier(), b, c.code(), c.template(), "PUBLIC").pdf();
            String what = "pair " + pair + " (" + c.code() + "/" + c.template() + ")";
            assertArrayEquals(c.baseline(), pa, what + ": public memo differs from the unchanged dossier's");
            assertArrayEquals(pa, pb, what + ": public memos differ");
            if (pair < cases.size()) {
                // positive control: the same change does show in the confidential variant where values are printed
                byte[] ca = memos.export(c.dossier(), a, c.code(), c.template(), "CONFIDENTIAL").pdf();
                byte[] cb = memos.export(c.dossier(), b, c.code(), c.template(), "CONFIDENTIAL").pdf();
                if (!Arrays.equals(ca, cb)) changedConfidential.merge(c.code(), 1, Integer::sum);
            }
        }
        assertFalse(changedConfidential.isEmpty(), "no confidential memo changed: the variation had no effect");
        assertEquals(1, changedConfidential.getOrDefault("no", 0), "the Norwegian confidential memo shows the values");
    }

    /**
     * A copy of the dossier with every confidential value replaced at random. A draw in which a new secret happens
     * to equal a number the public memo prints anyway (e.g. a cost-neutral duration of 170 next to "170 dager"
     * of processing time) is drawn again: the exporter rightly refuses such a memo, as no reader could tell the two
     * apart, and it says nothing about interference.
     */
    private static Object variant(Case c, Random random) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            Object d = memos.load(c.dossier());
            vary(d, c.code(), random);
            if (memos.scan(c.baseline(), memos.leakIndex(d, c.code())).isEmpty()) return d;
        }
        throw new AssertionError("no random draw avoids the public memo's own numbers");
    }

    /** How many values differ from the stored dossier's. */
    private static int changed(Object dossier, Case c) throws Exception {
        Object original = memos.load(c.dossier());
        List<?> mine = memos.secrets(dossier, c.code());
        List<?> theirs = memos.secrets(original, c.code());
        int n = 0;
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            Object v1 = Reflect.call(mine.get(i), "value");
            Object v2 = Reflect.call(theirs.get(i), "value");
            if (((BigDecimal) v1).compareTo((BigDecimal) v2) != 0) n++;
        }
        return n;
    }

    /** Replaces every value confidential under the jurisdiction's policy; returns how many inputs changed. */
    private static int vary(Object dossier, String code, Random random) throws Exception {
        Map<String, String> kinds = new HashMap<>();
        for (Object s : memos.secrets(dossier, code)) {
            kinds.put((String) Reflect.call(s, "id"), Reflect.call(s, "kind").toString());
        }
        int changed = 0;
        for (Object p : (List<?>) Reflect.get(dossier, "prices")) {
            String kind = kinds.get((String) Reflect.get(p, "id"));
            if (kind != null && Reflect.get(p, "amount") != null) {
                Reflect.set(p, "amount", value(kind, random));
                changed++;
            }
        }
        List<Object> figures = new ArrayList<>((List<?>) Reflect.get(Reflect.get(dossier, "economics"), "figures"));
        List<String> keys = new ArrayList<>();
        figures.forEach(f -> keys.add(null));
        for (Object b : (List<?>) Reflect.get(dossier, "budgetImpacts")) {
            for (Object f : (List<?>) Reflect.get(b, "figures")) {
                figures.add(f);
                keys.add(null);
            }
            for (Object row : (List<?>) Reflect.get(b, "rows")) {
                List<?> cells = (List<?>) Reflect.get(row, "cells");
                for (int y = 1; y <= cells.size(); y++) {
                    figures.add(cells.get(y - 1));
                    keys.add("cell:" + Reflect.get(row, "id") + ":" + y);
                }
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Object f = figures.get(i);
            String id = (String) Reflect.get(f, "id");
            String kind = kinds.get(id != null ? id : keys.get(i));
            if (kind != null && Reflect.get(f, "value") != null) {
                Reflect.set(f, "value", value(kind, random));
                changed++;
            }
        }
        for (Object s : (List<?>) Reflect.get(dossier, "submissions")) {
            for (Object narrative : ((Map<?, ?>) Reflect.get(s, "sections")).values()) {
                for (Object paragraph : (List<?>) Reflect.get(narrative, "paragraphs")) {
                    for (Object run : (List<?>) paragraph) {
                        if (isSecret(Reflect.get(run, "classification"))) {
                            Reflect.set(run, "text", "netto " + value("AMOUNT", random).toPlainString() + " kr");
                            changed++;
                        }
                    }
                }
            }
            for (Object agreement : (List<?>) Reflect.get(s, "agreements")) {
                if (isSecret(Reflect.get(agreement, "classification"))) {
                    Reflect.set(agreement, "description", "rabatt " + value("PERCENTAGE", random).toPlainString() + " %");
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean isSecret(Object classification) throws Exception {
        return classification != null && !(Boolean) Reflect.call(classification, "isPublic");
    }

    /** A random value of the kind: amounts from thousands to billions, percentages, other numbers. */
    private static BigDecimal value(String kind, Random random) {
        switch (kind) {
            case "PERCENTAGE":
                return BigDecimal.valueOf(1 + random.nextInt(989)).movePointLeft(1);
            case "NUMBER":
                return BigDecimal.valueOf(Math.pow(10, random.nextDouble() * 6)).setScale(random.nextInt(3), RoundingMode.HALF_UP)
                        .max(BigDecimal.ONE);
            default:
                return BigDecimal.valueOf(Math.pow(10, 3 + random.nextDouble() * 6.5)).setScale(random.nextInt(3), RoundingMode.HALF_UP);
        }
    }
}
