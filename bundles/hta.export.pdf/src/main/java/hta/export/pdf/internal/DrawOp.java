package hta.export.pdf.internal;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** One thing drawn on a page, in PDF user space (origin bottom-left, points). */
sealed interface DrawOp permits DrawOp.Text, DrawOp.Box, DrawOp.Rule, DrawOp.Dashed, DrawOp.Diamond, DrawOp.Anchor {

    /** Text with its baseline at {@code y}; {@code wordSpacing} stretches a justified line. */
    record Text(float x, float y, String text, PDFont font, float size, float[] rgb) implements DrawOp {
    }

    /** A filled rectangle. */
    record Box(float x, float y, float width, float height, float[] rgb) implements DrawOp {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float lineWidth, float[] rgb) implements DrawOp {
    }

    /** A dashed straight line (chart guides, target lines). */
    record Dashed(float x1, float y1, float x2, float y2, float lineWidth, float[] rgb) implements DrawOp {
    }

    /** A filled diamond centred on (x, y) with half-diagonal {@code r} (chart milestones). */
    record Diamond(float x, float y, float r, float[] rgb) implements DrawOp {
    }

    /**
     * Draws nothing: the place of a redaction that shows nothing (a blank), so that its structure element has
     * content there and assistive technology reads the mark's fixed words at that point of the text.
     */
    record Anchor(float x, float y) implements DrawOp {
    }

    float[] BLACK = {0f, 0f, 0f};
    float[] GREY = {0.45f, 0.45f, 0.45f};
    float[] LIGHT = {0.92f, 0.92f, 0.92f};
    float[] RULE = {0.6f, 0.6f, 0.6f};
    float[] MARK = {0.65f, 0.1f, 0.1f};
    float[] PHASE = {0.23f, 0.42f, 0.68f};
    float[] PHASE_OPEN = {0.62f, 0.74f, 0.88f};
    float[] PHASE_STOPPED = {0.72f, 0.72f, 0.72f};
    float[] TARGET_MET = {0.16f, 0.5f, 0.25f};
    float[] TARGET_MISSED = {0.75f, 0.15f, 0.12f};
}
