package hta.workbench.editor.internal;

import hta.workbench.api.CutText;

import hta.dossier.PriceKind;

import hta.workbench.api.Words;


import hta.workbench.api.EditorPage;

import hta.workbench.api.EditorPlace;

import hta.workbench.api.EditorPageSite;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PricePoint;
import hta.workbench.editor.internal.ops.FieldEdit;
import hta.workbench.editor.internal.ops.ListEdit;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The Prices page: every price with its classification. Prices are added ({@link PriceDialog}) and removed with
 * the buttons, each one edit; the amount is edited in place; the classification is toggled with the button (or Space on the row would be a Swing default, so a button keeps it explicit). A
 * confidential row is tinted. EDT only.
 */
public final class PricesPage extends JPanel implements EditorPage {
    private final EditorPageSite editor;
    private final Model model = new Model();
    private final JTable table = new JTable(model);

    PricesPage(EditorPageSite editor) {
        super(new BorderLayout());
        this.editor = editor;
        table.setName("prices.table");
        CutText.showInTooltips(table);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new Renderer());
        table.putClientProperty("terminateEditOnFocusLost", true);
        JButton toggle = new JButton("Toggle Classification");
        toggle.setName("prices.toggleClassification");
        toggle.setMnemonic('T');
        toggle.addActionListener(e -> toggleSelected());
        JButton add = new JButton("Add Price…");
        add.setName("prices.add");
        add.setMnemonic('A');
        add.addActionListener(e -> PriceDialog.ask(this, editor).ifPresent(this::addPrice));
        JButton remove = new JButton("Remove Price");
        remove.setName("prices.remove");
        remove.setMnemonic('R');
        remove.addActionListener(e -> removeSelected());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(toggle);
        buttons.add(new JLabel("Confidential prices never appear in a public memo; derived figures inherit it."));
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    public JTable table() {
        return table;
    }

    /** Sets the amount of price row {@code row} as the user would by typing it (one edit). */
    public void setAmount(int row, BigDecimal amount) {
        String id = prices().get(row).id;
        if (Objects.equals(prices().get(row).amount, amount)) return;
        editor.execute(FieldEdit.of("Change " + name(prices().get(row)), editor.dossier(), d -> price(d, id).amount,
                (d, v) -> price(d, id).amount = v, amount));
    }

    /** Switches the selected price between public and confidential (one edit). */
    public void toggleSelected() {
        int row = table.getSelectedRow();
        if (row < 0) return;
        String id = prices().get(row).id;
        Classification now = prices().get(row).classification;
        Classification next = now == null || now.isPublic() ? Classification.CONFIDENTIAL : Classification.PUBLIC;
        editor.execute(FieldEdit.of("Mark " + name(prices().get(row)) + " " + Words.classification(next)
                        .toLowerCase(java.util.Locale.ROOT), editor.dossier(),
                d -> price(d, id).classification, (d, v) -> price(d, id).classification = v, next));
    }

    /** Appends a price (one edit) and selects it. */
    public void addPrice(PricePoint p) {
        int at = prices().size();
        editor.execute(ListEdit.insert("Add " + name(p), d -> d.prices, at, p));
        if (at < table.getRowCount()) {
            table.getSelectionModel().setSelectionInterval(at, at);
            table.scrollRectToVisible(table.getCellRect(at, 0, true));
        }
    }

    /** Removes the selected price (one edit); says so when none is selected. */
    public void removeSelected() {
        int r = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        if (r < 0 || r >= prices().size()) {
            editor.workbench().status("Select the price to remove first.");
            return;
        }
        editor.execute(ListEdit.remove("Remove " + name(prices().get(r)), editor.dossier(), d -> d.prices, r));
        int next = Math.min(r, table.getRowCount() - 1);
        if (next >= 0) table.getSelectionModel().setSelectionInterval(next, next);
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public void reveal(EditorPlace place) {
        String priceId = place.item();
        if (priceId == null) return;
        List<PricePoint> list = prices();
        for (int i = 0; i < list.size(); i++) {
            if (!priceId.equals(list.get(i).id)) continue;
            table.getSelectionModel().setSelectionInterval(i, i);
            Reveals.scrollIntoView(table, table.getCellRect(i, 0, true));
            table.requestFocusInWindow();
        }
    }

    /** The currency, or % for a discount or rebate given as a share. */
    private static String unit(PricePoint p) {
        if (p.currency != null) return p.currency;
        return p.kind == PriceKind.DISCOUNT || p.kind == PriceKind.REBATE ? "%" : "";
    }

    /** The price as Undo and Redo name it: "Norway maximum pharmacy price", not its id. */
    private String name(PricePoint p) {
        return Words.price(p.jurisdiction == null ? null : Countries.name(editor.workbench(), editor.dossier(), p.jurisdiction), p.kind);
    }

    private List<PricePoint> prices() {
        return editor.dossier().prices;
    }

    private static PricePoint price(Dossier d, String id) {
        return d.price(id).orElseThrow(() -> new IllegalStateException("price " + id + " is no longer in the dossier"));
    }

    @Override
    public void refresh() {
        int sel = table.getSelectedRow();
        if (table.isEditing()) table.getCellEditor().cancelCellEditing();
        model.fireTableDataChanged();
        if (sel >= 0 && sel < table.getRowCount()) table.getSelectionModel().setSelectionInterval(sel, sel);
    }

    private final class Model extends hta.workbench.editor.internal.ListTableModel<PricePoint> {
        Model() {
            super(PricesPage.this::prices, "Id", "Jurisdiction", "Product", "Kind", "Amount", "Unit",
                    "Classification");
        }

        public Object getValueAt(int r, int c) {
            PricePoint p = prices().get(r);
            switch (c) {
                case 0: return p.id;
                case 1: return Countries.label(editor.workbench(), editor.dossier(), p.jurisdiction);
                case 2: return p.product == null ? "(this product)" : p.product;
                case 3: return Words.priceKind(p.kind);
                case 4: return p.amount != null ? Words.number(p.amount) : Withheld.amount(editor, p) ? Withheld.MARK : "";
                case 5: return unit(p);
                default: return Words.classification(p.classification);
            }
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c == 4;
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            try {
                setAmount(r, Words.parseNumber(String.valueOf(value)));
            } catch (NumberFormatException e) {
                editor.workbench().status("Price " + prices().get(r).id + ": '" + value
                        + "' is not an amount; write digits, grouped or not, e.g. " + Words.number(new BigDecimal("29950000")));
            }
        }
    }

    private final class Renderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int r, int c) {
            Component comp = super.getTableCellRendererComponent(t, v, sel, focus, r, c);
            // amounts right-aligned, their digits in place value under each other, as in a spreadsheet
            setHorizontalAlignment(t.convertColumnIndexToModel(c) == 4 ? RIGHT : LEADING);
            ConfidentialRows.paint(comp, t, sel, prices().get(r).isConfidential(), c);
            return comp;
        }
    }
}
