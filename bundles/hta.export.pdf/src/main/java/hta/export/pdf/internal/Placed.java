package hta.export.pdf.internal;

/** A draw operation with what it is to assistive technology. */
record Placed(DrawOp op, Marking marking) {
}
