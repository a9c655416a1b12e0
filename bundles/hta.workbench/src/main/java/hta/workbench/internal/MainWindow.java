package hta.workbench.internal;

import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.jurisdiction.Jurisdiction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTree;
import javax.swing.WindowConstants;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;

/**
 * The main workbench window: the dossier navigator (dossiers → jurisdictions) on the left, the active
 * jurisdiction plugins on the right, a status bar below. Used on the event dispatch thread only.
 */
final class MainWindow extends JFrame {
    private final DefaultListModel<String> jurisdictionModel = new DefaultListModel<>();
    private final JLabel status = new JLabel(" ");
    private final DossierRepository repository;

    MainWindow(DossierRepository repository, Runnable onClosed) {
        super("HTA Workbench — " + repository.location().getFileName());
        this.repository = repository;
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        JTree navigator = new JTree(navigatorModel());
        navigator.setRootVisible(false);
        navigator.setShowsRootHandles(true);
        for (int i = 0; i < navigator.getRowCount(); i++) navigator.expandRow(i);
        JList<String> jurisdictions = new JList<>(jurisdictionModel);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, titled("Dossier Navigator", navigator),
                titled("Jurisdictions", jurisdictions));
        split.setResizeWeight(0.6);
        status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(1100, 700));
        pack();
        setLocationRelativeTo(null);
    }

    private DefaultTreeModel navigatorModel() {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Workspace");
        List<DossierSummary> dossiers = repository.list();
        for (DossierSummary d : dossiers) {
            DefaultMutableTreeNode node = new DefaultMutableTreeNode(d.brandName() + " (" + d.inn() + ")");
            for (String j : d.jurisdictions()) node.add(new DefaultMutableTreeNode(j));
            root.add(node);
        }
        List<LoadProblem> problems = repository.problems();
        for (LoadProblem p : problems) {
            root.add(new DefaultMutableTreeNode("⚠ unreadable: " + p.file().getFileName()));
        }
        status.setText(dossiers.size() + " dossiers in " + repository.location()
                + (problems.isEmpty() ? "" : " — " + problems.size() + " unreadable"));
        return new DefaultTreeModel(root);
    }

    void showJurisdictions(List<Jurisdiction> active) {
        jurisdictionModel.clear();
        active.stream().sorted(java.util.Comparator.comparing(Jurisdiction::code))
                .forEach(j -> jurisdictionModel.addElement(j.displayName() + " (" + j.code() + ")"));
    }

    private static JPanel titled(String title, java.awt.Component content) {
        JPanel panel = new JPanel(new BorderLayout());
        JLabel label = new JLabel(title);
        label.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        panel.add(label, BorderLayout.NORTH);
        panel.add(new JScrollPane(content), BorderLayout.CENTER);
        return panel;
    }
}
