package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.LeakIndex;
import hta.dossier.Dossier;
import hta.export.pdf.ExportRefusedException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every memo of every template of every jurisdiction of the demo workspace, both variants, exported by the real
 * exporter in the real app and read back: public memos hold no confidential or derived value anywhere in the
 * file (page text with overlaps kept, every object's strings and decoded streams) and pass the hygiene check;
 * confidential memos show the values; public figures are printed alike in both; every page carries its
 * variant's marking and the country's page number, and renders (PNGs in target/test-artifacts/memos). PDF/UA-1
 * and PDF/A-2a conformance is {@link MemoConformanceIT}'s.
 */
class MemoAuditIT {
    private static AppRuntime app;
    private static Memos memos;
    private static final List<Memos.Memo> EXPORTED = new ArrayList<>();
    private static final Map<String, Dossier> DOSSIERS = new HashMap<>();
    private static final List<String> REFUSED = new ArrayList<>();

    @BeforeAll
    static void exportEverything() throws Exception {
        app = AppRuntime.start(Map.of());
        memos = new Memos(app);
        for (String id : memos.dossierIds()) {
            Dossier dossier = memos.load(id);
            DOSSIERS.put(id, dossier);
            for (String code : memos.jurisdictionsOf(dossier)) {
                for (String template : memos.templates(code)) {
                    for (String variant : List.of("PUBLIC", "CONFIDENTIAL")) {
                        try {
                            EXPORTED.add(memos.export(id, dossier, code, template, variant));
                        } catch (ExportRefusedException e) {
                            // a template the demo dossier does not fill is refused for that reason only
                            assertTrue(e.getMessage().contains("required fields are missing"), e.toString());
                            REFUSED.add(id + "/" + code + "/" + template + "/" + variant + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        System.out.println("Exported " + EXPORTED.size() + " memos; refused for missing fields: " + REFUSED);
        assertTrue(EXPORTED.size() >= 14, "expected (nearly) every template of the five jurisdictions, got "
                + EXPORTED.size() + "; refused " + REFUSED);
        assertEquals(5, EXPORTED.stream().map(Memos.Memo::jurisdiction).distinct().count(), "jurisdictions exported");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void publicMemosHoldNoConfidentialValueAnywhere() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Memos.Memo m : EXPORTED) {
            if (!m.isPublic()) continue;
            Dossier dossier = DOSSIERS.get(m.dossier());
            assertFalse(memos.secrets(dossier, m.jurisdiction()).isEmpty(), "the demo dossier has secrets in " + m.jurisdiction());
            LeakIndex index = memos.leakIndex(dossier, m.jurisdiction());
            memos.scan(m.pdf(), index).forEach(f -> problems.add(m.name() + ": " + f));
            memos.hygiene(m.pdf()).forEach(h -> problems.add(m.name() + ": " + h));
            index.scan("file name", m.fileName()).forEach(f -> problems.add(m.name() + ": " + f));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void confidentialMemosShowTheValuesAndPublicFiguresAreAlike() throws Exception {
        Map<String, Integer> shownPerJurisdiction = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Memos.Memo conf : EXPORTED) {
            if (conf.isPublic()) continue;
            Memos.Memo pub = counterpart(conf);
            Dossier dossier = DOSSIERS.get(conf.dossier());
            int shown = memos.scan(conf.pdf(), memos.leakIndex(dossier, conf.jurisdiction())).size();
            shownPerJurisdiction.merge(conf.jurisdiction(), shown, Integer::sum);
            LeakIndex figures = memos.publicFigureIndex(dossier, conf.jurisdiction());
            Map<String, Long> inPublic = count(memos.findingIds(pub.pdf(), figures));
            Map<String, Long> inConfidential = count(memos.findingIds(conf.pdf(), figures));
            if (!inPublic.equals(inConfidential)) {
                problems.add(conf.jurisdiction() + "/" + conf.template() + ": public figures printed " + inPublic
                        + " times in the public memo but " + inConfidential + " in the confidential one");
            }
        }
        assertEquals(List.of(), problems);
        // positive control: the scan that finds nothing in the public memos does find the values in the confidential
        // ones. Every jurisdiction's demo data has a (fictional) confidential price; Scotland's advice never prints
        // prices, and its submission summary is refused in the demo for want of the UK list price (unconfirmed).
        System.out.println("Confidential values shown per jurisdiction: " + shownPerJurisdiction);
        assertTrue(shownPerJurisdiction.getOrDefault("no", 0) >= 3, "Norway: " + shownPerJurisdiction);
        for (String code : List.of("se", "dk", "nice")) {
            assertTrue(shownPerJurisdiction.getOrDefault(code, 0) >= 1, code + ": " + shownPerJurisdiction);
        }
    }

    @Test
    void everyPageCarriesItsMarkingAndPageNumberAndRenders() throws Exception {
        Path out = Path.of(System.getProperty("hta.test.out", "target/test-artifacts")).resolve("memos");
        Files.createDirectories(out);
        for (Memos.Memo m : EXPORTED) {
            try (PDDocument doc = Loader.loadPDF(m.pdf())) {
                int n = doc.getNumberOfPages();
                PDFTextStripper stripper = new PDFTextStripper();
                String marking = null;
                for (int p = 1; p <= n; p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc);
                    String first = text.lines().findFirst().orElse("").strip();
                    if (marking == null) marking = first;
                    assertEquals(marking, first, m.name() + " page " + p + " header");
                    assertTrue(text.replaceAll("\\p{Zs}", " ").contains(memos.pageLabel(m.jurisdiction(), p, n)
                            .replaceAll("\\p{Zs}", " ")), m.name() + " page " + p + " lacks its page number");
                }
                Memos.Memo other = m.isPublic() ? counterpart(m) : null;
                if (other != null) {
                    try (PDDocument conf = Loader.loadPDF(other.pdf())) {
                        String confMarking = new PDFTextStripper().getText(conf).lines().findFirst().orElse("").strip();
                        assertNotEquals(marking, confMarking, m.name() + ": both variants carry the same marking");
                    }
                }
                PDFRenderer renderer = new PDFRenderer(doc);
                String base = m.jurisdiction() + "_" + m.template() + "_" + m.variant().toLowerCase();
                for (int p = 0; p < n; p++) {
                    BufferedImage image = renderer.renderImageWithDPI(p, 72);
                    assertTrue(hasInk(image), m.name() + " page " + (p + 1) + " renders blank");
                    ImageIO.write(image, "png", out.resolve(base + "_p" + (p + 1) + ".png").toFile());
                }
                Files.write(out.resolve(base + ".pdf"), m.pdf());
            }
        }
    }

    private static Memos.Memo counterpart(Memos.Memo m) {
        String wanted = m.isPublic() ? "CONFIDENTIAL" : "PUBLIC";
        return EXPORTED.stream().filter(o -> o.dossier().equals(m.dossier()) && o.jurisdiction().equals(m.jurisdiction())
                && o.template().equals(m.template()) && o.variant().equals(wanted)).findFirst().orElseThrow();
    }

    private static Map<String, Long> count(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private static boolean hasInk(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 300) dark++;
            }
        }
        return dark > 50;
    }
}
