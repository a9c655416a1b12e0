package hta.jurisdiction.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.PricePoint;
import hta.dossier.json.DossierJson;
import hta.dossier.validation.Finding;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.SubmissionChecks;
import hta.timeline.ProcessDefinition;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's own validation gets what it may know, on a copy: its own confidential values, the public projection
 * of the rest; what it changes there reaches neither the dossier nor anything else (outside trust test: it had
 * received the dossier itself, with every country's confidential prices).
 */
class NeedToKnowValidationTest {
    /** Testkitland, with a validation that records the prices it sees and then changes them all (or never returns). */
    private static final class Nosy implements Jurisdiction {
        private final Jurisdiction tk = new Testkitland();
        final Map<String, BigDecimal> seen = new HashMap<>();
        boolean hang;
        boolean hangProcess;

        @Override public String code() { return tk.code(); }
        @Override public String displayName() { return tk.displayName(); }
        @Override public String nativeName() { return tk.nativeName(); }
        @Override public Locale locale() { return tk.locale(); }
        @Override public Currency currency() { return tk.currency(); }
        @Override public List<Agency> agencies() { return tk.agencies(); }
        @Override public Formats formats() { return tk.formats(); }
        @Override public ConfidentialityPolicy confidentiality() { return tk.confidentiality(); }
        @Override
        public ProcessDefinition process() {
            while (hangProcess) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a plugin that ignores interruption
                }
            }
            return tk.process();
        }
        @Override public List<DecisionTerm> decisionVocabulary() { return tk.decisionVocabulary(); }
        @Override public List<MemoTemplate> memoTemplates() { return tk.memoTemplates(); }

        @Override
        public List<Finding> validate(Dossier dossier) {
            while (hang) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a plugin that ignores interruption
                }
            }
            for (PricePoint p : dossier.prices) {
                seen.put(p.id, p.amount);
                p.amount = BigDecimal.ONE;
            }
            dossier.product.brandName = "Changed";
            return List.of(new Finding("required", "$.prices[1].amount", "seen"));
        }
    }

    @Test
    void aPluginsValidationSeesItsOwnValuesAndThePublicRestOnACopy() {
        Dossier d = Samples.testol();
        String before = new String(DossierJson.write(d), java.nio.charset.StandardCharsets.UTF_8);
        Nosy nosy = new Nosy();
        List<Finding> findings = SubmissionChecks.check(d, new FixedRegistry(nosy));
        assertEquals(new BigDecimal("1234567.89"), nosy.seen.get("tk-list"), "a public price");
        assertEquals(new BigDecimal("987654.32"), nosy.seen.get("tk-agreed"), "its own confidential price");
        assertNull(nosy.seen.get("xx-agreed"), "another country's confidential price is not there");
        assertEquals(3, nosy.seen.size(), "every price is there, in its place (JSON paths hold)");
        assertEquals(before, new String(DossierJson.write(d), java.nio.charset.StandardCharsets.UTF_8), "the dossier is as it was");
        assertEquals(1, findings.stream().filter(f -> f.message().equals("seen")).count());
    }

    /** A plugin's checks that never return are left out after their limit, with a finding that says so. */
    @Test
    void aPluginsValidationThatNeverReturnsIsLeftOutAfterItsLimit() {
        Nosy stuck = new Nosy();
        stuck.hang = true;
        long t0 = System.nanoTime();
        List<Finding> findings = SubmissionChecks.check(Samples.testol(), new FixedRegistry(stuck));
        long took = (System.nanoTime() - t0) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(took < 30_000, "took " + took + " ms");
        org.junit.jupiter.api.Assertions.assertTrue(findings.stream().anyMatch(f -> f.message().contains(
                "did not finish its own checks")), findings.toString());
    }

    @Test
    void aPluginWhoseProcessNeverComesBackIsLeftOutAfterItsLimit() {
        Nosy stuck = new Nosy();
        stuck.hangProcess = true;
        long t0 = System.nanoTime();
        List<Finding> findings = SubmissionChecks.check(Samples.testol(), new FixedRegistry(stuck));
        long took = (System.nanoTime() - t0) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(took < 30_000, "took " + took + " ms");
        org.junit.jupiter.api.Assertions.assertTrue(findings.stream().anyMatch(f -> f.message().contains(
                "did not finish its vocabulary and process")), findings.toString());
    }
}
