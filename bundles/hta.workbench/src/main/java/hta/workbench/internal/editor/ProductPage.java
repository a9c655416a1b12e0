package hta.workbench.internal.editor;

import hta.dossier.Dossier;
import hta.workbench.internal.ops.FieldEdit;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** The Product page: the medicine's names, codes and authorisation. Each field commits as one edit. EDT only. */
final class ProductPage extends JPanel {
    private final DossierEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    private int row;

    ProductPage(DossierEditor editor) {
        super(new GridBagLayout());
        this.editor = editor;
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        text("Brand name", "brandName", d -> d.product.brandName, (d, v) -> d.product.brandName = v);
        text("INN (English)", "inn", d -> d.product.inn, (d, v) -> d.product.inn = v);
        text("ATC code", "atcCode", d -> d.product.atcCode, (d, v) -> d.product.atcCode = v);
        text("Marketing authorisation holder", "mah", d -> d.product.marketingAuthorisationHolder,
                (d, v) -> d.product.marketingAuthorisationHolder = v);
        text("Therapy kind", "therapyKind", d -> d.product.therapyKind, (d, v) -> d.product.therapyKind = v);
        text("Authorisation type", "authorisationType", d -> d.product.authorisationType,
                (d, v) -> d.product.authorisationType = v);
        flag("Orphan medicine", d -> d.product.orphan, (d, v) -> d.product.orphan = v);
        flag("Advanced therapy (ATMP)", d -> d.product.atmp, (d, v) -> d.product.atmp = v);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.weighty = 1;
        add(new JLabel(), c);
        refresh();
    }

    private void text(String label, String name, Function<Dossier, String> get, BiConsumer<Dossier, String> set) {
        JTextField field = new JTextField(36);
        field.setName("product." + name);
        Runnable commit = () -> {
            String v = field.getText().trim().isEmpty() ? null : field.getText().trim();
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        };
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            if (!Objects.equals(field.getText(), v == null ? "" : v)) field.setText(v == null ? "" : v);
        });
        addRow(label, field);
    }

    private void flag(String label, Function<Dossier, Boolean> get, BiConsumer<Dossier, Boolean> set) {
        JCheckBox box = new JCheckBox(label);
        box.addActionListener(e -> {
            Boolean v = box.isSelected();
            if (!v.equals(get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of((v ? "Set " : "Clear ") + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        });
        refreshers.add(() -> box.setSelected(Boolean.TRUE.equals(get.apply(editor.dossier()))));
        addRow("", box);
    }

    private void addRow(String label, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.insets = new Insets(3, 3, 3, 8);
        c.anchor = GridBagConstraints.WEST;
        JLabel l = new JLabel(label);
        if (field instanceof javax.swing.JComponent) l.setLabelFor(field);
        add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(field, c);
    }

    void refresh() {
        refreshers.forEach(Runnable::run);
    }
}
