package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.ProcessRules;
import hta.timeline.Scenario;
import hta.timeline.Timelines;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BorderLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import org.osgi.service.component.annotations.Component;

/**
 * The Timeline view: for the selected dossier, each jurisdiction's milestones (named, with tooltips) and phases on
 * a time axis, targets' due dates marked (red when overdue or missed), today's line, a zoom slider, and optionally a
 * scenario (e.g. a reform proposal) drawn under the current rules for comparison. The plot ({@link TimelineCanvas})
 * scrolls under fixed headers: the lanes' names beside it ({@link TimelineLanes}), the dates above
 * ({@link TimelineAxis}).
 */
@Component(service = ViewContribution.class)
public final class TimelineView extends BuiltInView {
    public static final String ID = "hta.timeline";
    static final String CURRENT = "Current rules only";

    public TimelineView() {
        super(ID, "Timeline");
    }

    @Override
    public JComponent createComponent(WorkbenchSite site) {
        return new Panel(site);
    }

    /** The view's component; public so that tests can read the lanes. */
    public static final class Panel extends WorkspaceView {
        private final TimelineCanvas canvas = new TimelineCanvas();
        private final JLabel title = new JLabel(" ");
        private final TimelineLanes laneNames = new TimelineLanes(canvas);
        private final TimelineAxis axis = new TimelineAxis(canvas);
        private final JComboBox<String> scenario = new JComboBox<>(new String[]{CURRENT});
        private final JSlider zoom = new JSlider(1, 40, 8);
        private List<Dossier> dossiers = List.of();

        Panel(WorkbenchSite site) {
            super(site, "Assessing timelines");
            setName("timeline");
            title.setName("timeline.title");
            title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD));
            title.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, 0, 12));
            scenario.setName("timeline.scenario");
            // a scenario reads by its name ("Orphan drug reform"), not by the id the rules store (issue 17.6)
            scenario.setRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                       boolean selected, boolean focus) {
                    super.getListCellRendererComponent(list, value, index, selected, focus);
                    setText(scenarioName((String) value));
                    return this;
                }
            });
            zoom.setName("timeline.zoom");
            JPanel top = new JPanel(new hta.workbench.api.WrapLayout(6, 2));
            top.add(title);
            JLabel compare = new JLabel("Compare with:");
            compare.setLabelFor(scenario);
            top.add(compare);
            top.add(scenario);
            JLabel z = new JLabel("Zoom:");
            z.setLabelFor(zoom);
            top.add(z);
            top.add(zoom);
            zoom.addChangeListener(e -> rebuild());
            scenario.addActionListener(e -> rebuild());
            subscriptions().add(site.onSelectionChange(this::rebuild));
            add(top, BorderLayout.NORTH);
            JScrollPane scroll = new JScrollPane(canvas);
            scroll.setRowHeaderView(laneNames);
            scroll.setColumnHeaderView(axis);
            // the plot keeps its empty lanes' hints and its targets' lines in sight, so it is painted whole when it
            // scrolls rather than moved and patched
            scroll.getViewport().setScrollMode(javax.swing.JViewport.SIMPLE_SCROLL_MODE);
            scroll.getHorizontalScrollBar().setUnitIncrement(24);
            scroll.getVerticalScrollBar().setUnitIncrement(24);
            add(scroll, BorderLayout.CENTER);
        }

        /** The name of the scenario {@code id} as its jurisdiction gives it, else its id in words. */
        private String scenarioName(String id) {
            if (id == null || CURRENT.equals(id)) return CURRENT;
            for (Jurisdiction j : site.jurisdictions()) {
                Optional<Scenario> s = j.processRules().scenario(id);
                if (s.isPresent() && s.get().label() != null) return s.get().label();
            }
            return hta.workbench.api.Words.code(id);
        }

        @Override
        void show(List<Dossier> all) {
            dossiers = all;
            Set<String> names = new LinkedHashSet<>();
            names.add(CURRENT);
            for (Jurisdiction j : site.jurisdictions()) {
                for (Scenario s : j.processRules().scenarios()) names.add(s.id());
            }
            Object selected = scenario.getSelectedItem();
            scenario.removeAllItems();
            names.forEach(scenario::addItem);
            scenario.setSelectedItem(names.contains(selected) ? selected : CURRENT);
            rebuild();
        }

        private void rebuild() {
            String id = site.selection().map(DossierSelection::dossierId).or(() -> site.editors().activeDossierId())
                    .orElse(dossiers.isEmpty() ? null : dossiers.get(0).id);
            Optional<Dossier> d = dossiers.stream().filter(x -> x.id.equals(id)).findFirst();
            List<TimelineLane> lanes = new ArrayList<>();
            String sc = (String) scenario.getSelectedItem();
            LocalDate today = LocalDate.now();
            d.ifPresent(dossier -> {
                for (Submission s : dossier.submissions) {
                    Optional<Jurisdiction> j = site.jurisdiction(s.jurisdiction);
                    if (j.isEmpty()) continue;
                    ProcessRules rules = j.get().processRules();
                    String name = j.get().displayName();
                    lanes.add(new TimelineLane(name, null, s, Timelines.assess(s, rules, today), j.get().formats()));
                    Optional<Scenario> chosen = sc == null || CURRENT.equals(sc) ? Optional.empty() : rules.scenario(sc);
                    chosen.ifPresent(x -> lanes.add(new TimelineLane(name, x.label() != null ? x.label() : sc, s,
                            Timelines.assess(s, rules, sc, today), j.get().formats())));
                }
            });
            title.setText(d.map(x -> x.product.brandName).orElse("No dossier selected"));
            canvas.show(lanes, zoom.getValue() / 4.0);
            // the headers draw from the canvas's lanes and scale: a scenario lane of the same height as before
            // changes no size, so nothing else would repaint them
            for (JComponent header : List.of(laneNames, axis)) {
                header.revalidate();
                header.repaint();
            }
        }
    }
}
