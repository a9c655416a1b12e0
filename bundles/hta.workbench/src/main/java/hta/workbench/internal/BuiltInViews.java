package hta.workbench.internal;

import hta.workbench.internal.shell.ErrorLogView;
import hta.workbench.internal.shell.ProgressView;
import hta.workbench.internal.views.HistoryView;
import hta.workbench.internal.views.LandscapeView;
import hta.workbench.internal.views.NavigatorView;
import hta.workbench.internal.views.PortfolioView;
import hta.workbench.internal.views.ProblemsView;
import hta.workbench.internal.views.PropertiesView;
import hta.workbench.internal.views.TimelineView;

/** The workbench's own views, added like any contributed view. */
final class BuiltInViews {
    private BuiltInViews() {
    }

    static void register(Workbench wb) {
        wb.addView(new NavigatorView(wb));
        wb.addView(new PropertiesView(wb));
        wb.addView(new HistoryView(wb));
        wb.addView(new ProblemsView(wb));
        wb.addView(new TimelineView(wb));
        wb.addView(new LandscapeView(wb));
        wb.addView(new PortfolioView(wb));
        wb.addView(new ErrorLogView(wb.log));
        wb.addView(new ProgressView(wb.jobs));
    }
}
