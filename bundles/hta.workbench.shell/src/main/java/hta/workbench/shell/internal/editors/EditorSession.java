package hta.workbench.shell.internal.editors;

import hta.dossier.Dossier;
import hta.workbench.api.EditorPlace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The editors of a session, kept for the next one: the page in front in each editor, and at the next start the same
 * editors reopened in their order with the same one in front and each at its page, once an editor contribution is
 * there to make them. Used on the EDT.
 */
final class EditorSession {
    private final EditorManager.Host host;
    private final EditorStack stack;
    /** Makes the editor of a loaded dossier and shows it; null when it could not be made. */
    private final Function<Dossier, OpenEditor> add;
    /** The last session's editors, waiting for an editor contribution; null when none wait. */
    private Runnable pendingReopen;

    EditorSession(EditorManager.Host host, EditorStack stack, Function<Dossier, OpenEditor> add) {
        this.host = host;
        this.stack = stack;
        this.add = add;
    }

    /** The page in front in each open editor that says one, by dossier id. */
    Map<String, String> shownPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (OpenEditor e : stack.all()) {
            host.guard().call(e.id(), "asking the editor of " + e.id() + " for its page", e.part::shownPage)
                    .ifPresent(p -> pages.put(e.id(), p));
        }
        return pages;
    }

    /**
     * Opens the editors of a previous session, in their order, with {@code active} in front; loaded in one
     * background job. A dossier that is gone or unreadable now is left out (said in the Error Log).
     */
    void reopen(List<String> dossierIds, String active, Map<String, String> pages) {
        if (dossierIds.isEmpty()) return;
        if (host.editorContribution().isEmpty()) {
            // the editor's bundle has not arrived yet: reopened when it does
            pendingReopen = () -> reopen(dossierIds, active, pages);
            return;
        }
        pendingReopen = null;
        List<Dossier> loaded = new ArrayList<>();
        host.jobs().schedule("Opening the editors of the last session", m -> {
            for (String id : dossierIds) {
                try {
                    loaded.add(host.repository().load(id));
                } catch (Exception e) {
                    host.guard().log().info("editor", "the editor of " + id + " was not reopened: " + e.getMessage());
                }
            }
        }, () -> {
            for (Dossier d : loaded) {
                if (stack.find(d.id).isEmpty()) add.apply(d);
                String page = pages.get(d.id);
                if (page != null) stack.find(d.id).ifPresent(e -> host.guard().run(e.id(), "showing page " + page
                        + " in the editor of " + e.id(), () -> e.part.reveal(EditorPlace.page(page))));
            }
            stack.find(active).ifPresent(stack::show);
        });
    }

    /** An editor contribution arrived: editors of the last session waiting for it open now. */
    void editorContributionArrived() {
        Runnable r = pendingReopen;
        if (r != null) r.run();
    }
}
