package hta.workbench.editor.internal;

import hta.workbench.api.EditorPageSite;

import hta.dossier.Dossier;
import hta.dossier.Evidence;
import hta.workbench.editor.internal.ProductValues.Choice;
import hta.workbench.editor.internal.ops.FieldEdit;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The Evidence page: the comparator, the key outcomes, the follow-up and the uncertainties, in the working
 * language (English) or in another language's wording chosen at the top (Add Language… adds one). The texts commit on
 * Enter or when they lose the focus; the lists are edited in place, a new row is typed below its list and added
 * with Enter or the button, Delete or the button removes the selected row. Each change is one edit. EDT only.
 */
final class EvidencePage extends FormPage {
    static final String WORKING_LANGUAGE = "English (working language)";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final EditorPageSite editor;
    /** The language whose wording is shown and edited: {@code null} for the working language (English). */
    private String language;
    private final DefaultComboBoxModel<Choice> languages = new DefaultComboBoxModel<>();
    private final JComboBox<Choice> languageBox = new JComboBox<>(languages);
    private final JLabel languageError = new ErrorText("evidence.language.error");
    private boolean showingLanguages;

    EvidencePage(EditorPageSite editor) {
        this.editor = editor;
        languages();
        text("Comparator", "comparator", e -> e.comparator, (e, v) -> e.comparator = v, w -> w.comparator,
                (w, v) -> w.comparator = v);
        list("Key outcomes", "keyOutcomes", "key outcome", e -> e.keyOutcomes, w -> w.keyOutcomes);
        text("Follow-up", "followUp", e -> e.followUp, (e, v) -> e.followUp = v, w -> w.followUp,
                (w, v) -> w.followUp = v);
        list("Uncertainties", "uncertainties", "uncertainty", e -> e.uncertainties, w -> w.uncertainties);
        endRows();
        refresh();
    }

    /**
     * A text of the evidence in the working language ({@code en}, {@code setEn}) or in the chosen language's
     * wording ({@code tr}, {@code setTr}); the edit keeps the language it was made in.
     */
    private void text(String label, String name, Function<Evidence, String> en, BiConsumer<Evidence, String> setEn,
                      Function<Evidence.Wording, String> tr, BiConsumer<Evidence.Wording, String> setTr) {
        JTextField field = new JTextField(48);
        field.setName("evidence." + name);
        Function<Dossier, String> get = d -> language == null ? en.apply(d.evidence) : tr.apply(wording(d, language));
        Runnable commit = () -> {
            String v = field.getText().strip().isEmpty() ? null : field.getText().strip();
            if (!Objects.equals(v, get.apply(editor.dossier()))) {
                String tag = language;
                editor.execute(FieldEdit.of("Change " + label.toLowerCase() + in(tag), editor.dossier(),
                        d -> tag == null ? en.apply(d.evidence) : tr.apply(wording(d, tag)),
                        (d, x) -> {
                            if (tag == null) setEn.accept(d.evidence, x);
                            else setTr.accept(wording(d, tag), x);
                        }, v));
            }
        };
        pending.add(commit);
        unrecorded.add(() -> {
            String v = get.apply(editor.dossier());
            return !field.getText().strip().equals(v == null ? "" : v);
        });
        field.addActionListener(e -> commit.run());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit.run();
            }
        });
        refreshers.add(() -> {
            String v = get.apply(editor.dossier());
            if (Objects.equals(field.getText(), v == null ? "" : v)) return;
            field.setText(v == null ? "" : v);
            // a value longer than the field reads from its start (an address showed "a.europa.eu/en/…"), unless typed here
            if (!field.isFocusOwner()) field.setCaretPosition(0);
        });
        addRow(label, field, field);
    }

    /** A list of texts in the language shown ({@link EvidenceList}). */
    private void list(String label, String name, String what, Function<Evidence, List<String>> en,
                      Function<Evidence.Wording, List<String>> tr) {
        Function<String, Function<Dossier, List<String>>> in =
                tag -> d -> tag == null ? en.apply(d.evidence) : tr.apply(wording(d, tag));
        EvidenceList list = new EvidenceList(editor, label, name, what, in, () -> language, EvidencePage::in);
        pending.add(list::commitPending);
        unrecorded.add(list::hasPending);
        refreshers.add(list::refresh);
        addRow(label, list.component(), list.table());
    }

    /**
     * The language chooser: the working language and one entry per language the evidence is worded in, and
     * Add Language… for another. Fields a language leaves empty fall back to the working language in memos.
     */
    private void languages() {
        languageBox.setName("evidence.language");
        languageBox.addActionListener(e -> {
            if (showingLanguages || !(languageBox.getSelectedItem() instanceof Choice)) return;
            String tag = ((Choice) languageBox.getSelectedItem()).code;
            if (Objects.equals(tag, language)) return;
            commitPending();
            language = tag;
            refresh();
        });
        JButton add = new JButton("Add Language…");
        add.setName("evidence.addLanguage");
        add.setMnemonic('L');
        add.addActionListener(e -> {
            Object tag = JOptionPane.showInputDialog(this, "Language tag of the new wording (e.g. da, nb, nn, sv):",
                    "Add Language", JOptionPane.QUESTION_MESSAGE);
            if (tag != null) addLanguage(tag.toString());
        });
        JPanel holder = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        holder.add(languageBox);
        holder.add(add);
        // the hint on a line of its own: in a narrow editor a wrapping row would hide it below its height
        JPanel withError = new JPanel(new BorderLayout());
        withError.add(holder, BorderLayout.NORTH);
        withError.add(new JLabel("Empty fields of a language fall back to the English wording in its memos."),
                BorderLayout.CENTER);
        withError.add(languageError, BorderLayout.SOUTH);
        refreshers.add(() -> {
            Map<String, Evidence.Wording> now = editor.dossier().evidence.translations;
            if (language != null && !now.containsKey(language)) language = null; // its wording was undone
            List<String> tags = new ArrayList<>(now.keySet());
            List<String> listed = new ArrayList<>();
            for (int i = 1; i < languages.getSize(); i++) listed.add(languages.getElementAt(i).code);
            showingLanguages = true;
            try {
                if (languages.getSize() == 0 || !listed.equals(tags)) {
                    languages.removeAllElements();
                    languages.addElement(new Choice(null, WORKING_LANGUAGE));
                    for (String t : tags) languages.addElement(new Choice(t, languageName(t)));
                }
                for (int i = 0; i < languages.getSize(); i++) {
                    if (Objects.equals(languages.getElementAt(i).code, language)) languageBox.setSelectedIndex(i);
                }
            } finally {
                showingLanguages = false;
            }
        });
        addRow("Language", withError, languageBox);
    }

    /** Adds an empty wording in {@code typed} (one edit) and shows it; a refusal is said next to the chooser. */
    void addLanguage(String typed) {
        String tag = typed == null ? "" : typed.strip();
        Map<String, Evidence.Wording> now = editor.dossier().evidence.translations;
        String refusal = null;
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            refusal = "'" + tag + "' is not a language tag; write one such as da, nb, nn or sv";
        } else if (tag.equalsIgnoreCase("en") || tag.toLowerCase().startsWith("en-")) {
            refusal = "English is the working language; its wording is the one shown first";
        } else if (now.keySet().stream().anyMatch(tag::equalsIgnoreCase)) {
            refusal = "The evidence is worded in '" + tag + "' already; choose it in the list";
        }
        if (refusal != null) {
            languageError.setText(refusal + ". Nothing was changed.");
            return;
        }
        languageError.setText(" ");
        commitPending();
        language = tag;
        editor.execute(FieldEdit.of("Add the " + languageName(tag) + " wording of the evidence", editor.dossier(),
                d -> d.evidence.translations.get(tag), (d, w) -> {
                    if (w == null) d.evidence.translations.remove(tag);
                    else d.evidence.translations.put(tag, w);
                }, new Evidence.Wording()));
    }

    /** The language shown and edited: {@code null} for the working language. */
    String language() {
        return language;
    }

    private static String languageName(String tag) {
        return Countries.language(tag);
    }

    private static String in(String tag) {
        return tag == null ? "" : " (" + languageName(tag) + ")";
    }

    private static Evidence.Wording wording(Dossier d, String tag) {
        Evidence.Wording w = d.evidence.translations.get(tag);
        if (w == null) throw new IllegalStateException("the evidence has no wording in '" + tag + "' any more");
        return w;
    }
}
