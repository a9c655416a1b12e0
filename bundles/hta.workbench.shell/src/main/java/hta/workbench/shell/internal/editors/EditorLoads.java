package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPart;
import hta.workbench.api.EditorPlace;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Dossiers loaded into editors off the EDT: opening one (or bringing its editor to the front and showing a place in
 * it) and reloading one from the workspace into a new editor at the same tab. When the workspace cannot be reached
 * the status bar says so in one line and nothing opens or is replaced. Used on the EDT.
 */
final class EditorLoads {
    private final EditorManager.Host host;
    private final EditorStack stack;
    /** Makes the editor of a loaded dossier and shows it; null when it could not be made. */
    private final Function<Dossier, OpenEditor> add;
    /** Replaces an editor by one of the dossier as loaded. */
    private final BiFunction<OpenEditor, Dossier, OpenEditor> replace;

    EditorLoads(EditorManager.Host host, EditorStack stack, Function<Dossier, OpenEditor> add,
                BiFunction<OpenEditor, Dossier, OpenEditor> replace) {
        this.host = host;
        this.stack = stack;
        this.add = add;
        this.replace = replace;
    }

    /** Shows the dossier's editor at {@code place} (may be null), loading the dossier first when it is not open. */
    void open(String dossierId, EditorPlace place) {
        Optional<OpenEditor> existing = stack.find(dossierId);
        if (existing.isPresent()) {
            stack.show(existing.get());
            if (place != null) {
                EditorPart part = existing.get().part;
                host.guard().run(dossierId, "showing " + place + " in the editor of " + dossierId, () -> part.reveal(place));
            }
            return;
        }
        if (host.editorContribution().isEmpty()) {
            host.site().status("No dossier editor is installed: " + dossierId + " cannot be opened");
            return;
        }
        Dossier[] loaded = new Dossier[1];
        host.jobs().schedule("Opening dossier " + dossierId, m -> loaded[0] = loadOrSay(dossierId),
                () -> {
                    if (loaded[0] == null) return;
                    if (stack.find(dossierId).isEmpty() && add.apply(loaded[0]) == null) return;
                    open(dossierId, place);
                });
    }

    /** Reads the dossier of an open editor again and shows it in a new editor at the same tab. */
    void reload(String dossierId) {
        stack.find(dossierId).ifPresent(e -> {
            Dossier[] loaded = new Dossier[1];
            host.jobs().schedule("Reloading " + e.id(), m -> loaded[0] = loadOrSay(e.id()),
                    () -> {
                        if (loaded[0] != null && stack.find(e.id()).orElse(null) == e) replace.apply(e, loaded[0]);
                    });
        });
    }

    /**
     * Loads a dossier off the EDT; when the workspace cannot be reached, says so in one line in the status bar and
     * returns null (nothing is open or replaced).
     */
    private Dossier loadOrSay(String id) throws Exception {
        try {
            return host.repository().load(id);
        } catch (java.io.UncheckedIOException unavailable) {
            host.site().status(unavailable.getMessage());
            return null;
        }
    }
}
