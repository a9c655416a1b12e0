package hta.workbench.editor.internal.ops;

import hta.dossier.Dossier;
import hta.workbench.api.DossierEdit;
import java.util.List;
import java.util.function.Function;

/**
 * An edit that inserts one element into a list of a dossier or removes one, by position. The list is found again
 * through {@code list} on every apply and revert, so it survives a reload of the same object graph; the history
 * undoes in order, so the position is the one the edit left. Swing-free.
 */
public final class ListEdit<T> implements DossierEdit {
    private final String label;
    private final Function<Dossier, List<T>> list;
    private final int index;
    private final T element;
    private final boolean insert;

    private ListEdit(String label, Function<Dossier, List<T>> list, int index, T element, boolean insert) {
        this.label = label;
        this.list = list;
        this.index = index;
        this.element = element;
        this.insert = insert;
    }

    /** Inserts {@code element} at {@code index} (the list's size appends it). */
    public static <T> ListEdit<T> insert(String label, Function<Dossier, List<T>> list, int index, T element) {
        return new ListEdit<>(label, list, index, element, true);
    }

    /** Removes the element now at {@code index} of the list in {@code current}. */
    public static <T> ListEdit<T> remove(String label, Dossier current, Function<Dossier, List<T>> list, int index) {
        return new ListEdit<>(label, list, index, list.apply(current).get(index), false);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Dossier dossier) {
        if (insert) list.apply(dossier).add(index, element);
        else list.apply(dossier).remove(index);
    }

    @Override
    public void revert(Dossier dossier) {
        if (insert) list.apply(dossier).remove(index);
        else list.apply(dossier).add(index, element);
    }
}
