package hta.export.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** One thing drawn on a page, in PDF user space (origin bottom-left, points). */
sealed interface DrawOp permits DrawOp.Text, DrawOp.Box, DrawOp.Rule {

    /** Text with its baseline at {@code y}; {@code wordSpacing} stretches a justified line. */
    record Text(float x, float y, String text, PDFont font, float size, float[] rgb) implements DrawOp {
    }

    /** A filled rectangle. */
    record Box(float x, float y, float width, float height, float[] rgb) implements DrawOp {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float lineWidth, float[] rgb) implements DrawOp {
    }

    float[] BLACK = {0f, 0f, 0f};
    float[] GREY = {0.45f, 0.45f, 0.45f};
    float[] LIGHT = {0.92f, 0.92f, 0.92f};
    float[] RULE = {0.6f, 0.6f, 0.6f};
    float[] MARK = {0.65f, 0.1f, 0.1f};
}
