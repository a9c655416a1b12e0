package hta.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the dossier editor a bundle adds (registered as a service), usually one per jurisdiction. When the
 * bundle goes, its pages close; the dossier's data stays.
 */
@ConsumerType
public interface EditorPageContribution {
    /** Stable id, e.g. {@code hta.jurisdiction.no.page}. */
    String id();

    /** The page tab title, e.g. {@code Norway}. */
    String title();

    /** The jurisdiction code the page is about: shown only for dossiers with a submission there; null for all. */
    String jurisdiction();

    /**
     * Where the page goes among the pages for every dossier (those whose {@link #jurisdiction()} is null), lowest
     * first; the dossier editor's own pages use 100 to 600. Pages of a jurisdiction follow in the order of the
     * dossier's submissions, so that a page keeps its place when its bundle is disabled and enabled again.
     *
     * @since 0.4
     */
    default int rank() {
        return 1000;
    }

    /** Creates the page; called on the event dispatch thread. */
    EditorPage createPage(EditorPageSite site);
}
