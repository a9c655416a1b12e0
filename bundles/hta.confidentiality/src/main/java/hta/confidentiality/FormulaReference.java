package hta.confidentiality;

import java.util.Objects;

/**
 * A reference inside a figure's formula: {@code price:<id>}, {@code figure:<id>}, {@code cell:<rowId>:<year>}
 * or {@code patients:<year>} (years are 1-based columns of the budget table). {@link #toString()} gives the
 * canonical written form, which is also the key the taint engine uses.
 *
 * @param kind what is referred to
 * @param id   the price, figure or row id; null for patients
 * @param year the 1-based year column for cells and patients; 0 otherwise
 * @since 0.2
 */
public record FormulaReference(Kind kind, String id, int year) {
    public enum Kind { PRICE, FIGURE, CELL, PATIENTS }

    public FormulaReference {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CELL || kind == Kind.PATIENTS) && year < 1) {
            throw new IllegalArgumentException(kind + " reference needs a year from 1, was " + year);
        }
    }

    public static FormulaReference price(String id) {
        return new FormulaReference(Kind.PRICE, id, 0);
    }

    public static FormulaReference figure(String id) {
        return new FormulaReference(Kind.FIGURE, id, 0);
    }

    public static FormulaReference cell(String rowId, int year) {
        return new FormulaReference(Kind.CELL, rowId, year);
    }

    public static FormulaReference patients(int year) {
        return new FormulaReference(Kind.PATIENTS, null, year);
    }

    @Override
    public String toString() {
        switch (kind) {
            case PRICE: return "price:" + id;
            case FIGURE: return "figure:" + id;
            case CELL: return "cell:" + id + ":" + year;
            default: return "patients:" + year;
        }
    }
}
