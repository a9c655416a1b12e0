package hta.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text as a terminal shows it, made harmless: a plugin's name, vendor, signer, file name or refusal reason comes
 * from whoever wrote the jar, and control characters in it (terminal escape sequences, line breaks, bidirectional
 * overrides) made a refused jar erase its row and print a forged one, or add forged lines to the history (outside
 * trust test). Each such character is shown as an escape ("\e", "\n", "\u202e").
 */
final class Shown {
    private Shown() {
    }

    /** {@code s} on one line: every control or format character escaped, line breaks and tabs included. */
    static String line(Object s) {
        if (s == null) return null;
        String t = s.toString();
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String e = escape(c, true);
            if (e != null && b == null) b = new StringBuilder(t.substring(0, i));
            if (b != null) {
                if (e != null) b.append(e);
                else b.append(c);
            }
        }
        return b == null ? t : b.toString();
    }

    /**
     * Everything written through {@code w} with control and format characters escaped, except the line breaks and
     * tabs the commands' own output is laid out with.
     */
    static Writer writer(Writer w) {
        return new FilterWriter(w) {
            @Override
            public void write(int c) throws IOException {
                String e = escape((char) c, false);
                if (e == null) out.write(c);
                else out.write(e);
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(cbuf[i]);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(str.charAt(i));
            }
        };
    }

    private static String escape(char c, boolean layoutToo) {
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!layoutToo) return null;
            return c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
        }
        if (c == 0x1B) return "\\e";
        // the line and paragraph separators break lines in log viewers and editors
        if (c == '\u2028' || c == '\u2029') return String.format("\\u%04x", (int) c);
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && !Character.isSurrogate(c)) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
