package hta.workbench.shell.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What the user selected last (in the navigator, an editor, a view); listeners are called on the EDT. */
public final class Selection {
    /**
     * A selected place: a dossier, optionally one of its jurisdictions, optionally a document (a memo template
     * id or a section) there. Any part may be null.
     */
    public record Item(String dossierId, String label, String jurisdiction, String document) {
    }

    private Item current;
    private final List<Consumer<Item>> listeners = new CopyOnWriteArrayList<>();

    public Item current() {
        return current;
    }

    public void set(Item item) {
        if (Objects.equals(item, current)) return;
        current = item;
        listeners.forEach(l -> l.accept(item));
    }

    public void addListener(Consumer<Item> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<Item> l) {
        listeners.remove(l);
    }
}
