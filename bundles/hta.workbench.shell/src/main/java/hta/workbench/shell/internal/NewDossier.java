package hta.workbench.shell.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierSummary;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * File › New Dossier…: the medicine's brand name and INN; the dossier's id is made from the brand name (letters,
 * digits and dashes, unique in the workspace). It is saved as its first revision off the EDT and opened. A missing
 * brand name is named and nothing is made. Used on the EDT.
 */
final class NewDossier {
    private NewDossier() {
    }

    static void ask(Workbench wb) {
        JTextField brand = new JTextField(24);
        brand.setName("newDossier.brand");
        JTextField inn = new JTextField(24);
        inn.setName("newDossier.inn");
        JLabel problem = new JLabel(" ");
        problem.setName("newDossier.problem");
        problem.setForeground(hta.workbench.api.Colours.error());
        JPanel form = new JPanel(new GridBagLayout());
        row(form, 0, "Brand name", brand);
        row(form, 1, "INN (English)", inn);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 2;
        c.gridwidth = 2;
        form.add(problem, c);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(wb.window(), form, "New Dossier", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) return;
            if (!brand.getText().isBlank()) break;
            problem.setText("Brand name: enter the medicine's brand name; the dossier is named after it.");
        }
        Dossier d = new Dossier();
        d.product.brandName = brand.getText().strip();
        d.product.inn = inn.getText().isBlank() ? null : inn.getText().strip();
        Set<String> taken = new HashSet<>(wb.editors().openDossierIds());
        wb.jobs().schedule("Creating the dossier " + d.product.brandName, m -> {
            for (DossierSummary s : wb.repository().list()) taken.add(s.id());
            d.id = uniqueId(d.product.brandName, taken);
            wb.repository().save(d, wb.prefs.author(), "Created in the workbench");
        }, () -> {
                    wb.workspaceChanged();
                    wb.editors().open(d.id, null);
                    wb.status("Created " + d.product.brandName + " (" + d.id + ")");
                });
    }

    private static void row(JPanel form, int y, String label, JTextField field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 3, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
    }

    /** The brand name in lower case, words joined by dashes; a number added when the workspace has it already. */
    static String uniqueId(String brand, Set<String> taken) {
        String base = brand.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "dossier";
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }
}
