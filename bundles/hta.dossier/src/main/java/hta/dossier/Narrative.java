package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Rich text of one template section: paragraphs, each a list of runs. Confidential spans are runs whose
 * classification is not public.
 */
@JsonPropertyOrder({"paragraphs"})
public final class Narrative extends Extensible {
    public List<List<TextRun>> paragraphs = new ArrayList<>();

    /** A narrative of public paragraphs. */
    public static Narrative of(String... paragraphs) {
        Narrative n = new Narrative();
        for (String p : paragraphs) {
            n.paragraphs.add(new ArrayList<>(List.of(new TextRun(p, Classification.PUBLIC))));
        }
        return n;
    }

    /** The whole text, paragraphs separated by blank lines, every run included. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (List<TextRun> p : paragraphs) {
            if (sb.length() > 0) sb.append("\n\n");
            for (TextRun r : p) sb.append(r.text == null ? "" : r.text);
        }
        return sb.toString();
    }
}
