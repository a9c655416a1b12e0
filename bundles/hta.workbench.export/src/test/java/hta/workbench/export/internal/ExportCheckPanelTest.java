package hta.workbench.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hta.confidentiality.Variant;
import java.awt.Dimension;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression: the export dialog grew when its background check ended with refusals listed, and Export moved from
 * under the pointer. The account keeps the size it had while "Checking…", whatever it says then.
 */
class ExportCheckPanelTest {

    @Test
    void theAccountKeepsItsSizeWhenTheCheckEnds() {
        ExportCheckPanel panel = new ExportCheckPanel();
        panel.show(false, null, null, EnumSet.of(Variant.PUBLIC));
        Dimension checking = panel.getPreferredSize();

        Map<ExportCheck.Memo, String> refusals = new HashMap<>();
        Map<ExportCheck.Memo, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            ExportCheck.Memo m = new ExportCheck.Memo("zz", "memo" + i, Variant.PUBLIC);
            names.put(m, "Zedland · Memo " + i + ", public");
            refusals.put(m, i == 0 ? null : "the list price is missing, and a long reason that wraps over the width of"
                    + " the dialog's account of the check (Prices page)");
        }
        panel.verdicts(new ExportCheck.Verdicts(refusals, names));
        panel.show(false, null, null, EnumSet.of(Variant.PUBLIC));
        assertEquals(checking, panel.getPreferredSize(), "eight refusals listed");

        panel.show(false, "zz", "memo0", EnumSet.of(Variant.PUBLIC));
        assertEquals(checking, panel.getPreferredSize(), "one memo that can be exported");
    }
}
