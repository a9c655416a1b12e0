package hta.workbench.views.internal;

import hta.workbench.api.WorkbenchSite;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.TableModel;

/**
 * Export… of the Portfolio view: its table as it stands (one row per jurisdiction and year: requests by status,
 * dispatched, mean days, decisions) to a CSV file a spreadsheet opens — comma-separated, quoted where a value
 * needs it, UTF-8 — in a folder the writer chooses (the last one used, else their home folder, never the app's
 * data folder). An existing file is replaced only after asking. Written off the EDT.
 */
final class PortfolioExport {
    private Path lastFolder;

    /** The table as CSV lines: the header, then each row. */
    static List<String> csv(TableModel model) {
        List<String> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < model.getColumnCount(); c++) cells.add(field(model.getColumnName(c)));
        lines.add(String.join(",", cells));
        for (int r = 0; r < model.getRowCount(); r++) {
            cells.clear();
            for (int c = 0; c < model.getColumnCount(); c++) {
                Object v = model.getValueAt(r, c);
                cells.add(field(v == null ? "" : v.toString()));
            }
            lines.add(String.join(",", cells));
        }
        return lines;
    }

    /** A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    static String field(String s) {
        return s.matches("(?s).*[,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Asks where, then writes {@code model}'s rows there off the EDT; the status line says where it went. */
    void export(WorkbenchSite site, TableModel model) {
        JFileChooser chooser = new JFileChooser(lastFolder != null ? lastFolder.toFile() : new File(System.getProperty("user.home")));
        chooser.setName("portfolio.export.chooser");
        chooser.setDialogTitle("Export the portfolio statistics (.csv)");
        chooser.setFileFilter(new FileNameExtensionFilter("CSV files (*.csv)", "csv"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), "portfolio-" + LocalDate.now() + ".csv"));
        if (chooser.showSaveDialog(site.window()) != JFileChooser.APPROVE_OPTION) return;
        Path chosen = chooser.getSelectedFile().toPath();
        Path target = chosen.getFileName().toString().contains(".") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".csv");
        if (Files.exists(target) && JOptionPane.showConfirmDialog(site.window(), target + " exists. Replace it?",
                "Export the portfolio", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        lastFolder = target.toAbsolutePath().getParent();
        List<String> lines = csv(model);
        site.schedule("Exporting the portfolio to " + target, m -> {
            try {
                Files.write(target, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("the portfolio could not be written to " + target + ": " + e.getMessage(), e);
            }
        }, () -> site.status("Portfolio exported to " + target + " (" + (lines.size() - 1) + " rows)"));
    }
}
