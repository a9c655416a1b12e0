package hta.workbench.plugins.internal;

import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.Setting;
import hta.settings.SettingValue;
import hta.settings.Settings;
import hta.workbench.api.PreferencePage;
import hta.workbench.api.Words;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Jurisdiction settings preference page: every fact an installed jurisdiction leaves to administrators (its
 * {@link Setting}s, the same as {@code hta config list}) with its value, the default that stands in while it is
 * unset, what it decides and its source. An administrator types a value, or clears it to unset; Apply checks every
 * change first and stores none when one is wrong, then sets each through the settings service, which records who
 * (the login), when, the old and the new value. A setting reads by its jurisdiction's name and its name in words
 * ("Scotland (SMC): Pace weeks"), its key ({@code smc.pace.weeks}, as {@code hta config} takes it) in the tooltip.
 * Used on the EDT.
 */
@Component(service = PreferencePage.class)
public final class SettingsPreferencePage implements PreferencePage {
    public static final String ID = "hta.settings";
    static final int KEY = 0;
    static final int VALUE = 1;
    private final Settings settings;
    private final JurisdictionRegistry jurisdictions;
    private DefaultTableModel model;
    /** The values as they stood when the page was shown, by row. */
    private final List<SettingValue> shown = new ArrayList<>();

    @Activate
    public SettingsPreferencePage(@Reference Settings settings, @Reference JurisdictionRegistry jurisdictions) {
        this.settings = settings;
        this.jurisdictions = jurisdictions;
    }

    /** A setting as a person reads it: its jurisdiction's name and its own in words, "Scotland (SMC): Pace weeks". */
    String label(SettingValue v) {
        String country = jurisdictions.find(v.jurisdiction()).map(Jurisdiction::displayName).orElse(v.jurisdiction());
        return country + ": " + Words.code(v.key());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Jurisdiction settings";
    }

    @Override
    public JComponent createComponent() {
        model = new DefaultTableModel(new Object[] {"Setting", "Value", "Unset means", "What it decides", "Source"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return column == VALUE;
            }
        };
        shown.clear();
        for (SettingValue v : settings.list()) {
            shown.add(v);
            Setting s = v.setting();
            model.addRow(new Object[] {v.key(), v.value() == null ? "" : v.value(),
                    SettingWords.unset(s), nz(s.description()), nz(s.source())});
        }
        JTable table = new JTable(model) {
            // a choice is picked from its values in words; other settings are typed
            @Override
            public javax.swing.table.TableCellEditor getCellEditor(int row, int column) {
                Setting s = shown.get(convertRowIndexToModel(row)).setting();
                return column == VALUE && s.type() == Setting.Type.CHOICE ? choiceEditor(s) : super.getCellEditor(row, column);
            }
        };
        table.setName("prefs.settings.table");
        table.getColumnModel().getColumn(VALUE).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected,
                                                                    boolean focus, int row, int column) {
                Setting s = shown.get(t.convertRowIndexToModel(row)).setting();
                String stored = value == null ? "" : value.toString();
                super.getTableCellRendererComponent(t, SettingWords.value(s, stored), selected, focus, row, column);
                setToolTipText(stored.isEmpty() ? "unset: " + SettingWords.unset(s) : "stored as " + stored);
                return this;
            }
        });
        // the model keeps the key (what is stored and what hta config takes); the column shows the setting's words
        table.getColumnModel().getColumn(KEY).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected,
                                                                    boolean focus, int row, int column) {
                SettingValue v = shown.get(t.convertRowIndexToModel(row));
                super.getTableCellRendererComponent(t, label(v), selected, focus, row, column);
                setToolTipText(label(v) + " — key " + v.key() + " (hta config)");
                return this;
            }
        });
        // the words take the room: a value is short, what it decides and its source are sentences
        int[] widths = {220, 80, 120, 380, 380};
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(new JLabel("<html>Facts the jurisdictions' sources do not confirm. Clear a value to unset it; memos say"
                + " nothing that depends on an unset fact. Every change is recorded (<code>hta config history</code>).</html>"),
                BorderLayout.NORTH);
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        return p;
    }

    /** An editor offering a choice setting's values in words (and none, to unset it); the code is what is stored. */
    private static javax.swing.table.TableCellEditor choiceEditor(Setting s) {
        javax.swing.JComboBox<String> box = new javax.swing.JComboBox<>();
        box.addItem("");
        s.choices().forEach(box::addItem);
        box.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                String code = value == null ? "" : value.toString();
                return super.getListCellRendererComponent(list, code.isEmpty() ? "(unset: " + SettingWords.unset(s) + ")"
                        : SettingWords.value(s, code), index, selected, focus);
            }
        });
        return new javax.swing.DefaultCellEditor(box);
    }

    /** The model of the shown table (for tests and the dialog). */
    public DefaultTableModel model() {
        return model;
    }

    @Override
    public void apply() {
        if (model == null) return; // never shown: nothing entered
        List<Runnable> changes = new ArrayList<>();
        String who = System.getProperty("user.name", "unknown");
        for (int row = 0; row < shown.size(); row++) {
            SettingValue before = shown.get(row);
            String entered = String.valueOf(model.getValueAt(row, VALUE)).strip();
            if (entered.isEmpty()) {
                if (before.isSet()) changes.add(() -> settings.unset(before.key(), who));
                continue;
            }
            if (Objects.equals(entered, before.value())) continue;
            // every value checked before any is stored, so a wrong one leaves all as they were
            before.setting().check(entered).ifPresent(problem -> {
                throw new IllegalArgumentException(label(before) + " " + problem + " (" + before.key()
                        + "); nothing was changed");
            });
            changes.add(() -> settings.set(before.key(), entered, who));
        }
        changes.forEach(Runnable::run);
        // the page now shows what is stored
        for (int row = 0; row < shown.size(); row++) {
            shown.set(row, settings.get(shown.get(row).key()).orElse(shown.get(row)));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
