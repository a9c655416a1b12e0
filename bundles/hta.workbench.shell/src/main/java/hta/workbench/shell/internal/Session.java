package hta.workbench.shell.internal;

import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.Jobs;
import hta.workbench.shell.internal.prefs.SettingsFile;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the workbench looked like when it was last closed, restored at the next start: the window's place and size
 * (or maximised), the open editors in their order, the page in front in each and the editor in front. Kept in
 * {@code <data dir>/workbench/session.properties}, written off the EDT when the window closes. On a first start
 * (nothing kept) the window opens maximised. Used on the EDT.
 */
final class Session {
    private final SettingsFile file;
    private final ErrorLog log;
    private final Properties stored;

    Session(SettingsFile file, ErrorLog log) {
        this.file = file;
        this.log = log;
        Properties p = new Properties();
        try {
            p = file.read();
        } catch (IOException e) {
            log.error(Command.WORKBENCH, "the last session could not be read; the workbench starts afresh", e);
        }
        stored = p;
    }

    /** Places the window as it was left, if that is still on a screen; maximised on a first start. */
    void placeWindow(Frame window) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle bounds = bounds(stored.getProperty("window"));
        if (bounds != null && screen.intersects(bounds) && bounds.width >= 400 && bounds.height >= 300) {
            window.setBounds(bounds);
            if (Boolean.parseBoolean(stored.getProperty("window.maximised"))) window.setExtendedState(Frame.MAXIMIZED_BOTH);
        } else if (stored.getProperty("window") == null) {
            // a first start: all of the screen (set as bounds too: without a window manager the state does nothing)
            window.setBounds(screen);
            window.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    /** The dossiers whose editors were open, in tab order. */
    List<String> editors() {
        List<String> ids = new ArrayList<>();
        for (String id : stored.getProperty("editors", "").split(",")) if (!id.isBlank()) ids.add(id.strip());
        return ids;
    }

    /** The dossier whose editor was in front, or null. */
    String activeEditor() {
        String a = stored.getProperty("editors.active", "");
        return a.isBlank() ? null : a;
    }

    /** The page that was in front in each editor, by dossier id. */
    java.util.Map<String, String> pages() {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String id : editors()) {
            String page = stored.getProperty("editors.page." + id, "");
            if (!page.isBlank()) pages.put(id, page.strip());
        }
        return pages;
    }

    /** The dossiers opened last, most recent first (File › Open Recent). */
    List<String> recent() {
        List<String> ids = new ArrayList<>();
        for (String id : stored.getProperty("recent", "").split(",")) if (!id.isBlank()) ids.add(id.strip());
        return ids;
    }

    /** Remembers the window, the open editors and the recent dossiers, written off the EDT. */
    void remember(Frame window, List<String> editors, String active, java.util.Map<String, String> pages,
                  List<String> recent, Jobs jobs) {
        boolean maximised = (window.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle b = window.getBounds();
        Properties p = new Properties();
        p.setProperty("window", b.x + "," + b.y + "," + b.width + "," + b.height);
        p.setProperty("window.maximised", Boolean.toString(maximised));
        p.setProperty("editors", String.join(",", editors));
        p.setProperty("editors.active", active == null ? "" : active);
        pages.forEach((id, page) -> p.setProperty("editors.page." + id, page));
        p.setProperty("recent", String.join(",", recent));
        jobs.schedule("Remembering the session", m -> {
            try {
                file.write(p);
            } catch (IOException e) {
                log.error(Command.WORKBENCH, "the session could not be saved to " + file.path(), e);
            }
        }, null);
    }

    private static Rectangle bounds(String v) {
        if (v == null) return null;
        String[] parts = v.split(",");
        if (parts.length != 4) return null;
        try {
            return new Rectangle(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), Integer.parseInt(parts[3].strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
