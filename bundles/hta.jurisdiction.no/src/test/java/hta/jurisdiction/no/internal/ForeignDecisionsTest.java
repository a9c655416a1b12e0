package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.Span;
import hta.timeline.ProcessDefinition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import hta.jurisdiction.testkit.FixedRegistry;
import org.junit.jupiter.api.Test;

/** The memo's section on other countries, generated from the dossier's other submissions. */
class ForeignDecisionsTest {
    private final Norway norway = new Norway();

    private List<String> lines(Dossier d, MemoContext context) {
        MemoDocument memo = norway.memoTemplates().get(0)
                .render(ProjectedView.of(d, norway.code(), norway.confidentiality(), Variant.PUBLIC), context);
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (Block b : memo.blocks()) {
            if (b instanceof Block.Heading h) {
                in = h.text().startsWith("Informasjon om refusjon");
            } else if (in && b instanceof Block.Paragraph p) {
                lines.add(p.spans().stream().map(Span::text).reduce("", String::concat));
            }
        }
        return lines;
    }

    @Test
    void listsSwedenDenmarkScotlandAndEnglandFromStoredWordingWhenOnlyNorwayIsInstalled() throws Exception {
        List<String> lines = lines(Fixtures.hemgenix(), new MemoContext(new FixedRegistry(norway)));
        assertEquals(8, lines.size(), String.join("\n", lines));
        // footnote 1 is the approved indication's, 2 the EMA report's where the authorisation was published
        assertEquals("Sverige: Anbefaling om ikke innføring (25.04.2025) [3]", lines.get(0));
        assertTrue(lines.get(1).startsWith("\u00ABRekommendationen i det här fallet"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Danmark: Anbefaling om innføring med en alternativ prisavtale"));
        assertTrue(lines.get(2).endsWith("(19.06.2024) [4]"), lines.get(2));
        assertTrue(lines.get(3).startsWith("\u00ABMedicinrådet anbefaler Hemgenix"));
        assertTrue(lines.get(4).startsWith("Skottland (SMC): Midlertidig innføring"));
        assertTrue(lines.get(4).contains("(12.08.2024)"));
        assertTrue(lines.get(5).startsWith("\u201Caccepted for use within NHSScotland"));
        assertTrue(lines.get(6).startsWith("England (NICE/NHS): Innført med en alternativ avtale"));
        assertTrue(lines.get(6).contains("(24.07.2024)"));
        assertTrue(lines.get(7).contains("recommended with managed access"));
    }

    @Test
    void withoutANorwegianWordingTheQuoteSpeaksAndNoOtherLanguageStandsIn() throws Exception {
        Dossier d = Fixtures.hemgenix();
        d.submission("se").orElseThrow().decision.summary.remove("nb");
        d.submission("dk").orElseThrow().decision.summary.remove("nb");
        List<String> lines = lines(d, new MemoContext(new FixedRegistry(norway, new SwedishVocabulary())));
        // not the Swedish plugin's "bör inte", not the English summary: the country, the date, the published quote
        assertEquals("Sverige (25.04.2025) [3]", lines.get(0));
        assertTrue(lines.get(1).startsWith("\u00ABRekommendationen i det här fallet"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Danmark (19.06.2024)"), lines.get(2));
        assertTrue(lines.stream().noneMatch(l -> l.contains("bör inte") || l.contains("Recommended with")), lines.toString());
    }

    /** A jurisdiction that knows only NT-rådet's decision terms, as an installed Swedish plugin would. */
    private static final class SwedishVocabulary implements Jurisdiction {
        @Override public String code() { return "se"; }
        @Override public String displayName() { return "Sweden"; }
        @Override public String nativeName() { return "Sverige"; }
        @Override public Locale locale() { return Locale.forLanguageTag("sv-SE"); }
        @Override public Currency currency() { return Currency.getInstance("SEK"); }
        @Override public List<Agency> agencies() { return List.of(); }
        @Override public Formats formats() { return null; }
        @Override public ConfidentialityPolicy confidentiality() { return null; }
        @Override public ProcessDefinition process() { return null; }
        @Override public List<MemoTemplate> memoTemplates() { return List.of(); }
        @Override public List<DecisionTerm> decisionVocabulary() {
            return List.of(new DecisionTerm("bor-inte", "bör inte", "should not be used", false));
        }
    }
}
