package hta.workbench.internal;

import hta.workbench.internal.shell.ErrorLogView;
import hta.workbench.internal.shell.ProgressView;
import hta.workbench.internal.views.NavigatorView;

/** The workbench's own views, added like any contributed view. */
final class BuiltInViews {
    private BuiltInViews() {
    }

    static void register(Workbench wb) {
        wb.addView(new NavigatorView(wb));
        wb.addView(new ErrorLogView(wb.log));
        wb.addView(new ProgressView(wb.jobs));
    }
}
