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
}
