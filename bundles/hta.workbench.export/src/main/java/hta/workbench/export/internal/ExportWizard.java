package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * File › Export Memos…: the dossier (the active one, or every dossier of the workspace), the jurisdiction, the
 * memo, the variants and the folder. A wrong choice is named in the dialog and nothing starts; a right one
 * starts a background job (Progress view, Cancel) and closes the dialog. Used on the EDT.
 */
public final class ExportWizard extends JDialog {
    private static final String ALL_JURISDICTIONS = "All jurisdictions of the dossier";
    private static final String ALL_MEMOS = "All memos";

    private final Dossier dossier;
    private final List<Jurisdiction> jurisdictions;
    private final JRadioButton thisDossier = new JRadioButton();
    private final JRadioButton workspace = new JRadioButton("Every dossier of the workspace (all jurisdictions, all memos)");
    private final JComboBox<Object> jurisdiction = new JComboBox<>();
    private final JComboBox<Object> memo = new JComboBox<>();
    private final JCheckBox publicVariant = new JCheckBox("Public (confidential values redacted, read back and checked)", true);
    private final JCheckBox confidentialVariant = new JCheckBox("Confidential (for the agency)", false);
    private final JTextField folder = new JTextField(34);
    private final JLabel problem = new JLabel(" ");
    /** Why confidential memos are not offered (the user's roles in a team workspace); empty when they are. */
    private final JLabel confidentialWithheld = new JLabel();
    private final java.util.function.Function<String, String> confidentialRefusal;
    /** Which chosen memos will be refused and why, known before the export starts. */
    private final ExportCheckPanel check = new ExportCheckPanel();
    private final JButton export = new JButton("Export");
    private final Consumer<Consumer<WorkspaceCheck.Verdicts>> workspaceChecker;
    /** Whether the check of every dossier has been asked for (once: the workspace does not change meanwhile). */
    private boolean workspaceChecking;

    /**
     * @param dossier       a copy of the active dossier, or null when no editor is open (then only the workspace)
     * @param jurisdictions the installed jurisdictions
     * @param confidentialRefusal why a confidential memo of a jurisdiction (null: of every one) cannot be exported
     *                            here, or null when it can
     * @param checker       runs the {@link ExportCheck} of the dossier off the EDT and gives its verdicts on the EDT
     * @param workspaceChecker runs the {@link WorkspaceCheck} of every dossier off the EDT and gives its verdicts on
     *                      the EDT; asked the first time "Every dossier" is chosen
     * @param start         receives the export to run
     */
    public ExportWizard(Window owner, Dossier dossier, List<Jurisdiction> jurisdictions, ExportChoices last,
                        java.util.function.Function<String, String> confidentialRefusal,
                        Consumer<Consumer<ExportCheck.Verdicts>> checker,
                        Consumer<Consumer<WorkspaceCheck.Verdicts>> workspaceChecker, Consumer<MemoExport> start) {
        super(owner, "Export Memos", ModalityType.APPLICATION_MODAL);
        this.dossier = dossier;
        this.jurisdictions = jurisdictions;
        this.confidentialRefusal = confidentialRefusal;
        this.workspaceChecker = workspaceChecker;
        confidentialWithheld.setName("export.confidentialWithheld");
        setName("exportWizard");
        thisDossier.setName("export.thisDossier");
        workspace.setName("export.workspace");
        jurisdiction.setName("export.jurisdiction");
        memo.setName("export.memo");
        publicVariant.setName("export.public");
        confidentialVariant.setName("export.confidential");
        folder.setName("export.folder");
        problem.setName("export.problem");
        problem.setForeground(new java.awt.Color(0xC0, 0x20, 0x20));
        choices(last.folder());
        publicVariant.setSelected(last.publicMemo());
        confidentialVariant.setSelected(last.confidential());
        getContentPane().add(form(), BorderLayout.CENTER);
        getContentPane().add(buttons(start), BorderLayout.SOUTH);
        memo.setRenderer(new RefusedMarks(memo.getRenderer(), this::refusal));
        jurisdiction.setRenderer(new RefusedMarks(jurisdiction.getRenderer(), this::refusal));
        memo.addActionListener(e -> checkChanged());
        publicVariant.addActionListener(e -> checkChanged());
        confidentialVariant.addActionListener(e -> checkChanged());
        jurisdictionChanged();
        scopeChanged();
        pack();
        setLocationRelativeTo(owner);
        if (dossier != null) {
            checker.accept(v -> {
                check.verdicts(v);
                checkChanged();
            });
        }
    }

    /** Why an item of the jurisdiction or memo list will be refused in every variant chosen; null when it will not. */
    private String refusal(Object item) {
        ExportCheck.Verdicts v = check.verdicts();
        if (v == null || !(item instanceof Named n) || !thisDossier.isSelected()) return null;
        Set<Variant> variants = variants();
        String code = n.item() instanceof Jurisdiction j ? j.code() : selectedCode();
        String template = n.item() instanceof MemoTemplate t ? t.id() : null;
        if (!v.refused(code, template, variants)) return null;
        return v.chosen(code, template, variants).stream().map(m -> v.names().get(m) + " — " + v.refusals().get(m))
                .reduce((a, b) -> a + "\n" + b).orElse(null);
    }

    private String selectedCode() {
        return jurisdiction.getSelectedItem() instanceof Named n && n.item() instanceof Jurisdiction j ? j.code() : null;
    }

    private Set<Variant> variants() {
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        if (publicVariant.isSelected()) variants.add(Variant.PUBLIC);
        if (confidentialVariant.isSelected()) variants.add(Variant.CONFIDENTIAL);
        return variants;
    }

    /** The account of what will be refused follows the choices; Export is off when every memo chosen would be. */
    private void checkChanged() {
        String template = memo.getSelectedItem() instanceof Named n && n.item() instanceof MemoTemplate t ? t.id() : null;
        check.show(workspace.isSelected(), selectedCode(), template, variants());
        export.setEnabled(check.anyExportable());
        export.setToolTipText(check.anyExportable() ? null : "Every memo chosen would be refused; see why above");
        jurisdiction.repaint();
        memo.repaint();
        // no pack: the account has its room from the start, and the check's end must not move Export from under the
        // pointer (the lists' refusal marks are drawn in the room the lists have)
    }

    /** The dossier's editor holds changes not saved yet: the export includes them, and says so. */
    public void includesUnsavedChanges() {
        if (dossier != null) thisDossier.setText(thisDossier.getText() + " (unsaved changes included)");
    }

    /** What can be chosen: this dossier or the workspace, its jurisdictions, the default folder. */
    private void choices(Path defaultFolder) {
        ButtonGroup scope = new ButtonGroup();
        scope.add(thisDossier);
        scope.add(workspace);
        if (dossier != null) {
            thisDossier.setText("This dossier: " + (dossier.product.brandName != null ? dossier.product.brandName : dossier.id));
            thisDossier.setSelected(true);
        } else {
            thisDossier.setText("This dossier (open a dossier first)");
            thisDossier.setEnabled(false);
            workspace.setSelected(true);
        }
        thisDossier.addActionListener(e -> scopeChanged());
        workspace.addActionListener(e -> scopeChanged());

        DefaultComboBoxModel<Object> js = new DefaultComboBoxModel<>();
        js.addElement(ALL_JURISDICTIONS);
        for (Jurisdiction j : jurisdictions) {
            if (dossier != null && dossier.submission(j.code()).isPresent()) js.addElement(new Named(j));
        }
        jurisdiction.setModel(js);
        jurisdiction.addActionListener(e -> jurisdictionChanged());
        folder.setText(defaultFolder.toString());
    }

    private JPanel form() {
        JButton browse = new JButton("Browse…");
        browse.setName("export.browse");
        browse.addActionListener(e -> browse());

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        int row = 0;
        row = add(form, row, "Dossier", thisDossier);
        row = add(form, row, "", workspace);
        row = add(form, row, "Jurisdiction", jurisdiction);
        row = add(form, row, "Memo", memo);
        row = add(form, row, "Variants", publicVariant);
        row = add(form, row, "", confidentialVariant);
        row = add(form, row, "", confidentialWithheld);
        JPanel f = new JPanel(new BorderLayout(6, 0));
        f.add(folder, BorderLayout.CENTER);
        f.add(browse, BorderLayout.EAST);
        row = add(form, row, "Folder", f);
        row = add(form, row, "Check", check);
        add(form, row, "", problem);
        return form;
    }

    /** Export (checks the choices; a wrong one is named and nothing starts) and Cancel (also Escape). */
    private JPanel buttons(Consumer<MemoExport> start) {
        export.setName("export.start");
        export.addActionListener(e -> {
            MemoExport x = validated();
            if (x != null) {
                dispose();
                start.accept(x);
            }
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(export);
        buttons.add(cancel);
        getRootPane().setDefaultButton(export);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        return buttons;
    }

    /**
     * Chooses the jurisdiction and memo the writer has selected (in the navigator), instead of all; a code or
     * template this dossier's export does not offer leaves the choice as it is.
     */
    void preselect(String jurisdictionCode, String templateId) {
        if (jurisdictionCode == null) return;
        for (int i = 0; i < jurisdiction.getItemCount(); i++) {
            if (jurisdiction.getItemAt(i) instanceof Named n && n.item() instanceof Jurisdiction j
                    && j.code().equals(jurisdictionCode)) {
                jurisdiction.setSelectedIndex(i);
            }
        }
        for (int i = 0; templateId != null && i < memo.getItemCount(); i++) {
            if (memo.getItemAt(i) instanceof Named n && n.item() instanceof MemoTemplate t && t.id().equals(templateId)) {
                memo.setSelectedIndex(i);
            }
        }
    }

    /** A jurisdiction or memo template in a combo box. */
    private record Named(Object item) {
        @Override
        public String toString() {
            if (item instanceof Jurisdiction) {
                Jurisdiction j = (Jurisdiction) item;
                return j.displayName();
            }
            return ((MemoTemplate) item).title();
        }
    }

    private static int add(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(3, 3, 3, 8);
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        // beside the first line of a tall field (the check's account), not its middle, where it named empty space
        c.anchor = field.getPreferredSize().height > 2 * l.getPreferredSize().height
                ? GridBagConstraints.FIRST_LINE_START : GridBagConstraints.WEST;
        form.add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        return row + 1;
    }

    private void scopeChanged() {
        boolean one = thisDossier.isSelected();
        if (!one && !workspaceChecking) {
            workspaceChecking = true;
            workspaceChecker.accept(v -> {
                check.workspaceVerdicts(v);
                checkChanged();
            });
        }
        jurisdiction.setEnabled(one);
        memo.setEnabled(one && jurisdiction.getSelectedItem() instanceof Named);
        confidentialAllowed();
        checkChanged();
    }

    /** Confidential memos are offered only when the workspace gives their values; else the reason shows. */
    private void confidentialAllowed() {
        String why = confidentialRefusal.apply(null);
        if (thisDossier.isSelected() && dossier != null) {
            Object j = jurisdiction.getSelectedItem();
            why = null;
            for (Jurisdiction x : jurisdictions) {
                boolean chosen = j instanceof Named n ? n.item() == x : dossier.submission(x.code()).isPresent();
                if (chosen && why == null) why = confidentialRefusal.apply(x.code());
            }
        }
        if (why != null) confidentialVariant.setSelected(false);
        confidentialVariant.setEnabled(why == null);
        confidentialVariant.setToolTipText(why);
        confidentialWithheld.setText(why == null ? "" : why);
        confidentialWithheld.setVisible(why != null);
        if (isDisplayable()) packOnScreen();
    }

    private void jurisdictionChanged() {
        DefaultComboBoxModel<Object> ms = new DefaultComboBoxModel<>();
        ms.addElement(ALL_MEMOS);
        Object j = jurisdiction.getSelectedItem();
        if (j instanceof Named) {
            for (MemoTemplate t : ((Jurisdiction) ((Named) j).item()).memoTemplates()) ms.addElement(new Named(t));
        }
        memo.setModel(ms);
        memo.setEnabled(thisDossier.isSelected() && j instanceof Named);
        confidentialAllowed();
        checkChanged();
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser(folder.getText());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Folder for the exported memos");
        if (chooser.showDialog(this, "Choose") == JFileChooser.APPROVE_OPTION) {
            File f = chooser.getSelectedFile();
            folder.setText(f.getAbsolutePath());
        }
    }

    /** The export asked for, or null with the problem shown (naming the field). */
    MemoExport validated() {
        Set<Variant> variants = variants();
        if (variants.isEmpty()) return refuse("Variants: choose public, confidential or both.");
        Path dir;
        try {
            String t = folder.getText().trim();
            if (t.isEmpty()) return refuse("Folder: choose the folder the memos are written to.");
            dir = Path.of(t).toAbsolutePath();
        } catch (InvalidPathException e) {
            return refuse("Folder: '" + folder.getText() + "' is not a valid path (" + e.getReason() + ").");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) return refuse("Folder: " + dir + " is a file, not a folder.");
        if (Files.exists(dir) && !Files.isWritable(dir)) return refuse("Folder: " + dir + " cannot be written to.");
        if (workspace.isSelected()) return new MemoExport(null, null, null, variants, dir);
        if (dossier == null) return refuse("Dossier: open a dossier first, or export every dossier of the workspace.");
        if (jurisdictions.stream().noneMatch(j -> dossier.submission(j.code()).isPresent())) {
            return refuse("Jurisdiction: none of this dossier's jurisdictions has its plugin installed.");
        }
        Object j = jurisdiction.getSelectedItem();
        Object m = memo.getSelectedItem();
        String code = j instanceof Named ? ((Jurisdiction) ((Named) j).item()).code() : null;
        String template = m instanceof Named ? ((MemoTemplate) ((Named) m).item()).id() : null;
        return new MemoExport(dossier, code, template, variants, dir);
    }

    /** Fits the dialog to what it says now and keeps it whole on the screen (a problem named, a reason shown). */
    private void packOnScreen() {
        pack();
        if (getGraphicsConfiguration() == null) return;
        java.awt.Rectangle screen = getGraphicsConfiguration().getBounds();
        java.awt.Rectangle b = getBounds();
        int x = Math.max(screen.x, Math.min(b.x, screen.x + screen.width - b.width));
        int y = Math.max(screen.y, Math.min(b.y, screen.y + screen.height - b.height));
        if (x != b.x || y != b.y) setLocation(x, y);
    }

    private MemoExport refuse(String why) {
        problem.setText(why);
        packOnScreen();
        return null;
    }
}
