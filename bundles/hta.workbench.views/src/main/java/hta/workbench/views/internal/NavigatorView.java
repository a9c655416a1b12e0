package hta.workbench.views.internal;

import hta.dossier.repository.DossierSummary;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.Subscription;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
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
import javax.swing.event.TreeExpansionEvent;
import javax.swing.event.TreeExpansionListener;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.osgi.service.component.annotations.Component;

/**
 * The Dossier Navigator: dossiers → jurisdictions → documents (memo templates), with a filter. Selecting sets
 * the workbench selection; Enter or double-click opens the dossier's editor at that place. The workspace list is
 * read off the EDT. EDT only otherwise.
 */
@Component(service = ViewContribution.class)
public final class NavigatorView extends BuiltInView {
    public static final String ID = "hta.navigator";

    public NavigatorView() {
        super(ID, "Dossier Navigator");
    }

    @Override
    public String defaultArea() {
        return AREA_LEFT;
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** A node's payload; {@code tip}, when not null, is its tooltip (what to do about a missing plugin). */
    record Node(String label, DossierSelection item, hta.dossier.repository.LoadProblem unreadable, String tip) {
        Node(String label, DossierSelection item) {
            this(label, item, null, null);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Rows read by their names; a country's or a document's code, which tells two alike apart, is in its tooltip. */
    private static final class CodeTips extends javax.swing.tree.DefaultTreeCellRenderer {
        @Override
        public java.awt.Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                               boolean leaf, int row, boolean focus) {
            super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, focus);
            Object o = value instanceof DefaultMutableTreeNode n ? n.getUserObject() : null;
            DossierSelection i = o instanceof Node n ? n.item() : null;
            String code = i == null ? null : i.document() != null ? i.document() : i.jurisdiction();
            setToolTipText(o instanceof Node n && n.tip() != null ? n.tip() : code == null ? null : o + " — " + code);
            return this;
        }
    }

    private static final class Panel extends JPanel implements Closable {
        private final WorkbenchSite site;
        private final List<Subscription> subscriptions = newSubscriptions();
        private final JTextField filter = new JTextField();
        private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode("Workspace")));
        private List<DossierSummary> dossiers = List.of();
        /** Per dossier id, the names its submissions recorded for jurisdictions whose plugin is not installed. */
        private java.util.Map<String, java.util.Map<String, String>> recorded = java.util.Map.of();
        /** The nodes the writer collapsed, by {@link #key}. */
        private final java.util.Set<String> collapsed = new java.util.HashSet<>();
        private boolean rebuilding;

        Panel(WorkbenchSite site) {
            super(new BorderLayout());
            this.site = site;
            filter.setName("navigator.filter");
            tree.setName("navigator.tree");
            filter.putClientProperty("JTextField.placeholderText", "Filter dossiers, countries, documents");
            filter.putClientProperty("JTextField.showClearButton", true);
            tree.setRootVisible(false);
            tree.setShowsRootHandles(true);
            // a double-click opens the dossier; it does not also fold or unfold the node
            tree.setToggleClickCount(0);
            tree.setCellRenderer(new CodeTips());
            javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
            tree.addTreeExpansionListener(new TreeExpansionListener() {
                @Override
                public void treeExpanded(TreeExpansionEvent e) {
                    Node n = node(e.getPath());
                    if (!rebuilding && n != null) collapsed.remove(key(n.item()));
                }

                @Override
                public void treeCollapsed(TreeExpansionEvent e) {
                    Node n = node(e.getPath());
                    if (!rebuilding && n != null) collapsed.add(key(n.item()));
                }
            });
            filter.getDocument().addDocumentListener(new DocumentListener() {
                public void insertUpdate(DocumentEvent e) { rebuild(); }
                public void removeUpdate(DocumentEvent e) { rebuild(); }
                public void changedUpdate(DocumentEvent e) { rebuild(); }
            });
            tree.addTreeSelectionListener(e -> {
                if (rebuilding) return;
                Node n = selected();
                if (n != null && n.item() != null) site.select(n.item());
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
            subscriptions.add(site.onWorkspaceChange(this::reload));
            reload();
        }

        @Override
        public List<Subscription> subscriptions() {
            return subscriptions;
        }

        private void reload() {
            site.schedule("Reading the workspace", m -> {
                List<DossierSummary> list = site.workspace().list();
                java.util.Map<String, java.util.Map<String, String>> names = recordedNames(list);
                javax.swing.SwingUtilities.invokeLater(() -> {
                    dossiers = list;
                    recorded = names;
                    rebuild();
                });
            }, null);
        }

        /**
         * The jurisdiction names recorded in the dossiers that have a submission whose plugin is not installed (the
         * list names only codes): read from the dossiers themselves, off the EDT. An unreadable one names none.
         */
        private java.util.Map<String, java.util.Map<String, String>> recordedNames(List<DossierSummary> list) {
            java.util.Map<String, java.util.Map<String, String>> names = new java.util.HashMap<>();
            for (DossierSummary d : list) {
                if (d.jurisdictions().stream().allMatch(c -> site.jurisdiction(c).isPresent())) continue;
                try {
                    java.util.Map<String, String> byCode = new java.util.HashMap<>();
                    for (hta.dossier.Submission s : site.workspace().load(d.id()).submissions) {
                        if (s.jurisdictionName != null) byCode.put(s.jurisdiction, s.jurisdictionName);
                    }
                    names.put(d.id(), byCode);
                } catch (Exception notReadable) {
                    // named by its code; the Problems view says why it cannot be read
                }
            }
            return names;
        }

        private Node selected() {
            TreePath p = tree.getSelectionPath();
            if (p == null) return null;
            Object o = ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject();
            return o instanceof Node ? (Node) o : null;
        }

        private void openSelected() {
            Node n = selected();
            if (n != null && n.unreadable() != null) {
                UnreadableDialog.show(site, n.unreadable());
                return;
            }
            if (n == null || n.item() == null) return;
            DossierSelection i = n.item();
            // a country opens its own page; a document opens that country's narratives (what its memo is written from)
            EditorPlace place = i.jurisdiction() == null ? null
                    : i.document() == null ? EditorPlace.jurisdiction(i.jurisdiction(), null)
                    : EditorPlace.narrative(i.jurisdiction(), null, 0);
            site.editors().open(i.dossierId(), place);
        }

        private void rebuild() {
            String q = filter.getText().trim().toLowerCase(Locale.ROOT);
            DefaultMutableTreeNode root = new DefaultMutableTreeNode("Workspace");
            for (DossierSummary d : dossiers) {
                String label = d.brandName() + " (" + d.inn() + ")";
                DefaultMutableTreeNode dn = new DefaultMutableTreeNode(new Node(label,
                        new DossierSelection(d.id(), label, null, null)));
                boolean dossierMatches = matches(label, q);
                for (String code : d.jurisdictions()) {
                    Optional<Jurisdiction> j = site.jurisdiction(code);
                    // the name a writer knows ("Scotland (SMC)"); the code is in the tooltip and in Properties; one
                    // whose plugin is missing as the dossier recorded it, with why, and what to do in the tooltip
                    String jl = site.jurisdictionLabel(code, recorded.getOrDefault(d.id(), java.util.Map.of()).get(code));
                    String tip = j.isPresent() ? null : jl + ". To edit, check or export this submission, " + site.missingRemedy(code);
                    DefaultMutableTreeNode jn = new DefaultMutableTreeNode(new Node(jl,
                            new DossierSelection(d.id(), label, code, null), null, tip));
                    boolean jMatches = dossierMatches || matches(jl, q);
                    for (MemoTemplate t : j.map(Jurisdiction::memoTemplates).orElse(List.of())) {
                        String tl = t.title();
                        if (jMatches || matches(tl, q)) {
                            jn.add(new DefaultMutableTreeNode(new Node(tl, new DossierSelection(d.id(), label, code, t.id()))));
                        }
                    }
                    if (jMatches || jn.getChildCount() > 0) dn.add(jn);
                }
                if (dossierMatches || dn.getChildCount() > 0) root.add(dn);
            }
            for (var p : site.workspace().problems()) {
                if (q.isEmpty()) root.add(new DefaultMutableTreeNode(new Node("⚠ unreadable: " + p.file().getFileName(), null, p, null)));
            }
            DossierSelection selected = selected() == null ? null : selected().item();
            rebuilding = true;
            try {
                tree.setModel(new DefaultTreeModel(root));
                // what the writer collapsed stays collapsed (a save or a plugin change rebuilds the tree); a filter shows all it finds
                for (int i = 0; i < tree.getRowCount(); i++) {
                    Node n = node(tree.getPathForRow(i));
                    if (q.isEmpty() && n != null && collapsed.contains(key(n.item()))) continue;
                    tree.expandRow(i);
                }
                for (int i = 0; selected != null && i < tree.getRowCount(); i++) {
                    Node n = node(tree.getPathForRow(i));
                    if (n != null && selected.equals(n.item())) tree.setSelectionRow(i);
                }
            } finally {
                rebuilding = false;
            }
        }

        private static Node node(TreePath p) {
            Object o = p == null ? null : ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject();
            return o instanceof Node n ? n : null;
        }

        /** A node's place in the tree, the same after a rebuild: dossier, jurisdiction, document. */
        private static String key(DossierSelection item) {
            return item == null ? "" : item.dossierId() + "/" + item.jurisdiction() + "/" + item.document();
        }

        private static boolean matches(String s, String q) {
            return q.isEmpty() || s.toLowerCase(Locale.ROOT).contains(q);
        }
    }
}
