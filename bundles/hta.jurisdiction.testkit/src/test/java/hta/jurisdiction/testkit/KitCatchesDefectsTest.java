package hta.jurisdiction.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.testkit.Testkitland.Defect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every check of the kit fails for the defect it exists for, and names it. */
class KitCatchesDefectsTest {
    private static Subject subject(Defect... defects) {
        return new Subject(new Testkitland(defects), Samples.testol(), List.of());
    }

    private static List<String> onTemplate(Function<Subject, Function<MemoTemplate, List<String>>> check, Defect... defects) {
        Subject s = subject(defects);
        return check.apply(s).apply(s.jurisdiction().memoTemplates().get(0));
    }

    private static void caught(List<String> problems, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(words)), "expected a problem saying '" + words + "' in " + problems);
    }

    @Test
    void aTemplateThatRemembersAConfidentialPriceIsCaughtByTheCanaries() {
        List<String> problems = onTemplate(s -> t -> CanaryCheck.check(s, t, false), Defect.CACHED_PRICE);
        caught(problems, "the public memo 'note' shows a value it may not show");
        assertEquals(List.of(), onTemplate(s -> t -> CanaryCheck.check(s, t, false)));
    }

    @Test
    void aPlantedValueThatHappensToReadAsAPublicNumberOfTheMemoIsNoFinding() {
        // the public list price made to lie within the scan's tolerance of the first series' agreed-price canary
        hta.dossier.Dossier planted = Samples.testol();
        java.math.BigDecimal canary = Canaries.plant(planted, false).numbers().keySet().stream()
                .filter(v -> v.id().equals("price:tk-agreed")).findFirst().orElseThrow().value();
        hta.dossier.Dossier sample = Samples.testol();
        sample.prices.stream().filter(p -> p.id.equals("tk-list")).forEach(p -> p.amount = canary.multiply(new java.math.BigDecimal("1.003")));
        Subject s = new Subject(new Testkitland(), sample, List.of());
        assertEquals(List.of(), CanaryCheck.check(s, s.jurisdiction().memoTemplates().get(0), false));
    }

    @Test
    void aMemoThatChangesByItselfFailsNonInterference() {
        caught(onTemplate(s -> t -> NonInterferenceCheck.publicMemo(s, t), Defect.RENDER_COUNT), "changes with hidden values");
        assertEquals(List.of(), onTemplate(s -> t -> NonInterferenceCheck.publicMemo(s, t)));
    }

    @Test
    void aSampleWithoutConfidentialValuesProvesNothing() {
        hta.dossier.Dossier d = Samples.testol();
        d.prices.forEach(p -> p.kind = hta.dossier.PriceKind.LIST_PRICE);
        d.prices.forEach(p -> p.classification = hta.dossier.Classification.PUBLIC);
        d.submissions.forEach(s -> s.sections.clear());
        Subject s = new Subject(new Testkitland(), d, List.of());
        caught(NonInterferenceCheck.publicMemo(s, s.jurisdiction().memoTemplates().get(0)), "proves nothing");
    }

    @Test
    void valuesInFileNamesAndOneNameForBothVariantsAreCaught() {
        caught(onTemplate(s -> t -> CompletenessCheck.check(s, t), Defect.FILE_NAME_VALUE), "carries a value of the dossier");
        caught(onTemplate(s -> t -> CompletenessCheck.check(s, t), Defect.SAME_FILE_NAME), "have the same file name");
        caught(onTemplate(s -> t -> CompletenessCheck.check(s, t), Defect.EMPTY_SECTION), "'Budget impact' has no content");
        assertEquals(List.of(), onTemplate(s -> t -> CompletenessCheck.check(s, t)));
    }

    @Test
    void aHeadingOverNothingIsRemovedByThePlatformSoTheKitHasNothingToReport() {
        // a template cannot print a bare heading: the memo model drops it (sections with a heading and nothing
        // under it were a defect of the published memos); what is left for the kit is a heading over an empty block
        Subject s = subject(Defect.BARE_HEADING);
        MemoTemplate t = s.jurisdiction().memoTemplates().get(0);
        Rendered r = Rendered.of(s, t, s.dossier(), hta.confidentiality.Variant.PUBLIC);
        assertTrue(r.memo().blocks().stream().noneMatch(b -> b instanceof hta.jurisdiction.memo.Block.Heading h
                && h.text().equals("Budget impact")), "the bare heading is dropped");
        assertEquals(List.of(), CompletenessCheck.check(s, t));
    }

    @Test
    void aGapThatNamesNoFieldIsCaught() {
        caught(onTemplate(s -> t -> RequiredFieldsCheck.check(s, t), Defect.UNNAMED_FIELD), "not named as 'field.path: explanation'");
        assertEquals(List.of(), onTemplate(s -> t -> RequiredFieldsCheck.check(s, t)));
    }

    @Test
    void formatsThatDoNotReadBackAreCaught() {
        caught(FormatCheck.check(new Testkitland(Defect.US_DATES)), "short date form");
        caught(FormatCheck.check(new Testkitland(Defect.LOST_DECIMALS)), "reads back as");
        assertEquals(List.of(), FormatCheck.check(new Testkitland()));
    }

    @Test
    void timeRulesThatRunBackwardOrStopTheClockAcrossItsStartAreCaught() {
        caught(TimeRulesCheck.check(new Testkitland(Defect.BACKWARD_PHASE)), "phase assessing runs from tk.decided back to tk.started");
        caught(TimeRulesCheck.check(new Testkitland(Defect.BACKWARD_TARGET)), "target tk.90 runs from");
        caught(TimeRulesCheck.check(new Testkitland(Defect.CLOCK_STOP_ACROSS_START)), "clock stop waiting runs across");
        assertEquals(List.of(), TimeRulesCheck.check(new Testkitland()));
    }

    @Test
    void manifestsThatDeclareTheWrongThingsAreCaught(@TempDir Path dir) throws IOException {
        Path good = Path.of("src/test/resources/testkitland/MANIFEST.MF");
        Path classes = Path.of("src/test/resources/testkitland");
        String manifest = Files.readString(good);
        assertEquals(List.of(), ManifestCheck.check(new Testkitland(), good, classes));
        caught(check(dir, manifest.replace("code=tk", "code=xx"), classes), "names code xx");
        caught(check(dir, manifest.replace("contract:Version=\"1.0\"", "contract:Version=\"9.0\""), classes), "does not provide");
        caught(check(dir, manifest.replace(" hta.timeline;", " hta.timeline.internal;version=\"0\",\n hta.timeline;"), classes),
                "imports hta.timeline.internal");
        caught(check(dir, manifest.replace("Bundle-Description", "X-Description"), classes), "Bundle-Description is missing");
        caught(check(dir, manifest.replace("(!(version>=2.0))", "(!(version>=3.0))"), classes), "to the next major version");
        caught(ManifestCheck.check(new Testkitland(), good, dir), "no declarative-services component");
    }

    private static List<String> check(Path dir, String manifest, Path classes) throws IOException {
        Path file = dir.resolve("MANIFEST.MF");
        Files.writeString(file, manifest);
        return ManifestCheck.check(new Testkitland(), file, classes);
    }
}
