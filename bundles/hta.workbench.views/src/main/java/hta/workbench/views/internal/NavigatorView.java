package hta.workbench.views.internal;

import hta.dossier.repository.DossierSummary;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.workbench.api.WorkbenchSite;
import hta.workbench.editor.internal.DossierEditor;
import hta.workbench.api.EditorPlace;
import hta.workbench.shell.internal.Selection;
import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;

/**
 * The Dossier Navigator: dossiers → jurisdictions → documents (memo templates), with a filter. Selecting sets
 * the workbench selection; Enter or double-click opens the dossier's editor at that place. The workspace list is
 * read off the EDT. EDT only otherwise.
 */
public final class NavigatorView extends BuiltInView {
    public static final String ID = "hta.navigator";

    public NavigatorView(ViewContext ctx) {
        super(ID, "Dossier Navigator", ctx);
    }

    @Override
    public String defaultArea() {
        return AREA_LEFT;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel();
    }

    /** A node's payload. */
    record Node(String label, Selection.Item item) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final class Panel extends JPanel implements Closable {
        private final JTextField filter = new JTextField();
        private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode("Workspace")));
        private List<DossierSummary> dossiers = List.of();
        private final Runnable reload = this::reload;

        Panel() {
            super(new BorderLayout());
            filter.setName("navigator.filter");
            tree.setName("navigator.tree");
            filter.putClientProperty("JTextField.placeholderText", "Filter dossiers, countries, documents");
            filter.putClientProperty("JTextField.showClearButton", true);
            tree.setRootVisible(false);
            tree.setShowsRootHandles(true);
            filter.getDocument().addDocumentListener(new DocumentListener() {
                public void insertUpdate(DocumentEvent e) { rebuild(); }
                public void removeUpdate(DocumentEvent e) { rebuild(); }
                public void changedUpdate(DocumentEvent e) { rebuild(); }
            });
            tree.addTreeSelectionListener(e -> {
                Node n = selected();
                if (n != null && n.item() != null) ctx.selection().set(n.item());
            });
            tree.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (e.getClickCount() == 2) openSelected();
                }
            });
            tree.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "hta.open");
            tree.getActionMap().put("hta.open", new javax.swing.AbstractAction() {
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    openSelected();
                }
            });
            add(filter, BorderLayout.NORTH);
            add(new JScrollPane(tree), BorderLayout.CENTER);
            ctx.addWorkspaceListener(reload);
            reload();
        }

        @Override
        public void dispose() {
            ctx.removeWorkspaceListener(reload);
        }

        private void reload() {
            ctx.jobs().schedule("Reading the workspace", m -> {
                List<DossierSummary> list = ctx.repository().list();
                javax.swing.SwingUtilities.invokeLater(() -> {
                    dossiers = list;
                    rebuild();
                });
            }, null);
        }

        private Node selected() {
            TreePath p = tree.getSelectionPath();
            if (p == null) return null;
            Object o = ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject();
            return o instanceof Node ? (Node) o : null;
        }

        private void openSelected() {
            Node n = selected();
            if (n == null || n.item() == null) return;
            Selection.Item i = n.item();
            Place place = i.jurisdiction() == null ? null : Place.narrative(i.jurisdiction(), null, 0);
            if (i.document() != null) place = Place.page(DossierEditor.NARRATIVES);
            ctx.editors().open(i.dossierId(), place);
        }

        private void rebuild() {
            String q = filter.getText().trim().toLowerCase(Locale.ROOT);
            DefaultMutableTreeNode root = new DefaultMutableTreeNode("Workspace");
            for (DossierSummary d : dossiers) {
                String label = d.brandName() + " (" + d.inn() + ")";
                DefaultMutableTreeNode dn = new DefaultMutableTreeNode(new Node(label,
                        new Selection.Item(d.id(), label, null, null)));
                boolean dossierMatches = matches(label, q);
                for (String code : d.jurisdictions()) {
                    Optional<Jurisdiction> j = ctx.jurisdiction(code);
                    String jl = j.map(x -> x.displayName() + " (" + code + ")").orElse(code + " — plugin not installed");
                    DefaultMutableTreeNode jn = new DefaultMutableTreeNode(new Node(jl,
                            new Selection.Item(d.id(), label, code, null)));
                    boolean jMatches = dossierMatches || matches(jl, q);
                    for (MemoTemplate t : j.map(Jurisdiction::memoTemplates).orElse(List.of())) {
                        String tl = t.title();
                        if (jMatches || matches(tl, q)) {
                            jn.add(new DefaultMutableTreeNode(new Node(tl, new Selection.Item(d.id(), label, code, t.id()))));
                        }
                    }
                    if (jMatches || jn.getChildCount() > 0) dn.add(jn);
                }
                if (dossierMatches || dn.getChildCount() > 0) root.add(dn);
            }
            for (var p : ctx.repository().problems()) {
                if (q.isEmpty()) root.add(new DefaultMutableTreeNode(new Node("⚠ unreadable: " + p.file().getFileName(), null)));
            }
            tree.setModel(new DefaultTreeModel(root));
            for (int i = 0; i < tree.getRowCount(); i++) tree.expandRow(i);
        }

        private boolean matches(String s, String q) {
            return q.isEmpty() || s.toLowerCase(Locale.ROOT).contains(q);
        }
    }
}
