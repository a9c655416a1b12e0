package hta.workbench.shell.internal;

import hta.workbench.api.PerspectiveContribution;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandRegistry;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.layout.Area;
import hta.workbench.shell.internal.layout.LayoutState;
import hta.workbench.shell.internal.layout.PageLayout;
import hta.workbench.shell.internal.layout.Perspective;
import hta.workbench.shell.internal.prefs.SettingsFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The perspectives — the workbench's three, then those bundles contribute — the one shown, and the user's
 * version of each, remembered in {@code <data dir>/workbench/layout.properties} on every change (written off the
 * EDT). Used on the EDT.
 */
final class Perspectives {
    private final PageLayout page;
    private final CommandRegistry commands;
    private final ErrorLog log;
    private final Jobs jobs;
    private final SettingsFile file;
    private final Properties stored;
    private final Consumer<String> status;
    private final List<Perspective> all = new ArrayList<>(Perspective.builtIn());
    private final Map<PerspectiveContribution, Perspective> contributed = new HashMap<>();
    private Perspective shown;
    /** Called after a perspective was shown (the window re-evaluates its commands). */
    private Runnable onSwitch = () -> { };

    Perspectives(PageLayout page, CommandRegistry commands, ErrorLog log, Jobs jobs, SettingsFile file,
                 Consumer<String> status) {
        this.page = page;
        this.commands = commands;
        this.log = log;
        this.jobs = jobs;
        this.file = file;
        this.status = status;
        Properties p;
        try {
            p = file.read();
        } catch (IOException e) {
            log.error(Command.WORKBENCH, "the remembered layout could not be read; perspectives start as designed", e);
            p = new Properties();
        }
        stored = p;
        updatePlacedViews();
    }

    List<Perspective> builtIn() {
        return List.copyOf(all.subList(0, Perspective.builtIn().size()));
    }

    Perspective shown() {
        return shown;
    }

    void onSwitch(Runnable r) {
        onSwitch = r;
    }

    /** Shows the perspective the user had last (the first when none is remembered). */
    void showRemembered() {
        String id = stored.getProperty("perspective", "authoring");
        show(all.stream().filter(p -> p.id().equals(id)).findFirst().orElse(all.get(0)));
    }

    void show(Perspective p) {
        boolean first = shown == null;
        if (!first && page.state() != null) {
            page.captureDividers();
            page.captureSelection();
            page.state().write(stored);
        }
        shown = p;
        page.apply(LayoutState.read(p, stored));
        stored.setProperty("perspective", p.id());
        if (first) return;
        changed();
        onSwitch.run();
        status.accept("Perspective: " + p.label());
    }

    void reset() {
        page.apply(LayoutState.of(shown));
        changed();
    }

    /** Remembers the current layout and writes it to the data directory off the EDT. */
    void changed() {
        if (page.state() != null) page.state().write(stored);
        Properties copy = new Properties();
        copy.putAll(stored);
        jobs.schedule("Remembering the layout", m -> {
            try {
                file.write(copy);
            } catch (IOException e) {
                log.error(Command.WORKBENCH, "the layout could not be saved to " + file.path(), e);
            }
        }, null);
    }

    /** Writes the layout of the current perspective, with the split sizes as they are now. */
    void save() {
        page.captureDividers();
        page.captureSelection();
        changed();
    }

    /** A bundle's perspective: listed under Window › Perspective and in the command finder while it is there. */
    void add(PerspectiveContribution c, String bundle) {
        String id = c.id();
        if (id == null || id.isBlank() || all.stream().anyMatch(p -> p.id().equals(id))) {
            log.warning(bundle, "perspective '" + id + "' not added: its id is empty or already taken");
            return;
        }
        Map<Area, List<String>> views = new EnumMap<>(Area.class);
        c.views().forEach((key, ids) -> {
            Area a = Area.of(key);
            if (!a.key().equals(key)) {
                log.warning(bundle, "perspective '" + c.label() + "': area '" + key + "' is not left, right or bottom;"
                        + " its views go to the bottom area");
            }
            views.computeIfAbsent(a, x -> new ArrayList<>()).addAll(ids);
        });
        Perspective p = new Perspective(id, c.label(), views, Perspective.builtIn().get(0).dividers());
        contributed.put(c, p);
        all.add(p);
        updatePlacedViews();
        commands.add(new Command("hta.perspective." + id, c.label(), "Perspective", null, bundle,
                () -> shown != p, () -> show(p)));
    }

    /** A bundle's perspective went: when it is shown, the workbench returns to the first one. */
    void remove(PerspectiveContribution c) {
        Perspective p = contributed.remove(c);
        if (p == null) return;
        all.remove(p);
        commands.remove("hta.perspective." + p.id());
        if (shown == p) show(all.get(0));
        updatePlacedViews();
    }

    /** Views some perspective places open only where a perspective puts them (or through Show View). */
    private void updatePlacedViews() {
        Set<String> placed = new HashSet<>();
        all.forEach(p -> p.views().values().forEach(placed::addAll));
        page.setPerspectiveViews(placed);
    }
}
