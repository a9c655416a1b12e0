package hta.workbench.plugins.internal;

import hta.plugins.CatalogueEntry;
import hta.plugins.PluginInfo;
import hta.workbench.api.Words;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javax.swing.table.AbstractTableModel;

/** What the Plugins view's tables say of a plugin and of an offer of the plugin repository, cell by cell. */
final class PluginRows {
    private PluginRows() {
    }

    /**
     * "Disabled Norway 0.1.0 (build 202612061200): disabled by an administrator": the plugin by its name (its code is
     * in the table), its version worded as everywhere in the workbench ({@link Words#version}).
     */
    static String describe(String verb, PluginInfo p) {
        return verb + " " + p.name() + " " + Words.version(p.version()) + ": " + stateText(p);
    }

    /**
     * The state in words and why; a reason that already says the state ("disabled by …") is not repeated after it,
     * it is the text ("Disabled by an administrator").
     */
    static String stateText(PluginInfo p) {
        String s = state(p.state());
        if (p.reason() == null || p.reason().isBlank()) return s;
        String reason = p.reason();
        return reason.toLowerCase(Locale.ROOT).startsWith(s.toLowerCase(Locale.ROOT))
                ? Character.toUpperCase(reason.charAt(0)) + reason.substring(1) : s + " — " + reason;
    }

    /**
     * A plugin's state as an administrator reads it, not the framework's constant (walk of December 2026: "active",
     * "resolved", "installed" in lower case): "Active", "Installed, not started", "Disabled" …
     */
    static String state(PluginInfo.State s) {
        return switch (s) {
            case ACTIVE -> "Active";
            case STARTING -> "Starting";
            case STOPPING -> "Stopping";
            case RESOLVED -> "Installed, not started";
            case INSTALLED -> "Installed, cannot start";
            case DISABLED -> "Disabled";
            case FAILED -> "Failed";
            case AVAILABLE -> "Not installed";
            case NOT_LOADED -> "Not loaded";
        };
    }

    static String trustText(PluginInfo p) {
        String who = p.signer() == null ? "unsigned" : p.signer();
        return who + " (" + p.trust().words() + ")";
    }

    /** The words of one cell of a plugin row. */
    static Object pluginCell(PluginInfo p, int column) {
        return switch (column) {
            case 0 -> p.name();
            case 1 -> p.code();
            case 2 -> Words.version(p.version()); // as Help › About says it
            case 3 -> p.vendor() == null ? "" : p.vendor();
            case 4 -> trustText(p);
            case 5 -> stateText(p);
            default -> p.contributions().isEmpty() ? "—" : String.join(", ", p.contributions());
        };
    }

    /** The words of one cell of an offer of the plugin repository. */
    static Object catalogueCell(CatalogueEntry e, int column) {
        return switch (column) {
            case 0 -> e.name();
            case 1 -> e.code();
            case 2 -> Words.version(e.version());
            case 3 -> e.installedVersion() == null ? "—" : Words.version(e.installedVersion());
            case 4 -> switch (e.offer()) {
                case INSTALL -> "Can be installed";
                case UPDATE -> "Update available";
                case INSTALLED -> "Installed";
                case UNAVAILABLE -> "Unavailable: " + e.note();
            };
            default -> e.description() == null ? "" : e.description();
        };
    }

    /** A read-only table model of rows of one kind, all cells text: the plugins, or the repository's offers. */
    static final class RowsModel<T> extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns;
        private final transient BiFunction<T, Integer, Object> cell;
        transient List<T> rows = List.of();

        RowsModel(String[] columns, BiFunction<T, Integer, Object> cell) {
            this.columns = columns;
            this.cell = cell;
        }

        void set(List<T> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return columns[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            return cell.apply(rows.get(row), column);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return String.class;
        }
    }
}
