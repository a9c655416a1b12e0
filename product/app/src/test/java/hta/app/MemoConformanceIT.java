package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * places (veraPDF's context); the whole report is written to {@code target/test-artifacts/verapdf.txt}. A copy
 * stripped of its tags must fail (the harness is not vacuous), and what assistive technology reads instead of
 * the drawing — redaction marks, the chart's description — is checked against the jurisdiction's words.
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
        int checks = 0;
        for (Memos.Memo m : exported) {
            for (PDFAFlavour profile : PROFILES) {
                ValidationResult result = validate(m.pdf(), profile);
                checks += result.getTotalAssertions();
                boolean any = false;
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                    any = true;
                    Rule rule = result.getValidationProfile().getRuleByRuleId(a.getRuleId());
                    failed.computeIfAbsent(ruleKey(profile, a), k -> new RuleFailures(rule == null ? a.getMessage() : rule.getDescription()))
                            .add(m.name(), a.getLocation().getContext() + (a.getErrorMessage() == null ? "" : " (" + a.getErrorMessage() + ")"));
                }
                if (!result.isCompliant() && !any) {
                    failed.computeIfAbsent(profile.getId() + " (not compliant)", k -> new RuleFailures(
                            "veraPDF reports the file not compliant without a failed rule: " + result.getJobEndStatus()))
                            .add(m.name(), "");
                }
            }
        }
        String report = report(failed, checks);
        System.out.println(report);
        Path out = Path.of(System.getProperty("hta.test.out", "target/test-artifacts"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("verapdf.txt"), report, StandardCharsets.UTF_8);
        assertTrue(checks > 1000 * exported.size(), "veraPDF checked too little to be believed: " + checks);
        assertEquals("", failed.isEmpty() ? "" : report);
    }

    /**
     * The harness sees a failure when there is one: a memo stripped of its structure tree and MarkInfo fails the
     * PDF/UA-1 rules that ask for them.
     */
    @Test
    void anUntaggedCopyFails() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        byte[] untagged;
        try (PDDocument doc = Loader.loadPDF(exported.get(0).pdf())) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            untagged = bytes.toByteArray();
        }
        ValidationResult result = validate(untagged, PDFAFlavour.PDFUA_1);
        List<String> rules = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> ruleKey(PDFAFlavour.PDFUA_1, a)).distinct().sorted().toList();
        assertTrue(rules.contains("ua1 6.2-1") && rules.contains("ua1 7.1-11"), rules.toString());
    }

    /**
     * What assistive technology reads in place of the drawing: in every public memo each redaction is read as its
     * jurisdiction's fixed words, whatever it hides; the timeline chart is a figure described in the memo's
     * language (its heading and day word are the jurisdiction's); the document language is the memo's.
     */
    @Test
    void redactionsAndTheChartAreReadInTheMemosWords() throws Exception {
        Memos memos = new Memos(app);
        Map<String, Integer> redactions = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Memos.Memo m : exported) {
            Object jurisdiction = memos.jurisdiction(m.jurisdiction());
            String spoken = (String) Reflect.call(Reflect.call(Reflect.call(jurisdiction, "confidentiality"), "redactionMark"), "spoken");
            Object words = Reflect.call(jurisdiction, "timelineWords");
            try (PDDocument doc = Loader.loadPDF(m.pdf())) {
                List<COSDictionary> elements = new ArrayList<>();
                elements(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT), elements);
                String language = doc.getDocumentCatalog().getLanguage();
                if (language == null || language.isBlank()) problems.add(m.name() + ": no document language");
                for (COSDictionary e : elements) {
                    String actual = e.getString(COSName.ACTUAL_TEXT);
                    if (actual != null) {
                        // the policy's mark reads as its declared words; a template's own text mark (NICE's
                        // bracketed wordings) reads as its shown text; none may carry a figure
                        boolean fixed = actual.equals(spoken) || actual.startsWith("[") && actual.endsWith("]");
                        if (!m.isPublic() || !fixed || actual.chars().anyMatch(Character::isDigit)) {
                            problems.add(m.name() + ": replacement text '" + actual + "'");
                        }
                        redactions.merge(m.jurisdiction(), 1, Integer::sum);
                    }
                    if ("Figure".equals(e.getNameAsString(COSName.S))) {
                        String alt = e.getString(COSName.ALT);
                        if (alt == null || !alt.startsWith(Reflect.call(words, "heading") + ": ")
                                || !alt.contains(" " + Reflect.call(words, "days"))) {
                            problems.add(m.name() + ": chart description '" + alt + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        System.out.println("Redactions read as their jurisdiction's words: " + redactions);
        assertTrue(redactions.getOrDefault("no", 0) >= 3, "the public Norwegian memo's blanks: " + redactions);
    }

    private static void elements(COSBase node, List<COSDictionary> into) {
        if (node instanceof COSObject o) node = o.getObject();
        if (node instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) elements(a.get(i), into);
        } else if (node instanceof COSDictionary d) {
            if (d.containsKey(COSName.S)) into.add(d);
            elements(d.getDictionaryObject(COSName.K), into);
        }
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour profile) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            return validator.validate(parser);
        }
    }

    private static String ruleKey(PDFAFlavour profile, TestAssertion a) {
        return profile.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
    }

    private static String report(Map<String, RuleFailures> failed, int checks) {
        StringBuilder sb = new StringBuilder("veraPDF " + PROFILES.stream().map(PDFAFlavour::getId).toList() + " on "
                + exported.size() + " memos: " + checks + " checks, " + failed.size() + " failed rule(s)\n");
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
