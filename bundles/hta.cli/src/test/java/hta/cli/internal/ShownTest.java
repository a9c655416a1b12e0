package hta.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** A plugin's text reaches the terminal without any character that could move the cursor, hide text or add lines. */
class ShownTest {
    @Test
    void aFieldIsOneLineWithEveryControlCharacterEscaped() {
        assertEquals("zz\\e[2K\\e[0GZed (official)", Shown.line("zz\u001b[2K\u001b[0GZed (official)"));
        assertEquals("x.jar\\n2026-12-07\\tadmin\\tinstall", Shown.line("x.jar\n2026-12-07\tadmin\tinstall"));
        assertEquals("evil\\u202egpj.jar", Shown.line("evil\u202egpj.jar"));
        assertEquals("\\u009b31m", Shown.line("\u009b31m"));
        // a plugin's finding or setting text with a line or paragraph separator (outside trust test, round 17)
        assertEquals("fine\\u2028no.rhf.price = 1\\u2029", Shown.line("fine\u2028no.rhf.price = 1\u2029"));
        assertEquals("Norway (DMP) — Legemiddelverket", Shown.line("Norway (DMP) — Legemiddelverket"));
    }

    @Test
    void theOutputKeepsItsLayoutButNoEscapeSequence() throws Exception {
        StringWriter s = new StringWriter();
        try (Writer w = Shown.writer(s)) {
            w.write("CODE\tNAME\n");
            w.write("zz  \u001b[8mhidden\u0007\n");
        }
        assertEquals("CODE\tNAME\nzz  \\e[8mhidden\\u0007\n", s.toString());
    }
}
