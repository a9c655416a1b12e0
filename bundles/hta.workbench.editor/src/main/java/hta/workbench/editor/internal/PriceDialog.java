package hta.workbench.editor.internal;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPageSite;
import hta.workbench.api.Words;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * Prices › Add Price…: the new price's jurisdiction (one of the dossier's submissions), kind, amount, currency and
 * classification, checked before it is added: an amount, and a currency (an ISO 4217 code) unless the price is a
 * discount or rebate given as a share. The id is made from the jurisdiction and the kind, unique in the dossier.
 * EDT only.
 */
final class PriceDialog extends JDialog {
    private final EditorPageSite editor;
    private final JComboBox<String> jurisdiction;
    private final JComboBox<PriceKind> kind = new JComboBox<>(PriceKind.values());
    private final JTextField amount = new JTextField(14);
    private final JTextField currency = new JTextField(4);
    private final JComboBox<Classification> classification = new JComboBox<>(Classification.values());
    private final JLabel error = new JLabel(" ");
    private PricePoint result;

    private PriceDialog(Window owner, EditorPageSite editor) {
        super(owner, "Add Price", ModalityType.APPLICATION_MODAL);
        this.editor = editor;
        Set<String> codes = new LinkedHashSet<>();
        for (Submission s : editor.dossier().submissions) if (s.jurisdiction != null) codes.add(s.jurisdiction);
        jurisdiction = new JComboBox<>(codes.toArray(String[]::new));
        jurisdiction.setName("price.jurisdiction");
        jurisdiction.setRenderer(renderer(v -> editor.workbench().jurisdiction((String) v).map(Jurisdiction::displayName)
                .orElse(String.valueOf(v))));
        kind.setName("price.kind");
        kind.setRenderer(renderer(v -> Words.priceKind((PriceKind) v)));
        amount.setName("price.amount");
        currency.setName("price.currency");
        classification.setName("price.classification");
        classification.setRenderer(renderer(v -> Words.classification((Classification) v)));
        error.setName("price.error");
        jurisdiction.addActionListener(e -> suggest());
        kind.addActionListener(e -> suggest());
        suggest();
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        int row = 0;
        row = add(form, row, "Jurisdiction:", jurisdiction);
        row = add(form, row, "Kind:", kind);
        row = add(form, row, "Amount:", amount);
        row = add(form, row, "Currency:", currency);
        add(form, row, "Classification:", classification);
        JButton ok = new JButton("Add");
        ok.setName("price.add");
        ok.addActionListener(e -> accept());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        JPanel south = new JPanel(new BorderLayout());
        error.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
        south.add(error, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        add(form, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Asks for a new price; empty when cancelled. */
    static Optional<PricePoint> ask(Component parent, EditorPageSite editor) {
        PriceDialog d = new PriceDialog(SwingUtilities.getWindowAncestor(parent), editor);
        d.setVisible(true);
        return Optional.ofNullable(d.result);
    }

    /**
     * What the choice of jurisdiction and kind suggests: the currency its other prices are in, and confidential for
     * a negotiated price, discount or rebate (what the writer would mark anyway; it can be changed).
     */
    private void suggest() {
        String code = (String) jurisdiction.getSelectedItem();
        PriceKind k = (PriceKind) kind.getSelectedItem();
        if (currency.getText().isBlank() || !currency.isFocusOwner()) {
            currency.setText(editor.dossier().prices.stream().filter(p -> code != null && code.equals(p.jurisdiction)
                    && p.currency != null).map(p -> p.currency).findFirst().orElse(""));
        }
        boolean negotiated = k == PriceKind.AGREED_PRICE || k == PriceKind.DISCOUNT || k == PriceKind.REBATE;
        classification.setSelectedItem(negotiated ? Classification.CONFIDENTIAL : Classification.PUBLIC);
    }

    private void accept() {
        String code = (String) jurisdiction.getSelectedItem();
        PriceKind k = (PriceKind) kind.getSelectedItem();
        BigDecimal value;
        try {
            value = Words.parseNumber(amount.getText());
        } catch (NumberFormatException e) {
            value = null;
        }
        String cur = currency.getText().strip().toUpperCase(Locale.ROOT);
        boolean share = k == PriceKind.DISCOUNT || k == PriceKind.REBATE;
        if (code == null) {
            error.setText("The dossier has no submission: add the jurisdiction's submission first.");
        } else if (value == null || value.signum() < 0) {
            error.setText("Amount: write a number, e.g. " + Words.number(new BigDecimal("29950000")) + ".");
        } else if (!cur.matches("[A-Z]{3}") && !(share && cur.isEmpty())) {
            error.setText("Currency: a three-letter ISO 4217 code such as NOK, SEK, DKK, GBP or EUR"
                    + (share ? " (empty for a share in %)." : "."));
        } else {
            PricePoint p = new PricePoint();
            p.id = newId(editor.dossier(), code, k);
            p.jurisdiction = code;
            p.kind = k;
            p.amount = value;
            p.currency = cur.isEmpty() ? null : cur;
            p.classification = (Classification) classification.getSelectedItem();
            result = p;
            dispose();
            return;
        }
        pack();
    }

    /** {@code <jurisdiction>-<kind>}, e.g. {@code smc-list-price}, with {@code -2}, {@code -3} … when taken. */
    static String newId(Dossier d, String code, PriceKind k) {
        String base = code + "-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String id = base;
        for (int n = 2; d.price(id).isPresent(); n++) id = base + "-" + n;
        return id;
    }

    private static int add(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(3, 0, 3, 8);
        c.anchor = GridBagConstraints.LINE_START;
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        return row + 1;
    }

    private static DefaultListCellRenderer renderer(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                setText(value == null ? "" : text.apply(value));
                return this;
            }
        };
    }
}
