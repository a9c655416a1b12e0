package hta.workbench.shell.internal;

import hta.workbench.api.DossierSelection;
import hta.workbench.api.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the user selected last (in the navigator, an editor, a view); used and heard on the EDT. */
public final class Selection {
    private DossierSelection current;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Optional<DossierSelection> current() {
        return Optional.ofNullable(current);
    }

    public void set(DossierSelection item) {
        if (Objects.equals(item, current)) return;
        current = item;
        listeners.forEach(Runnable::run);
    }

    public Subscription listen(Runnable l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }
}
