package hta.export.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one document (Liberation Sans regular, bold, italic; SIL OFL 1.1). A character a font
 * cannot draw is replaced only by what looks the same (a space kind by a space, a minus or dash by a hyphen);
 * any other is refused ({@link UndrawableCharacterException}), so that no glyph is ever missing and nothing is
 * printed in place of what the writer wrote. Not thread-safe: one per document.
 */
final class MemoFonts {
    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();

    MemoFonts(PDDocument doc) throws IOException {
        regular = load(doc, "LiberationSans-Regular.ttf");
        bold = load(doc, "LiberationSans-Bold.ttf");
        italic = load(doc, "LiberationSans-Italic.ttf");
    }

    /** The font files, read from the bundle once. */
    private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The font parsed afresh for this document (a parsed font is not thread-safe, and the subset is per
     * document), with glyph substitution off: memos are Latin text, and substitution would both cost most of
     * the export's time and turn letter pairs into ligatures that text extraction, and so the read-back leak
     * scan, could no longer see as letters.
     */
    private static PDFont load(PDDocument doc, String name) throws IOException {
        byte[] bytes = FILES.get(name);
        if (bytes == null) {
            try (InputStream in = MemoFonts.class.getResourceAsStream("/fonts/liberation/" + name)) {
                if (in == null) throw new IOException("font " + name + " is missing from the bundle");
                bytes = in.readAllBytes();
            }
            FILES.put(name, bytes);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /**
     * {@code text} with every space or dash the font lacks replaced by one it has.
     *
     * @throws UndrawableCharacterException for any other character the font lacks
     */
    String drawable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (covers(font, cp)) {
                sb.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
                sb.append(covers(font, 0x00A0) ? '\u00A0' : ' ');
            } else if (cp == 0x2212 || cp == 0x2013 || cp == 0x2010 || cp == 0x2011) {
                sb.append('-');
            } else if (cp == '\t' || cp == '\n' || cp == '\r') {
                sb.append(' ');
            } else if (compatible(font, cp) != null) {
                // a full-width digit, a small percent sign, a vulgar fraction: the plain characters a reader sees in
                // it ("４" is 4, "⅗" is 3/5, "2⅗" 2 3/5), which the font has
                String plain = compatible(font, cp);
                boolean afterDigit = sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1));
                if (afterDigit && plain.contains("/")) sb.append(' ');
                sb.append(plain);
            } else {
                // never a "?" in its place: that would change the writer's text without a word
                throw new UndrawableCharacterException(cp);
            }
        });
        return sb.toString();
    }

    /** The compatibility form of {@code cp} (NFKC, a fraction slash as /) when it differs and the font has it all. */
    private String compatible(PDFont font, int cp) {
        // a raised or lowered digit and the fraction slash stay refused: "28⁷⁄₁₀" and "10¹³" have no plain spelling
        // that keeps what they say without the writer's word
        if (cp >= 0x2070 && cp <= 0x209F || cp == 0x00B9 || cp == 0x00B2 || cp == 0x00B3 || cp == 0x2044) return null;
        String n = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC)
                .replace('\u2044', '/');
        if (n.isEmpty() || n.equals(new String(Character.toChars(cp)))) return null;
        return n.codePoints().allMatch(c -> covers(font, c)) ? n : null;
    }

    private boolean covers(PDFont font, int cp) {
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text in " + font.getName(), e);
        }
    }
}
