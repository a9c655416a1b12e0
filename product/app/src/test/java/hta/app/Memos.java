package hta.app;

import hta.confidentiality.ConfidentialValues;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.dossier.repository.DossierRepository;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.Workspaces;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.PdfAudit;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: the app's exporter, registry and confidentiality engine on a running {@link AppRuntime}, called
 * through their API types. Nothing here re-implements what the bundles do; it only reaches them.
 */
final class Memos {
    final AppRuntime app;
    final MemoExporter exporter;
    final JurisdictionRegistry registry;
    final DossierRepository repository;

    /** One exported memo. */
    record Memo(String dossier, String jurisdiction, String template, String variant, String fileName, byte[] pdf) {
        String name() {
            return dossier + "/" + jurisdiction + "/" + template + "/" + variant;
        }

        boolean isPublic() {
            return variant.equals("PUBLIC");
        }
    }

    Memos(AppRuntime app) throws Exception {
        this.app = app;
        exporter = app.service(MemoExporter.class);
        registry = app.service(JurisdictionRegistry.class);
        repository = app.service(Workspaces.class).defaultWorkspace();
    }

    List<String> dossierIds() throws Exception {
        return repository.list().stream().map(DossierSummary::id).toList();
    }

    Dossier load(String id) throws Exception {
        return repository.load(id);
    }

    Jurisdiction jurisdiction(String code) {
        return registry.find(code).orElseThrow();
    }

    /** Codes of the installed jurisdictions the dossier has a submission to. */
    List<String> jurisdictionsOf(Dossier dossier) {
        List<String> codes = new ArrayList<>();
        for (Submission s : dossier.submissions) {
            if (s.jurisdiction != null && !codes.contains(s.jurisdiction) && registry.find(s.jurisdiction).isPresent()) {
                codes.add(s.jurisdiction);
            }
        }
        return codes;
    }

    List<String> templates(String code) {
        return jurisdiction(code).memoTemplates().stream().map(MemoTemplate::id).toList();
    }

    Memo export(String dossierId, Dossier dossier, String code, String template, String variantName) throws Exception {
        ExportResult result = exporter.export(dossier, code, template, Variant.valueOf(variantName));
        return new Memo(dossierId, code, template, variantName, result.fileName(), result.pdf());
    }

    /**
     * Every template of every installed jurisdiction of every demo dossier, both variants, through the real
     * exporter; a memo the demo dossier does not fill is refused for missing fields only, and listed in
     * {@code refused}.
     */
    List<Memo> exportAll(List<String> refused) throws Exception {
        List<Memo> exported = new ArrayList<>();
        for (String id : dossierIds()) {
            Dossier dossier = load(id);
            for (String code : jurisdictionsOf(dossier)) {
                for (String template : templates(code)) {
                    for (String variantName : List.of("PUBLIC", "CONFIDENTIAL")) {
                        try {
                            exported.add(export(id, dossier, code, template, variantName));
                        } catch (ExportRefusedException e) {
                            if (!e.getMessage().contains("required fields are missing")) throw e;
                            refused.add(id + "/" + code + "/" + template + "/" + variantName + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        return exported;
    }

    /**
     * The jurisdiction's leak index for the dossier, as the exporter builds it: every confidential and derived
     * value in every written form and the writer's arithmetic, in the jurisdiction's words; public ones spared.
     */
    LeakIndex leakIndex(Dossier dossier, String code) {
        return LeakScanner.index(ConfidentialValues.model(dossier, jurisdiction(code).confidentiality()));
    }

    List<SecretValue> secrets(Dossier dossier, String code) {
        return ConfidentialValues.of(dossier, jurisdiction(code).confidentiality());
    }

    /** An index whose "secrets" are the dossier's public values: counts where public figures are printed. */
    LeakIndex publicFigureIndex(Dossier dossier, String code) {
        List<SecretValue> values = new ArrayList<>();
        int i = 0;
        for (BigDecimal d : ConfidentialValues.publicValues(dossier, jurisdiction(code).confidentiality())) {
            if (d.abs().compareTo(BigDecimal.valueOf(1000)) < 0) continue; // small numbers are everywhere
            values.add(new SecretValue("public-" + i++, d, SecretValue.Kind.AMOUNT));
        }
        return LeakScanner.index(values, List.of());
    }

    /** The PDF read back and scanned: every finding's text. */
    List<String> scan(byte[] pdf, LeakIndex index) throws Exception {
        return PdfAudit.scan(pdf, index).stream().map(LeakFinding::toString).toList();
    }

    List<String> findingIds(byte[] pdf, LeakIndex index) throws Exception {
        return PdfAudit.scan(pdf, index).stream().map(LeakFinding::valueId).toList();
    }

    List<String> hygiene(byte[] pdf) throws Exception {
        return PdfAudit.hygiene(pdf);
    }

    String pageLabel(String code, int page, int count) {
        return jurisdiction(code).formats().pageNumber(page, count);
    }
}
