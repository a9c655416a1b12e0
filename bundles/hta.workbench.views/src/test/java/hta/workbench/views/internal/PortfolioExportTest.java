package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

class PortfolioExportTest {
    @Test
    void headerThenRowsQuotedWhereAValueNeedsIt() {
        DefaultTableModel m = new DefaultTableModel(new Object[]{"Jurisdiction", "Year", "Mean days"}, 0);
        m.addRow(new Object[]{"England (NICE)", 2024, ""});
        m.addRow(new Object[]{"Sweden, TLV", 2025, 153L});
        m.addRow(new Object[]{"the \"other\"\nline", 2025, null});
        assertEquals(List.of("Jurisdiction,Year,Mean days", "England (NICE),2024,", "\"Sweden, TLV\",2025,153",
                "\"the \"\"other\"\"\nline\",2025,"), PortfolioExport.csv(m));
    }
}
