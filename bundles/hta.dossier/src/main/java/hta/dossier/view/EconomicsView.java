package hta.dossier.view;

import hta.dossier.Economics;
import java.util.List;
import java.util.Optional;

/** Read-only {@link Economics}: the health-economic analysis and its figures. Immutable. @since 1.0 */
public record EconomicsView(String analysisType, List<FigureView> figures) {
    public EconomicsView {
        figures = Copies.list(figures);
    }

    public static EconomicsView of(Economics e) {
        return e == null ? null : new EconomicsView(e.analysisType, Copies.list(e.figures, FigureView::of));
    }

    public Optional<FigureView> figure(String id) {
        return figures.stream().filter(f -> f != null && id.equals(f.id())).findFirst();
    }

    Economics toModel() {
        Economics e = new Economics();
        e.analysisType = analysisType;
        e.figures = Copies.mutable(figures, FigureView::toModel);
        return e;
    }
}
