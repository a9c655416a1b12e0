package hta.workbench.editor.internal.ops;

import hta.dossier.Dossier;
import hta.workbench.api.DossierEdit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An edit that sets one value of a dossier, remembering the value it replaced. The value is found again
 * through {@code setter} on every apply, so it survives a reload of the same object graph. Swing-free.
 */
public final class FieldEdit<T> implements DossierEdit {
    private final String label;
    private final BiConsumer<Dossier, T> setter;
    private final T oldValue;
    private final T newValue;

    private FieldEdit(String label, BiConsumer<Dossier, T> setter, T oldValue, T newValue) {
        this.label = label;
        this.setter = setter;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /** An edit from the value {@code getter} reads now to {@code newValue}. */
    public static <T> FieldEdit<T> of(String label, Dossier current, Function<Dossier, T> getter,
                                      BiConsumer<Dossier, T> setter, T newValue) {
        return new FieldEdit<>(label, setter, getter.apply(current), newValue);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Dossier dossier) {
        setter.accept(dossier, newValue);
    }

    @Override
    public void revert(Dossier dossier) {
        setter.accept(dossier, oldValue);
    }

    public T newValue() {
        return newValue;
    }
}
