package hta.plugins;

import java.nio.file.Path;

/**
 * One jurisdiction plugin offered by the plugin repository that ships with the product (a p2 repository, read
 * from its {@code content.xml}): the newest version of each code, with what installing it would mean here.
 *
 * @param code             the jurisdiction code it declares
 * @param name             its name
 * @param version          its version in the repository
 * @param description      its description (Bundle-Description), or {@code null}
 * @param vendor           its provider, or {@code null}
 * @param contractVersion  the jurisdiction contract version it implements
 * @param jar              the artifact in the repository; install and update take it through the usual checks
 * @param installedVersion the version installed now, or {@code null} when none is
 * @param offer            what an administrator can do with it
 * @param note             a sentence explaining the offer (why it is incompatible, which version it replaces)
 */
public record CatalogueEntry(String code, String name, String version, String description, String vendor,
                             String contractVersion, Path jar, String installedVersion, Offer offer, String note) {

    public enum Offer {
        /** Not installed here: it can be installed. */
        INSTALL,
        /** An older version is installed: it can be updated to this one. */
        UPDATE,
        /** This version (or a newer one) is installed already. */
        INSTALLED,
        /** It does not fit this workbench's jurisdiction contract, or its artifact is missing. */
        UNAVAILABLE
    }
}
