package hta.workbench.shell.internal.layout;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named default arrangement of views: which view goes in which area, and the initial sizes of the areas.
 * Immutable. Users change the arrangement; {@link LayoutState} keeps their version and Reset Perspective goes
 * back to this one.
 *
 * @param id       stable id, e.g. {@code authoring}
 * @param label    menu label
 * @param views    view ids per area, in tab order
 * @param dividers split proportions: {@code left}, {@code right} and {@code bottom} (share of the space that
 *                 the area's neighbour keeps, as {@link javax.swing.JSplitPane#setDividerLocation(double)})
 */
public record Perspective(String id, String label, Map<Area, List<String>> views, Map<String, Double> dividers) {
    public Perspective {
        Map<Area, List<String>> copy = new EnumMap<>(Area.class);
        views.forEach((a, l) -> copy.put(a, List.copyOf(l)));
        views = Map.copyOf(copy);
        dividers = Map.copyOf(dividers);
    }

    static Map<String, Double> dividers(double left, double right, double bottom) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("left", left);
        m.put("right", right);
        m.put("bottom", bottom);
        return m;
    }

    /** The three perspectives of the workbench. */
    public static List<Perspective> builtIn() {
        return List.of(
                new Perspective("authoring", "Authoring", Map.of(
                        Area.LEFT, List.of("hta.navigator"),
                        Area.RIGHT, List.of("hta.properties", "hta.history"),
                        Area.BOTTOM, List.of("hta.problems", "hta.progress", "hta.errorlog")),
                        dividers(0.2, 0.74, 0.7)),
                new Perspective("review", "Review", Map.of(
                        Area.LEFT, List.of("hta.navigator"),
                        Area.RIGHT, List.of("hta.history", "hta.properties"),
                        Area.BOTTOM, List.of("hta.memoPreview", "hta.timeline", "hta.problems", "hta.errorlog")),
                        dividers(0.18, 0.7, 0.55)),
                new Perspective("portfolio", "Portfolio", Map.of(
                        Area.LEFT, List.of("hta.navigator"),
                        Area.RIGHT, List.of("hta.properties"),
                        Area.BOTTOM, List.of("hta.landscape", "hta.portfolio", "hta.timeline", "hta.problems", "hta.plugins")),
                        // the editor keeps 40 %: at a quarter, under its two rows of page tabs a narrative showed five
                        // lines (walk of December 2026); the portfolio's views keep well over half the window
                        dividers(0.18, 0.78, 0.4)));
    }
}
