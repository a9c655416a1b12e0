package hta.workbench.export.internal;

import hta.workbench.api.Colours;
import java.awt.Component;
import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListCellRenderer;

/**
 * Marks an item of the export wizard's jurisdiction or memo list that would be refused in every variant chosen:
 * "⚠ SMC summary — will be refused" in the error colour (unless selected in the open list), the reasons in its
 * tooltip. The look and feel's renderer draws everything else. EDT only.
 */
final class RefusedMarks implements ListCellRenderer<Object> {
    private final ListCellRenderer<Object> base;
    /** Why an item will be refused, or null. */
    private final Function<Object, String> refusal;

    @SuppressWarnings("unchecked")
    RefusedMarks(ListCellRenderer<?> base, Function<Object, String> refusal) {
        this.base = (ListCellRenderer<Object>) base;
        this.refusal = refusal;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        @SuppressWarnings("unchecked")
        Component c = base.getListCellRendererComponent((JList<Object>) list, value, index, selected, focus);
        String why = refusal.apply(value);
        if (c instanceof JLabel l) {
            l.setToolTipText(why == null ? null : "<html>Will be refused:<br>" + why.replace("&", "&amp;")
                    .replace("<", "&lt;").replace("\n", "<br>") + "</html>");
            if (why != null) {
                l.setText("⚠ " + value + " — will be refused");
                if (!selected || index < 0) l.setForeground(Colours.error());
            }
        }
        return c;
    }
}
