package hta.workbench.editor.internal.jurisdiction;

import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.EditorPageSite;

/**
 * The editor page of one installed jurisdiction, made from what its bundle's {@link Jurisdiction} service
 * declares (vocabularies, process, formats, case-reference check). It is contributed while that service is
 * registered and withdrawn when it goes, so installing or removing the jurisdiction's bundle adds or closes the
 * page live; the dossier's data of that jurisdiction stays. (Jurisdiction bundles import only the jurisdiction
 * contract, never the workbench, so their page is built here from their declarations.)
 */
public final class JurisdictionPageContribution implements EditorPageContribution {
    private final Jurisdiction jurisdiction;

    public JurisdictionPageContribution(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public Jurisdiction service() {
        return jurisdiction;
    }

    @Override
    public String id() {
        return "hta.jurisdiction." + jurisdiction.code() + ".page";
    }

    @Override
    public String title() {
        return jurisdiction.displayName();
    }

    @Override
    public String jurisdiction() {
        return jurisdiction.code();
    }

    @Override
    public EditorPage createPage(EditorPageSite site) {
        return new JurisdictionPage(jurisdiction, site);
    }
}
