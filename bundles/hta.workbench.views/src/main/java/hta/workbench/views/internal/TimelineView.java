package hta.workbench.views.internal;

import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.timeline.PhaseResult;
import hta.timeline.Scenario;
import hta.timeline.TargetResult;
import hta.timeline.TargetState;
import hta.timeline.TimelineAssessment;
import hta.timeline.Timelines;
import hta.workbench.api.DossierSelection;
import hta.workbench.api.ViewContribution;
import hta.workbench.api.WorkbenchSite;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import javax.swing.UIManager;
import org.osgi.service.component.annotations.Component;

/**
 * The Timeline view: for the selected dossier, each jurisdiction's milestones and phases on a time axis, targets'
 * due dates marked (red when overdue or missed), today's line, a zoom slider, and optionally a scenario (e.g. a
 * reform proposal) drawn under the current rules for comparison.
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

    /** One drawn row: a jurisdiction's submission judged under current rules or a scenario. */
    record Lane(String label, Submission submission, TimelineAssessment assessment) {
    }

    /** The view's component; public so that tests can read the lanes. */
    public static final class Panel extends WorkspaceView {
        private final Canvas canvas = new Canvas();
        private final JComboBox<String> scenario = new JComboBox<>(new String[]{CURRENT});
        private final JSlider zoom = new JSlider(1, 40, 8);
        private List<Dossier> dossiers = List.of();

        Panel(WorkbenchSite site) {
            super(site, "Assessing timelines");
            setName("timeline");
            scenario.setName("timeline.scenario");
            zoom.setName("timeline.zoom");
            JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
            top.add(new JLabel("Compare with:"));
            top.add(scenario);
            JLabel z = new JLabel("Zoom:");
            z.setLabelFor(zoom);
            top.add(z);
            top.add(zoom);
            zoom.addChangeListener(e -> canvas.relayout());
            scenario.addActionListener(e -> rebuild());
            subscriptions().add(site.onSelectionChange(this::rebuild));
            add(top, BorderLayout.NORTH);
            add(new JScrollPane(canvas), BorderLayout.CENTER);
        }

        public List<Lane> lanes() {
            return List.copyOf(canvas.lanes);
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
            List<Lane> lanes = new ArrayList<>();
            String sc = (String) scenario.getSelectedItem();
            LocalDate today = LocalDate.now();
            d.ifPresent(dossier -> {
                for (Submission s : dossier.submissions) {
                    Optional<Jurisdiction> j = site.jurisdiction(s.jurisdiction);
                    if (j.isEmpty()) continue;
                    lanes.add(new Lane(j.get().displayName(), s, Timelines.assess(s, j.get().processRules(), today)));
                    if (sc != null && !CURRENT.equals(sc) && j.get().processRules().scenario(sc).isPresent()) {
                        lanes.add(new Lane(j.get().displayName() + " — " + j.get().processRules().scenario(sc).get().label(),
                                s, Timelines.assess(s, j.get().processRules(), sc, today)));
                    }
                }
            });
            canvas.lanes = lanes;
            canvas.title = d.map(x -> x.product.brandName).orElse("No dossier selected");
            canvas.relayout();
        }

        private final class Canvas extends JPanel {
            List<Lane> lanes = List.of();
            String title = "";
            LocalDate from;
            LocalDate to;
            static final int LANE = 70;
            static final int LEFT = 180;

            Canvas() {
                setName("timeline.canvas");
            }

            void relayout() {
                from = null;
                to = LocalDate.now();
                for (Lane l : lanes) {
                    for (Milestone m : l.submission().milestones) extend(m.date);
                    for (TargetResult t : l.assessment().targets()) extend(t.dueDate());
                }
                if (from == null) from = to.minusDays(30);
                from = from.minusDays(10);
                to = to.plusDays(10);
                long days = Timelines.days(from, to);
                setPreferredSize(new Dimension(LEFT + (int) (days * zoom.getValue() / 4.0) + 40, 40 + lanes.size() * LANE));
                revalidate();
                repaint();
            }

            private void extend(LocalDate d) {
                if (d == null) return;
                if (from == null || d.isBefore(from)) from = d;
                if (d.isAfter(to)) to = d;
            }

            private int x(LocalDate d) {
                return LEFT + (int) (Timelines.days(from, d) * zoom.getValue() / 4.0);
            }

            @Override
            protected void paintComponent(Graphics g0) {
                super.paintComponent(g0);
                Graphics2D g = (Graphics2D) g0;
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                Color fg = UIManager.getColor("Label.foreground");
                g.setColor(fg);
                g.drawString(title, 8, 16);
                if (from == null) return;
                for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); m.isBefore(to); m = m.plusMonths(1)) {
                    int x = x(m);
                    g.setColor(new Color(128, 128, 128, 60));
                    g.drawLine(x, 24, x, getHeight());
                    g.setColor(fg);
                    if (zoom.getValue() >= 4 || m.getMonthValue() == 1) g.drawString(m.getYear() % 100 + "-" + m.getMonthValue(), x + 2, 32);
                }
                int tx = x(LocalDate.now());
                g.setColor(new Color(30, 120, 255));
                g.drawLine(tx, 24, tx, getHeight());
                int y = 44;
                for (Lane l : lanes) {
                    paintLane(g, l, y, fg);
                    y += LANE;
                }
            }

            private void paintLane(Graphics2D g, Lane l, int y, Color fg) {
                g.setColor(fg);
                g.drawString(l.label(), 8, y + 18);
                for (PhaseResult p : l.assessment().report().phases()) {
                    if (p.start() == null) continue;
                    LocalDate end = p.end() != null ? p.end() : LocalDate.now();
                    g.setColor(p.phase().clockStopped() ? new Color(160, 160, 160, 140) : new Color(66, 133, 244, 120));
                    g.fillRect(x(p.start()), y + 8, Math.max(2, x(end) - x(p.start())), 14);
                }
                for (Milestone m : l.submission().milestones) {
                    if (m.date == null) continue;
                    int x = x(m.date);
                    g.setColor(fg);
                    g.fillPolygon(new int[]{x, x + 5, x, x - 5}, new int[]{y + 10, y + 15, y + 20, y + 15}, 4);
                }
                int ty = y + 40;
                for (TargetResult t : l.assessment().targets()) {
                    if (t.dueDate() == null) continue;
                    boolean bad = t.state() == TargetState.OVERDUE || t.state() == TargetState.MISSED;
                    g.setColor(bad ? Color.RED : t.state() == TargetState.AT_RISK ? new Color(230, 140, 0) : new Color(15, 157, 88));
                    int x = x(t.dueDate());
                    g.setStroke(new BasicStroke(2));
                    g.drawLine(x, y + 4, x, y + 26);
                    g.setStroke(new BasicStroke(1));
                    String label = (t.target().label() != null ? t.target().label() : t.target().id()) + ": "
                            + t.state().name().toLowerCase().replace('_', ' ') + " (" + t.countedDays() + "/" + t.target().days() + " d)";
                    g.drawString(label, Math.max(LEFT, x - 60), ty);
                    ty += 12;
                    if (ty > y + LANE - 2) break;
                }
            }
        }
    }
}
