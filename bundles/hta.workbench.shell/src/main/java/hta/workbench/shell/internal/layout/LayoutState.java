package hta.workbench.shell.internal.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user's version of one perspective: where each view is, which views they closed, which areas are
 * minimised, the view in front in each area and the split proportions. Stored as properties under {@code <perspective>.*}. Used on the EDT.
 */
public final class LayoutState {
    final String perspective;
    final Map<Area, List<String>> views = new EnumMap<>(Area.class);
    final Set<String> closed = new LinkedHashSet<>();
    final Set<Area> minimised = EnumSet.noneOf(Area.class);
    final Map<String, Double> dividers = new LinkedHashMap<>();
    /** The view in front in each area, as the user left it. */
    final Map<Area, String> selected = new EnumMap<>(Area.class);

    private LayoutState(String perspective) {
        this.perspective = perspective;
        for (Area a : Area.values()) views.put(a, new ArrayList<>());
    }

    /** The perspective's defaults. */
    public static LayoutState of(Perspective p) {
        LayoutState s = new LayoutState(p.id());
        p.views().forEach((a, l) -> s.views.get(a).addAll(l));
        s.dividers.putAll(p.dividers());
        return s;
    }

    /** The stored version, or the defaults when nothing (or nothing readable) is stored. */
    public static LayoutState read(Perspective p, Properties props) {
        String prefix = p.id() + ".";
        if (props.getProperty(prefix + "stored") == null) return of(p);
        LayoutState s = new LayoutState(p.id());
        for (Area a : Area.values()) s.views.get(a).addAll(list(props.getProperty(prefix + "views." + a.key())));
        s.closed.addAll(list(props.getProperty(prefix + "closed")));
        for (String m : list(props.getProperty(prefix + "minimised"))) {
            try {
                s.minimised.add(Area.valueOf(m.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // an area of a newer version: nothing to minimise
            }
        }
        for (Area a : Area.values()) {
            String front = props.getProperty(prefix + "selected." + a.key(), "");
            if (!front.isBlank()) s.selected.put(a, front.strip());
        }
        s.dividers.putAll(p.dividers());
        for (String d : List.of("left", "right", "bottom")) {
            try {
                String v = props.getProperty(prefix + "divider." + d);
                if (v != null) {
                    double x = Double.parseDouble(v);
                    if (x > 0.02 && x < 0.98) s.dividers.put(d, x);
                }
            } catch (NumberFormatException ignored) {
                // keep the default size
            }
        }
        // views the perspective added since the layout was stored appear in their default place
        p.views().forEach((a, l) -> {
            for (String id : l) if (s.area(id) == null && !s.closed.contains(id)) s.views.get(a).add(id);
        });
        return s;
    }

    public void write(Properties props) {
        String prefix = perspective + ".";
        props.setProperty(prefix + "stored", "1");
        views.forEach((a, l) -> props.setProperty(prefix + "views." + a.key(), String.join(",", l)));
        props.setProperty(prefix + "closed", String.join(",", closed));
        List<String> mins = new ArrayList<>();
        minimised.forEach(a -> mins.add(a.key()));
        props.setProperty(prefix + "minimised", String.join(",", mins));
        selected.forEach((a, id) -> props.setProperty(prefix + "selected." + a.key(), id));
        dividers.forEach((k, v) -> props.setProperty(prefix + "divider." + k, String.format(java.util.Locale.ROOT, "%.4f", v)));
    }

    /** The area a view is placed in, or null when this layout does not place it. */
    public Area area(String viewId) {
        for (Map.Entry<Area, List<String>> e : views.entrySet()) {
            if (e.getValue().contains(viewId)) return e.getKey();
        }
        return null;
    }

    /** Places a view in an area (at the end), removing it from any other. */
    public void place(String viewId, Area area) {
        views.values().forEach(l -> l.remove(viewId));
        views.get(area).add(viewId);
        closed.remove(viewId);
    }

    public List<String> views(Area a) {
        return views.get(a);
    }

    public boolean isClosed(String viewId) {
        return closed.contains(viewId);
    }

    private static List<String> list(String v) {
        List<String> result = new ArrayList<>();
        if (v == null) return result;
        for (String s : v.split(",")) if (!s.isBlank()) result.add(s.trim());
        return result;
    }
}
