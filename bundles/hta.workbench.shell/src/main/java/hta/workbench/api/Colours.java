package hta.workbench.api;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * The colours the workbench means something by, in the theme shown (light or dark): a contribution paints a
 * confidential value, a refusal or a good or bad outcome with these, so that it reads the same as the workbench's
 * own pages and stays readable in both themes (each pair has at least the contrast WCAG asks of body text, 4.5:1).
 * The workbench sets them as UI defaults ({@link UIManager}) under the keys below when it installs or switches its
 * theme; call on the event dispatch thread, when painting, so that a switch of theme is followed.
 *
 * @since 0.4
 */
public final class Colours {
    /** Background and text of a confidential (or otherwise restricted) value, row or span of text. */
    public static final String CONFIDENTIAL_BACKGROUND = "hta.confidential.background";
    public static final String CONFIDENTIAL_FOREGROUND = "hta.confidential.foreground";
    /** Background and text of an outcome that gives access (e.g. a positive decision). */
    public static final String POSITIVE_BACKGROUND = "hta.positive.background";
    public static final String POSITIVE_FOREGROUND = "hta.positive.foreground";
    /** Background and text of an outcome that refuses access. */
    public static final String NEGATIVE_BACKGROUND = "hta.negative.background";
    public static final String NEGATIVE_FOREGROUND = "hta.negative.foreground";
    /**
     * Background and text of an outcome still open (a status on the way to a decision), or of a decision whose
     * outcome the jurisdiction's vocabulary does not name. @since 0.5
     */
    public static final String OPEN_BACKGROUND = "hta.open.background";
    public static final String OPEN_FOREGROUND = "hta.open.foreground";
    /** Text of a refusal or an error next to a field. */
    public static final String ERROR_FOREGROUND = "hta.error.foreground";
    /** Text of a warning. */
    public static final String WARNING_FOREGROUND = "hta.warning.foreground";

    private Colours() {
    }

    public static Color confidentialBackground() {
        return get(CONFIDENTIAL_BACKGROUND, new Color(255, 228, 225));
    }

    public static Color confidentialForeground() {
        return get(CONFIDENTIAL_FOREGROUND, new Color(140, 20, 20));
    }

    public static Color positiveBackground() {
        return get(POSITIVE_BACKGROUND, new Color(214, 240, 214));
    }

    public static Color positiveForeground() {
        return get(POSITIVE_FOREGROUND, new Color(20, 70, 20));
    }

    public static Color negativeBackground() {
        return get(NEGATIVE_BACKGROUND, new Color(250, 214, 214));
    }

    public static Color negativeForeground() {
        return get(NEGATIVE_FOREGROUND, new Color(120, 20, 20));
    }

    /** @since 0.5 */
    public static Color openBackground() {
        return get(OPEN_BACKGROUND, new Color(226, 232, 240));
    }

    /** @since 0.5 */
    public static Color openForeground() {
        return get(OPEN_FOREGROUND, new Color(30, 40, 60));
    }

    public static Color error() {
        return get(ERROR_FOREGROUND, new Color(190, 30, 30));
    }

    public static Color warning() {
        return get(WARNING_FOREGROUND, new Color(160, 90, 0));
    }

    /** The colour set under {@code key}, or {@code light} (the light theme's) when no workbench set one. */
    private static Color get(String key, Color light) {
        Color c = UIManager.getColor(key);
        return c != null ? c : light;
    }
}
