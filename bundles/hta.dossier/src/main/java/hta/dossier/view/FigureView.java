package hta.dossier.view;

import hta.dossier.Classification;
import hta.dossier.Figure;
import java.math.BigDecimal;

/**
 * Read-only {@link Figure}: a number the dossier states, with its unit and classification. Immutable.
 *
 * @since 1.0 ({@code fictional} since 1.1)
 */
public record FigureView(String id, String label, BigDecimal value, String unit, Classification classification,
                         String formula, DeclassificationView declassification, boolean fictional) {
    /** A figure that is not made up (the form of 1.0). */
    public FigureView(String id, String label, BigDecimal value, String unit, Classification classification,
                      String formula, DeclassificationView declassification) {
        this(id, label, value, unit, classification, formula, declassification, false);
    }

    public static FigureView of(Figure f) {
        return f == null ? null : new FigureView(f.id, f.label, f.value, f.unit, f.classification, f.formula,
                DeclassificationView.of(f.declassification), f.isFictional());
    }

    Figure toModel() {
        Figure f = new Figure();
        f.id = id;
        f.label = label;
        f.value = value;
        f.unit = unit;
        f.classification = classification;
        f.formula = formula;
        f.declassification = declassification == null ? null : declassification.toModel();
        f.fictional = fictional ? Boolean.TRUE : null;
        return f;
    }
}
