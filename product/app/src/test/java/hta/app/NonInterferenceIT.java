package hta.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.SecretValue;
import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Figure;
import hta.dossier.Narrative;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
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
            Dossier dossier = memos.load(id);
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
            Dossier a = variant(c, random);
            Dossier b = variant(c, random);
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
        // Hemgenix's and Fictivimab's Norwegian price memos
        assertEquals(2, changedConfidential.getOrDefault("no", 0), "the Norwegian confidential memos show the values");
    }

    /**
     * A copy of the dossier with every confidential value replaced at random. A draw in which a new secret happens
     * to equal a number the public memo prints anyway (e.g. a cost-neutral duration of 170 next to "170 dager"
     * of processing time, or "48 months" of follow-up beside a duration of 4 years) is drawn again: the exporter
     * rightly refuses such a memo, as no reader could tell the two apart, and it says nothing about interference.
     */
    private static Dossier variant(Case c, Random random) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            Dossier d = memos.load(c.dossier());
            vary(d, c.code(), random);
            if (!memos.scan(c.baseline(), memos.leakIndex(d, c.code())).isEmpty()) continue;
            // the memo's fields are scanned too, in every language they are kept in ("48 months" of a study's
            // follow-up beside a new cost-neutral duration of 4 years): the exporter refuses that draw
            try {
                memos.export(c.dossier(), d, c.code(), c.template(), "PUBLIC");
                return d;
            } catch (Exception refused) {
                // drawn again (the bundle's exception class, caught by what it says): the fields' scan, or the
                // read-back of the rendered memo, which also reads it with the other installed countries' VAT rates
                // (a new budget cell within 1 % of a printed public figure at 20 % VAT)
                String m = refused.getMessage();
                if (m == null || !m.contains("would reveal confidential values") && !m.contains("read-back scan found confidential values")) {
                    throw refused;
                }
            }
        }
        throw new AssertionError("no random draw avoids the public memo's own numbers");
    }

    /** How many values differ from the stored dossier's. */
    private static int changed(Dossier dossier, Case c) throws Exception {
        Dossier original = memos.load(c.dossier());
        List<SecretValue> mine = memos.secrets(dossier, c.code());
        List<SecretValue> theirs = memos.secrets(original, c.code());
        int n = 0;
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            if (mine.get(i).value().compareTo(theirs.get(i).value()) != 0) n++;
        }
        return n;
    }

    /** Replaces every value confidential under the jurisdiction's policy; returns how many inputs changed. */
    private static int vary(Dossier dossier, String code, Random random) {
        Map<String, SecretValue.Kind> kinds = new HashMap<>();
        for (SecretValue s : memos.secrets(dossier, code)) kinds.put(s.id(), s.kind());
        int changed = 0;
        for (PricePoint p : dossier.prices) {
            SecretValue.Kind kind = kinds.get(p.id);
            if (kind != null && p.amount != null) {
                p.amount = value(kind, random);
                changed++;
            }
        }
        List<Figure> figures = new ArrayList<>(dossier.economics.figures);
        List<String> keys = new ArrayList<>();
        figures.forEach(f -> keys.add(null));
        for (BudgetImpact b : dossier.budgetImpacts) {
            for (Figure f : b.figures) {
                figures.add(f);
                keys.add(null);
            }
            for (BudgetImpact.BudgetRow row : b.rows) {
                for (int y = 1; y <= row.cells.size(); y++) {
                    figures.add(row.cells.get(y - 1));
                    keys.add("cell:" + row.id + ":" + y);
                }
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            SecretValue.Kind kind = kinds.get(f.id != null ? f.id : keys.get(i));
            if (kind != null && f.value != null) {
                f.value = value(kind, random);
                changed++;
            }
        }
        for (Submission s : dossier.submissions) {
            for (Narrative narrative : s.sections.values()) {
                for (List<TextRun> paragraph : narrative.paragraphs) {
                    for (TextRun run : paragraph) {
                        if (isSecret(run.classification)) {
                            run.text = "netto " + value(SecretValue.Kind.AMOUNT, random).toPlainString() + " kr";
                            changed++;
                        }
                    }
                }
            }
            for (Agreement agreement : s.agreements) {
                if (isSecret(agreement.classification)) {
                    agreement.description = "rabatt " + value(SecretValue.Kind.PERCENTAGE, random).toPlainString() + " %";
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean isSecret(Classification classification) {
        return classification != null && !classification.isPublic();
    }

    /** A random value of the kind: amounts from thousands to billions, percentages, other numbers. */
    private static BigDecimal value(SecretValue.Kind kind, Random random) {
        switch (kind) {
            case PERCENTAGE:
                return BigDecimal.valueOf(1 + random.nextInt(989)).movePointLeft(1);
            case NUMBER:
                return BigDecimal.valueOf(Math.pow(10, random.nextDouble() * 6)).setScale(random.nextInt(3), RoundingMode.HALF_UP)
                        .max(BigDecimal.ONE);
            default:
                return BigDecimal.valueOf(Math.pow(10, 3 + random.nextDouble() * 6.5)).setScale(random.nextInt(3), RoundingMode.HALF_UP);
        }
    }
}
