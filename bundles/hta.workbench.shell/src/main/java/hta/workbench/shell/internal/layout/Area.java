package hta.workbench.shell.internal.layout;

import java.util.Locale;

/** The docking areas of the workbench window: three view areas around the editor area. */
public enum Area {
    LEFT, RIGHT, BOTTOM, EDITOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area named {@code key} (as in {@code ViewContribution.defaultArea()}); BOTTOM when unknown. */
    public static Area of(String key) {
        for (Area a : values()) {
            if (a != EDITOR && a.key().equals(key)) return a;
        }
        return BOTTOM;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
