package hta.workbench.editor.internal;

import hta.workbench.api.EditorPageSite;

import hta.dossier.Dossier;
import hta.workbench.editor.internal.ProductValues.Choice;
import hta.workbench.editor.internal.ops.FieldEdit;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * The Product page: the medicine's names, codes and authorisation. Each field commits as one edit; the coded
 * fields (therapy kind, authorisation type) are chosen by their words, and a code no list knows is shown as it is
 * and kept until the writer picks another. EDT only.
 */
final class ProductPage extends FormPage {

    private final EditorPageSite editor;

    ProductPage(EditorPageSite editor) {
        this.editor = editor;
        text("Brand name", "brandName", d -> d.product.brandName, (d, v) -> d.product.brandName = v);
        text("INN (English)", "inn", d -> d.product.inn, (d, v) -> d.product.inn = v);
        LocalSpellings spellings = new LocalSpellings(editor);
        refreshers.add(spellings::refresh);
        pending.add(spellings::commitPending);
        unrecorded.add(spellings::hasPending);
        addRow("Local INN spellings", spellings.component(), spellings.table());
        text("ATC code", "atcCode", d -> d.product.atcCode, (d, v) -> d.product.atcCode = v);
        text("Marketing authorisation holder", "mah", d -> d.product.marketingAuthorisationHolder,
                (d, v) -> d.product.marketingAuthorisationHolder = v);
        choice("Therapy kind", "therapyKind", ProductValues.THERAPY_KINDS, d -> d.product.therapyKind,
                (d, v) -> d.product.therapyKind = v);
        choice("Authorisation type", "authorisationType", ProductValues.AUTHORISATION_TYPES,
                d -> d.product.authorisationType, (d, v) -> d.product.authorisationType = v);
        authorisationDate();
        // where the authorisation was published (the EPAR's address): memos cite it only when it is recorded
        text("Authorisation published at", "authorisationPublished", d -> d.product.authorisationPublished,
                (d, v) -> d.product.authorisationPublished = v);
        flag("Orphan medicine", d -> d.product.orphan, (d, v) -> d.product.orphan = v);
        flag("Advanced therapy (ATMP)", d -> d.product.atmp, (d, v) -> d.product.atmp = v);
        endRows();
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
        onCommit(field, commit);
        pending.add(commit);
        unrecorded.add(() -> {
            String v = field.getText().trim().isEmpty() ? null : field.getText().trim();
            return !Objects.equals(v, get.apply(editor.dossier()));
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            if (Objects.equals(field.getText(), v == null ? "" : v)) return;
            field.setText(v == null ? "" : v);
            // a value longer than the field reads from its start (an address showed "a.europa.eu/en/…"), unless typed here
            if (!field.isFocusOwner()) field.setCaretPosition(0);
        });
        addRow(label, field);
    }

    /** A coded field chosen by its words from {@code known}; an unknown code in the file is offered as it is. */
    private void choice(String label, String name, Map<String, String> known, Function<Dossier, String> get,
                        BiConsumer<Dossier, String> set) {
        DefaultComboBoxModel<Choice> model = new DefaultComboBoxModel<>();
        ProductValues.choices(known).forEach(model::addElement);
        JComboBox<Choice> box = new JComboBox<>(model);
        box.setEditable(false);
        box.setName("product." + name);
        boolean[] showing = {false};
        box.addActionListener(e -> {
            if (showing[0] || !(box.getSelectedItem() instanceof Choice)) return;
            String v = ((Choice) box.getSelectedItem()).code;
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            Choice shown = null;
            for (int i = 0; i < model.getSize(); i++) {
                if (Objects.equals(model.getElementAt(i).code, v)) shown = model.getElementAt(i);
            }
            showing[0] = true;
            try {
                if (shown == null) {
                    shown = ProductValues.unknown(v);
                    model.addElement(shown);
                }
                if (box.getSelectedItem() != shown) box.setSelectedItem(shown);
            } finally {
                showing[0] = false;
            }
        });
        addRow(label, box);
    }

    /** The EU authorisation date, typed as yyyy-MM-dd; a text that is not a date is refused next to the field. */
    private void authorisationDate() {
        String label = "EU authorisation date";
        JTextField field = new JTextField(10);
        field.setName("product.authorisationDate");
        field.setToolTipText("yyyy-MM-dd, e.g. 2023-02-20; empty when not known");
        Refusal error = new Refusal("product.authorisationDate.error", 260);
        Function<Dossier, LocalDate> get = d -> d.product.authorisationDate;
        BiConsumer<Dossier, LocalDate> set = (d, v) -> d.product.authorisationDate = v;
        LocalDate[] shown = {null};
        Runnable show = () -> {
            shown[0] = get.apply(editor.dossier());
            field.setText(ProductValues.formatDate(shown[0]));
            refused(field, error, null);
        };
        Runnable commit = () -> {
            LocalDate v;
            try {
                v = ProductValues.parseDate(field.getText());
            } catch (IllegalArgumentException e) {
                refused(field, error, label + ": " + e.getMessage() + ". Nothing was changed.");
                return;
            }
            refused(field, error, null);
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                editor.execute(FieldEdit.of("Change " + label.toLowerCase(), editor.dossier(), get, set, v));
            }
        };
        onCommit(field, commit);
        pending.add(commit);
        // a refused text is not offered for saving again: it stays, marked, for the writer to correct
        unrecorded.add(() -> error.said().isEmpty()
                && !ProductValues.formatDate(get.apply(editor.dossier())).equals(field.getText().strip()));
        escapeDoes(field, show);
        refreshers.add(() -> {
            LocalDate v = get.apply(editor.dossier());
            // a refused text stays for the writer to correct, unless the date itself changed (undo, redo)
            boolean refusedText = !error.said().isEmpty();
            if (!Objects.equals(v, shown[0])
                    || !refusedText && !ProductValues.formatDate(v).equals(field.getText())) {
                show.run();
            }
        });
        field.setMinimumSize(field.getPreferredSize());
        JPanel holder = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.NORTHWEST;
        holder.add(field, c);
        c.insets = new Insets(0, 8, 0, 0);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        holder.add(error, c);
        addRow(label, holder, field);
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

    /** Commits a text field on Enter and when it loses the focus. */
    private static void onCommit(JTextField field, Runnable commit) {
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
    }

    private static void escapeDoes(JTextField field, Runnable action) {
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "hta.revert");
        field.getActionMap().put("hta.revert", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Shows or clears ({@code message == null}) a refusal of a field's text. */
    private static void refused(JTextField field, Refusal error, String message) {
        error.say(message);
        field.putClientProperty("JComponent.outline", message == null ? null : "error");
    }
}
