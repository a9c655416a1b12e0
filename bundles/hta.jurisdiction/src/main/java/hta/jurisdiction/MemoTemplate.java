package hta.jurisdiction;

import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.ProjectedView;
import hta.jurisdiction.memo.MemoDocument;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A memo a jurisdiction produces (e.g. the Norwegian prisnotat). A template only ever receives a read-only,
 * need-to-know {@link ProjectedView}: its own jurisdiction's values, the public projection of everything else,
 * and for a public memo nothing confidential at all. Nothing it does to what it receives reaches the dossier.
 *
 * <p>Implement the three methods taking a {@link ProjectedView} (since 1.4). The methods taking a
 * {@link ProjectedDossier} are what templates built for contract 1.3 and older implement; the core calls only
 * the new ones, whose defaults hand such a template a {@link ProjectedDossier#copyOf new deep copy} each call,
 * so an older plugin keeps working and still cannot change anything but its copy.
 */
@ConsumerType
public interface MemoTemplate {
    /** Stable id, e.g. {@code prisnotat}. */
    String id();

    /** Title in the country's language, e.g. {@code Prisnotat}. */
    String title();

    /**
     * What must be in the dossier before this memo can be exported; empty when nothing is missing.
     *
     * @since 1.4
     */
    default List<String> missingFields(ProjectedView dossier, MemoContext context) {
        return missingFields(ProjectedDossier.copyOf(dossier), context);
    }

    /**
     * Lays out the memo as a format-neutral document.
     *
     * @since 1.4
     */
    default MemoDocument render(ProjectedView dossier, MemoContext context) {
        return render(ProjectedDossier.copyOf(dossier), context);
    }

    /**
     * File name without figures, e.g. {@code ID2022_075_Hemgenix_prisnotat_offentlig.pdf}.
     *
     * @since 1.4
     */
    default String fileName(ProjectedView dossier) {
        return fileName(ProjectedDossier.copyOf(dossier));
    }

    /**
     * What templates built for contract 1.3 and older implement; never called by the core.
     *
     * @deprecated since 1.4: implement {@link #missingFields(ProjectedView, MemoContext)}
     */
    @Deprecated
    default List<String> missingFields(ProjectedDossier dossier, MemoContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " implements no missingFields method");
    }

    /**
     * What templates built for contract 1.3 and older implement; never called by the core.
     *
     * @deprecated since 1.4: implement {@link #render(ProjectedView, MemoContext)}
     */
    @Deprecated
    default MemoDocument render(ProjectedDossier dossier, MemoContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " implements no render method");
    }

    /**
     * What templates built for contract 1.3 and older implement; never called by the core.
     *
     * @deprecated since 1.4: implement {@link #fileName(ProjectedView)}
     */
    @Deprecated
    default String fileName(ProjectedDossier dossier) {
        throw new UnsupportedOperationException(getClass().getName() + " implements no fileName method");
    }
}
