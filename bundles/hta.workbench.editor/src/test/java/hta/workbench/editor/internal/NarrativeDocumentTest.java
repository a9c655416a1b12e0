package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.dossier.Classification;
import hta.dossier.Narrative;
import hta.dossier.TextRun;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.DefaultStyledDocument;
import org.junit.jupiter.api.Test;

class NarrativeDocumentTest {
    @Test
    void confidentialSpansSurviveTheStyledDocumentAndMarkingASpanSplitsTheRun() throws Exception {
        Narrative n = new Narrative();
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("Agreed price ", Classification.PUBLIC),
                new TextRun("29 950 000 NOK", Classification.CONFIDENTIAL), new TextRun(".", Classification.PUBLIC))));
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("Second paragraph.", Classification.PUBLIC))));
        DefaultStyledDocument doc = new DefaultStyledDocument();
        NarrativeDocument.load(doc, n);
        assertEquals(NarrativeDocument.signature(n), NarrativeDocument.signature(NarrativeDocument.read(doc)));
        int at = doc.getText(0, doc.getLength()).indexOf("Second");
        doc.setCharacterAttributes(at, "Second".length(), NarrativeDocument.attributes(Classification.CONFIDENTIAL), false);
        Narrative marked = NarrativeDocument.read(doc);
        assertEquals(2, marked.paragraphs.get(1).size());
        assertEquals("Second", marked.paragraphs.get(1).get(0).text);
        assertEquals(Classification.CONFIDENTIAL, marked.paragraphs.get(1).get(0).classification);
        assertEquals(" paragraph.", marked.paragraphs.get(1).get(1).text);
    }

    /** Regression (issue 14): a reference run was loaded as empty text and lost at the next save. */
    @Test
    void aReferenceIsOneCharacterAndReadsBackAsTheReferenceWithItsRestriction() throws Exception {
        Narrative n = new Narrative();
        TextRun restricted = TextRun.reference("no-list");
        restricted.classification = Classification.CONFIDENTIAL;
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("Agreed price ", Classification.PUBLIC),
                TextRun.reference("no-rhf-aup"), new TextRun(" against ", Classification.PUBLIC), restricted)));
        DefaultStyledDocument doc = new DefaultStyledDocument();
        NarrativeDocument.load(doc, n);
        assertEquals("Agreed price " + NarrativeDocument.REF_CHAR + " against " + NarrativeDocument.REF_CHAR, doc.getText(0, doc.getLength()));
        Narrative back = NarrativeDocument.read(doc);
        assertEquals(NarrativeDocument.signature(n), NarrativeDocument.signature(back));
        assertEquals("no-rhf-aup", back.paragraphs.get(0).get(1).ref);
        assertEquals(null, back.paragraphs.get(0).get(1).classification);
        assertEquals(Classification.CONFIDENTIAL, back.paragraphs.get(0).get(3).classification);
        doc.remove(13, 1); // the chip deleted whole
        assertEquals(2, NarrativeDocument.read(doc).paragraphs.get(0).size());
        assertEquals(NarrativeDocument.signature(n), NarrativeDocument.signature(NarrativeDocument.copy(n)));
    }

    /**
     * Regression (outsider's walk): Find counted a section's offsets without the reference chips, so words after a chip
     * were selected one character early. The text Find searches is the page's text, chip for chip, so an offset found
     * in it selects the words in the page.
     */
    @Test
    void theTextFindSearchesIsThePagesTextWithEveryChipSoAMatchAfterChipsLandsOnItsWords() throws Exception {
        Narrative n = new Narrative();
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("First.", Classification.PUBLIC))));
        n.paragraphs.add(new ArrayList<>(List.of(TextRun.reference("no-rhf-aup"), new TextRun(" and ", Classification.PUBLIC),
                TextRun.reference("no-list"), new TextRun(" give a terskelanalyse", Classification.CONFIDENTIAL),
                new TextRun(" here.\nand here", Classification.PUBLIC))));
        String searched = NarrativeDocument.text(n);
        DefaultStyledDocument doc = new DefaultStyledDocument();
        NarrativeDocument.load(doc, n);
        assertEquals(doc.getText(0, doc.getLength()), searched);
        int at = searched.indexOf("terskelanalyse");
        assertEquals("terskelanalyse", doc.getText(at, "terskelanalyse".length()));
        int here = searched.indexOf("and here");
        assertEquals("and here", doc.getText(here, "and here".length()), "a line break inside a run is a space in both");
    }

    /** Regression: a run marked fictional (demo text) lost its mark when the editor saved the narrative. */
    @Test
    void aFictionalRunStaysFictionalThroughTheDocumentARestyleAndACopy() throws Exception {
        Narrative n = new Narrative();
        TextRun made = new TextRun("Fictional outcome", Classification.PUBLIC);
        made.fictional = Boolean.TRUE;
        n.paragraphs.add(new ArrayList<>(List.of(new TextRun("Before. ", Classification.PUBLIC), made)));
        DefaultStyledDocument doc = new DefaultStyledDocument();
        NarrativeDocument.load(doc, n);
        NarrativeDocument.restyle(doc);
        Narrative back = NarrativeDocument.read(doc);
        assertEquals(2, back.paragraphs.get(0).size());
        assertEquals(false, back.paragraphs.get(0).get(0).isFictional());
        assertEquals("Fictional outcome", back.paragraphs.get(0).get(1).text);
        assertEquals(true, back.paragraphs.get(0).get(1).isFictional());
        assertEquals(true, NarrativeDocument.copy(back).paragraphs.get(0).get(1).isFictional());
    }
}
