package hta.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: the app's exporter, registry and confidentiality engine, called through {@link Reflect} on a
 * running {@link AppRuntime}. Nothing here re-implements what the bundles do; it only reaches them.
 */
final class Memos {
    final AppRuntime app;
    final Object exporter;
    final Object registry;
    final Object repository;
    final Class<?> variant;
    final Class<?> pdfAudit;
    final Class<?> confidentialValues;
    final Class<?> leakScanner;
    final Class<?> secretValue;
    final Class<?> secretKind;

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
        exporter = app.service("hta.export.pdf.MemoExporter", null);
        registry = app.service("hta.jurisdiction.JurisdictionRegistry", null);
        Object workspaces = app.service("hta.dossier.repository.Workspaces", null);
        repository = Reflect.call(workspaces, "defaultWorkspace");
        variant = app.bundle("hta.confidentiality").loadClass("hta.confidentiality.Variant");
        pdfAudit = app.bundle("hta.export.pdf").loadClass("hta.export.pdf.PdfAudit");
        confidentialValues = app.bundle("hta.confidentiality").loadClass("hta.confidentiality.ConfidentialValues");
        leakScanner = app.bundle("hta.confidentiality").loadClass("hta.confidentiality.LeakScanner");
        secretValue = app.bundle("hta.confidentiality").loadClass("hta.confidentiality.SecretValue");
        secretKind = app.bundle("hta.confidentiality").loadClass("hta.confidentiality.SecretValue$Kind");
    }

    List<String> dossierIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Object summary : (List<?>) Reflect.call(repository, "list")) ids.add((String) Reflect.call(summary, "id"));
        return ids;
    }

    Object load(String id) throws Exception {
        return Reflect.call(repository, "load", id);
    }

    Object jurisdiction(String code) throws Exception {
        return ((java.util.Optional<?>) Reflect.call(registry, "find", code)).orElseThrow();
    }

    /** Codes of the installed jurisdictions the dossier has a submission to. */
    List<String> jurisdictionsOf(Object dossier) throws Exception {
        List<String> codes = new ArrayList<>();
        for (Object s : (List<?>) Reflect.get(dossier, "submissions")) {
            String code = (String) Reflect.get(s, "jurisdiction");
            if (code != null && !codes.contains(code)
                    && ((java.util.Optional<?>) Reflect.call(registry, "find", code)).isPresent()) {
                codes.add(code);
            }
        }
        return codes;
    }

    List<String> templates(String code) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Object t : (List<?>) Reflect.call(jurisdiction(code), "memoTemplates")) ids.add((String) Reflect.call(t, "id"));
        return ids;
    }

    Memo export(String dossierId, Object dossier, String code, String template, String variantName) throws Exception {
        Object result = Reflect.call(exporter, "export", dossier, code, template, Reflect.constant(variant, variantName));
        return new Memo(dossierId, code, template, variantName, (String) Reflect.call(result, "fileName"),
                (byte[]) Reflect.call(result, "pdf"));
    }

    /**
     * Every template of every installed jurisdiction of every demo dossier, both variants, through the real
     * exporter; a memo the demo dossier does not fill is refused for missing fields only, and listed in
     * {@code refused}.
     */
    List<Memo> exportAll(List<String> refused) throws Exception {
        List<Memo> exported = new ArrayList<>();
        for (String id : dossierIds()) {
            Object dossier = load(id);
            for (String code : jurisdictionsOf(dossier)) {
                for (String template : templates(code)) {
                    for (String variantName : List.of("PUBLIC", "CONFIDENTIAL")) {
                        try {
                            exported.add(export(id, dossier, code, template, variantName));
                        } catch (Exception e) {
                            if (!e.getClass().getSimpleName().equals("ExportRefusedException")
                                    || !e.getMessage().contains("required fields are missing")) {
                                throw e;
                            }
                            refused.add(id + "/" + code + "/" + template + "/" + variantName + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        return exported;
    }

    /** The jurisdiction's leak index for the dossier: every confidential and derived value, public ones spared. */
    Object leakIndex(Object dossier, String code) throws Exception {
        Object policy = Reflect.call(jurisdiction(code), "confidentiality");
        List<?> secrets = secrets(dossier, code);
        List<?> publicValues = (List<?>) Reflect.call(confidentialValues, "publicValues", dossier, policy);
        return Reflect.call(leakScanner, "index", secrets, publicValues);
    }

    List<?> secrets(Object dossier, String code) throws Exception {
        Object policy = Reflect.call(jurisdiction(code), "confidentiality");
        return (List<?>) Reflect.call(confidentialValues, "of", dossier, policy);
    }

    /** An index whose "secrets" are the dossier's public values: counts where public figures are printed. */
    Object publicFigureIndex(Object dossier, String code) throws Exception {
        Object policy = Reflect.call(jurisdiction(code), "confidentiality");
        List<Object> values = new ArrayList<>();
        int i = 0;
        for (Object v : (List<?>) Reflect.call(confidentialValues, "publicValues", dossier, policy)) {
            BigDecimal d = (BigDecimal) v;
            if (d.abs().compareTo(BigDecimal.valueOf(1000)) < 0) continue; // small numbers are everywhere
            values.add(secretValue.getConstructor(String.class, BigDecimal.class, secretKind)
                    .newInstance("public-" + i++, d, Reflect.constant(secretKind, "AMOUNT")));
        }
        return Reflect.call(leakScanner, "index", values, List.of());
    }

    /** The PDF read back and scanned: every finding's text. */
    List<String> scan(byte[] pdf, Object index) throws Exception {
        List<String> result = new ArrayList<>();
        for (Object f : (List<?>) Reflect.call(pdfAudit, "scan", pdf, index)) result.add(f.toString());
        return result;
    }

    List<String> findingIds(byte[] pdf, Object index) throws Exception {
        List<String> result = new ArrayList<>();
        for (Object f : (List<?>) Reflect.call(pdfAudit, "scan", pdf, index)) result.add((String) Reflect.call(f, "valueId"));
        return result;
    }

    @SuppressWarnings("unchecked")
    List<String> hygiene(byte[] pdf) throws Exception {
        return (List<String>) Reflect.call(pdfAudit, "hygiene", pdf);
    }

    String pageLabel(String code, int page, int count) throws Exception {
        return (String) Reflect.call(Reflect.call(jurisdiction(code), "formats"), "pageNumber", page, count);
    }
}
