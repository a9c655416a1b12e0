package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Narrative;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replace All in the narratives: every section, case ignored, markings kept, one edit that reverts whole. */
class ReplaceAllTest {
    private static Submission submission(String code, String section, TextRun... runs) {
        Submission s = new Submission();
        s.jurisdiction = code;
        Narrative n = new Narrative();
        n.paragraphs.add(new ArrayList<>(List.of(runs)));
        s.sections.put(section, n);
        return s;
    }

    private static String text(Dossier d, String code, String section) {
        StringBuilder sb = new StringBuilder();
        for (TextRun r : d.submission(code).orElseThrow().sections.get(section).paragraphs.get(0)) {
            sb.append(r.classification == Classification.PUBLIC ? r.text : "[" + r.text + "]");
        }
        return sb.toString();
    }

    @Test
    void everyPlaceInEverySectionIsReplacedInItsRunAndOneRevertTakesAllBack() {
        Dossier d = new Dossier();
        d.submissions.add(submission("no", "bakgrunn", new TextRun("En Terskelanalyse og en terskelanalyse. ", Classification.PUBLIC),
                new TextRun("terskelanalyse 12 mill.", Classification.CONFIDENTIAL)));
        d.submissions.add(submission("se", "summary", new TextRun("Ingen terskel", Classification.PUBLIC),
                new TextRun("analyse", Classification.CONFIDENTIAL)));
        ReplaceAll edit = ReplaceAll.of(d, "terskelanalyse", "threshold analysis");
        assertEquals(3, edit.replaced());
        assertEquals(1, edit.acrossRuns(), "Sweden's 'terskel' + confidential 'analyse' is left");
        edit.apply(d);
        assertEquals("En threshold analysis og en threshold analysis. [threshold analysis 12 mill.]", text(d, "no", "bakgrunn"));
        assertEquals("Ingen terskel[analyse]", text(d, "se", "summary"));
        edit.revert(d);
        assertEquals("En Terskelanalyse og en terskelanalyse. [terskelanalyse 12 mill.]", text(d, "no", "bakgrunn"));
    }

    @Test
    void wordsAcrossTwoMarkingsAreLeftAndCounted() {
        Dossier d = new Dossier();
        d.submissions.add(submission("se", "summary", new TextRun("Ingen terskel", Classification.PUBLIC),
                new TextRun("analyse", Classification.CONFIDENTIAL)));
        ReplaceAll edit = ReplaceAll.of(d, "terskelanalyse", "x");
        assertEquals(0, edit.replaced());
        assertEquals(1, edit.acrossRuns());
        assertEquals("Replace All 'terskelanalyse' with 'x'", edit.label());
    }

    /** Words either side of a reference chip are in one run each: replaced, and nothing counted as across markings. */
    @Test
    void wordsNextToAReferenceAreReplacedAndWordsSplitByAChipAreNotCountedAsAcrossMarkings() {
        Dossier d = new Dossier();
        d.submissions.add(submission("no", "bakgrunn", new TextRun("Pris ", Classification.PUBLIC), TextRun.reference("no-rhf-aup"),
                new TextRun(" terskelanalyse", Classification.PUBLIC), new TextRun("terskel", Classification.PUBLIC),
                TextRun.reference("no-list"), new TextRun("analyse", Classification.PUBLIC)));
        ReplaceAll edit = ReplaceAll.of(d, "terskelanalyse", "x");
        assertEquals(1, edit.replaced());
        assertEquals(0, edit.acrossRuns(), "'terskel' chip 'analyse' is not the words: the chip stands between them");
        edit.apply(d);
        assertEquals("ref:no-rhf-aup", "ref:" + d.submission("no").orElseThrow().sections.get("bakgrunn").paragraphs.get(0).get(1).ref);
        assertEquals(" x", d.submission("no").orElseThrow().sections.get("bakgrunn").paragraphs.get(0).get(2).text);
    }
}
