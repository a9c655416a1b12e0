package hta.workbench.views.internal;

import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.workbench.api.EditorPlace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memos of a dossier that cannot be exported yet because required fields are missing, asked of each memo
 * template as the export asks it ({@link MemoTemplate#missingFields}), so that the writer learns it in Problems
 * before an export is refused. Pure; runs off the EDT with the scan.
 */
final class MemoReadiness {
    /** A template's field path: {@code prices[smc]}, {@code submissions[no].milestones[kind]}, {@code product.x}. */
    private static final Pattern FIELD = Pattern.compile("^([a-zA-Z]+)(?:\\[([^\\]]+)\\])?(?:\\.([a-zA-Z]+)(?:\\[([^\\]]+)\\])?)?.*");

    private MemoReadiness() {
    }

    /** Adds a warning for every required field a memo template of {@code j} misses in {@code d}. */
    static void check(List<Problem> out, Dossier d, String name, Jurisdiction j, List<Jurisdiction> active) {
        MemoContext context = new MemoContext(new Active(active));
        for (MemoTemplate t : j.memoTemplates()) {
            List<String> missing;
            try {
                // the confidential memo's view: what is missing from the dossier itself, not what a public memo hides
                missing = t.missingFields(ProjectedView.of(d, j.code(), j.confidentiality(), Variant.CONFIDENTIAL), context);
            } catch (RuntimeException | LinkageError e) {
                // the plugin's own check failed; the export says why when it is tried (its message may quote a value)
                out.add(new Problem(Problem.Severity.INFO, "Whether the " + t.title() + " can be exported could not be"
                        + " checked (" + e.getClass().getSimpleName() + ")", d.id, name, j.code(), "memo " + t.title(),
                        null, "Export it to see what is missing"));
                continue;
            }
            for (String m : missing) {
                int colon = m.indexOf(": ");
                String field = colon > 0 ? m.substring(0, colon) : "";
                String what = colon > 0 ? m.substring(colon + 2) : m;
                EditorPlace place = place(field, j.code());
                out.add(new Problem(Problem.Severity.WARNING, "The " + t.title() + " cannot be exported: " + what,
                        // the location in words: the field's path holds codes (a milestone kind) a writer does not read
                        d.id, name, j.code(), "memo " + t.title(), place,
                        "Fill it in on the " + page(place, j) + " page (double-click opens it); the memo can be exported then"));
            }
        }
    }

    /** Where a field is filled in: prices on Prices, the product and indications on Product, a submission on its page. */
    static EditorPlace place(String field, String code) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) return EditorPlace.jurisdiction(code, null);
        return switch (m.group(1)) {
            case "prices" -> EditorPlace.page(EditorPlace.PRICES);
            case "product", "indications" -> EditorPlace.page(EditorPlace.PRODUCT);
            case "evidence" -> EditorPlace.page(EditorPlace.EVIDENCE);
            case "economics" -> EditorPlace.page(EditorPlace.ECONOMICS);
            case "budgetImpacts" -> EditorPlace.page(EditorPlace.BUDGET);
            case "submissions" -> {
                String at = m.group(2) != null ? m.group(2) : code;
                // a milestone names its kind, which the page selects; a case reference or status, the field
                String item = "milestones".equals(m.group(3)) ? m.group(4)
                        : "caseReference".equals(m.group(3)) ? ProblemScan.CASE_REFERENCE
                        : "status".equals(m.group(3)) ? ProblemScan.STATUS : null;
                yield EditorPlace.jurisdiction(at, item);
            }
            default -> EditorPlace.jurisdiction(code, null);
        };
    }

    private static String page(EditorPlace place, Jurisdiction j) {
        if (place.page() == null) return j.displayName();
        return switch (place.page()) {
            case EditorPlace.PRICES -> "Prices";
            case EditorPlace.PRODUCT -> "Product";
            case EditorPlace.EVIDENCE -> "Evidence";
            case EditorPlace.ECONOMICS -> "Economics";
            default -> "Budget Impact";
        };
    }

    /** The jurisdictions active when the scan was made, as a template's context asks for them (foreign decisions). */
    private record Active(List<Jurisdiction> all) implements JurisdictionRegistry {
        @Override
        public List<Jurisdiction> jurisdictions() {
            return all.stream().sorted(java.util.Comparator.comparing(Jurisdiction::code)).toList();
        }

        @Override
        public Optional<Jurisdiction> find(String code) {
            return all.stream().filter(j -> j.code().equals(code)).findFirst();
        }
    }
}
