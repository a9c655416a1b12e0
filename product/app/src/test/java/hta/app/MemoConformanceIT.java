package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;

/**
 * Every memo of every template of every jurisdiction of the demo workspace, public and confidential, exported by
 * the real exporter in the real app and validated by veraPDF against PDF/UA-1 and PDF/A-2a (test scope only:
 * veraPDF is GPL/MPL). All memos are validated in this one JVM, so veraPDF's start-up is paid once. A failed
 * rule is reported with its profile, clause, description, how many memos and checks failed it and the first
 * places (veraPDF's context); the whole report is written to {@code target/test-artifacts/verapdf.txt}.
 */
class MemoConformanceIT {
    /** The profiles every memo must pass; PDF/A-2a rather than 2b because the memos are tagged (docs/export.md). */
    private static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    private static AppRuntime app;
    private static List<Memos.Memo> exported;

    @BeforeAll
    static void exportEverything() throws Exception {
        app = AppRuntime.start(Map.of());
        List<String> refused = new ArrayList<>();
        exported = new Memos(app).exportAll(refused);
        assertTrue(exported.size() >= 14, "expected (nearly) every template of the five jurisdictions, got "
                + exported.size() + "; refused " + refused);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void everyMemoPassesPdfUa1AndPdfA2a() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        // profile + rule -> what failed where
        Map<String, RuleFailures> failed = new TreeMap<>();
        for (Memos.Memo m : exported) {
            for (PDFAFlavour profile : PROFILES) {
                try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(m.pdf()), profile);
                     PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
                    ValidationResult result = validator.validate(parser);
                    boolean any = false;
                    for (TestAssertion a : result.getTestAssertions()) {
                        if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                        any = true;
                        Rule rule = result.getValidationProfile().getRuleByRuleId(a.getRuleId());
                        String key = profile.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                        failed.computeIfAbsent(key, k -> new RuleFailures(rule == null ? a.getMessage() : rule.getDescription()))
                                .add(m.name(), a.getLocation().getContext() + (a.getErrorMessage() == null ? "" : " (" + a.getErrorMessage() + ")"));
                    }
                    if (!result.isCompliant() && !any) {
                        failed.computeIfAbsent(profile.getId() + " (not compliant)", k -> new RuleFailures(
                                "veraPDF reports the file not compliant without a failed rule: " + result.getJobEndStatus()))
                                .add(m.name(), "");
                    }
                }
            }
        }
        String report = report(failed);
        System.out.println(report);
        Path out = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("verapdf.txt"), report, StandardCharsets.UTF_8);
        // first step of the work (issue 16.8): report today's failures without failing the build
        if (!Boolean.getBoolean("hta.verapdf.strict")) return;
        assertEquals("", failed.isEmpty() ? "" : report);
    }

    private static String report(Map<String, RuleFailures> failed) {
        StringBuilder sb = new StringBuilder("veraPDF " + PROFILES.stream().map(PDFAFlavour::getId).toList() + " on "
                + exported.size() + " memos: " + failed.size() + " failed rule(s)\n");
        failed.forEach((rule, f) -> {
            sb.append(rule).append(": ").append(f.description).append("\n    failed ").append(f.checks)
                    .append(" check(s) in ").append(f.memos.size()).append(" memo(s), e.g. ")
                    .append(f.memos.stream().limit(3).toList()).append('\n');
            f.places.stream().limit(3).forEach(p -> sb.append("    at ").append(p).append('\n'));
        });
        return sb.toString();
    }

    /** How often one rule failed, in which memos, and the first places. */
    private static final class RuleFailures {
        final String description;
        final List<String> memos = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        int checks;

        RuleFailures(String description) {
            this.description = description;
        }

        void add(String memo, String place) {
            checks++;
            if (!memos.contains(memo)) memos.add(memo);
            if (places.size() < 3) places.add(memo + ": " + place);
        }
    }
}
