package hta.workbench.shell.internal.commands;

import hta.workbench.shell.internal.jobs.Guard;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.KeyStroke;

/**
 * One command: id, label, category, key binding (may be null), enablement and handler, the bundle it came from,
 * and what it would act on now (may be null: Undo says which edit, "Undo Change Norway maximum pharmacy price", as in Eclipse).
 * Immutable. Enablement, detail and handler are called on the event dispatch thread.
 */
public record Command(String id, String label, String category, KeyStroke binding, String source,
                      BooleanSupplier enablement, Guard.ThrowingRunnable handler,
                      Supplier<Optional<String>> detail) {

    public static final String WORKBENCH = "workbench";

    /** A command whose label does not change. */
    public Command(String id, String label, String category, KeyStroke binding, String source,
                   BooleanSupplier enablement, Guard.ThrowingRunnable handler) {
        this(id, label, category, binding, source, enablement, handler, null);
    }

    /** This command, its label followed by what {@code detail} says it would act on now (when it says something). */
    public Command withDetail(Supplier<Optional<String>> detail) {
        return new Command(id, label, category, binding, source, enablement, handler, detail);
    }

    /** The label as menus and tooltips show it now: "Undo Change Norway maximum pharmacy price", or the label alone. */
    public String currentLabel() {
        if (detail == null) return label;
        try {
            return detail.get().filter(d -> !d.isBlank()).map(d -> label + " " + d).orElse(label);
        } catch (RuntimeException e) {
            return label;
        }
    }

    public static Command of(String id, String label, String category, String binding, BooleanSupplier enabled,
                             Guard.ThrowingRunnable handler) {
        return new Command(id, label, category, keyStroke(binding), WORKBENCH, enabled, handler);
    }

    /** Parses a binding in {@link KeyStroke#getKeyStroke(String)} form; null for none. */
    public static KeyStroke keyStroke(String binding) {
        if (binding == null || binding.isBlank()) return null;
        KeyStroke ks = KeyStroke.getKeyStroke(binding.trim());
        if (ks == null) throw new IllegalArgumentException("'" + binding + "' is not a key binding (e.g. 'ctrl shift N')");
        return ks;
    }

    public boolean isEnabled() {
        try {
            return enablement == null || enablement.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The binding as the user reads it, e.g. {@code Ctrl+Shift+N}; empty for none. */
    public String bindingText() {
        return describe(binding);
    }

    public static String describe(KeyStroke ks) {
        if (ks == null) return "";
        String mods = java.awt.event.InputEvent.getModifiersExText(ks.getModifiers());
        String key = java.awt.event.KeyEvent.getKeyText(ks.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }
}
