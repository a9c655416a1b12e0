package hta.workbench.export.internal;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.RefusalPlace;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which memos of a dossier an export would refuse, and why, known before the writer starts it: every memo of every
 * jurisdiction the dossier is submitted to, in both variants, is made by the same exporter the export uses (nothing
 * is written) and its refusal kept in words — what is wrong and on which page of the editor it is put right, not the
 * field's path. Swing-free; {@link #run} runs off the EDT.
 */
final class ExportCheck {
    /** A field path as a template or the exporter names it: {@code prices[smc]}, {@code $.submissions[0].status}. */
    private static final Pattern PATH_FIRST = Pattern.compile("^(\\$?[\\w.]+(?:\\[[^\\]]*\\][\\w.]*)*)(?: \\([^)]*\\))?: (.+)$",
            Pattern.DOTALL);
    private static final Pattern SUBMISSION = Pattern.compile("^\\$?\\.?submissions\\[([a-z]+)\\].*");

    /** One memo in one variant. */
    record Memo(String jurisdiction, String template, Variant variant) {
    }

    /**
     * What the check found: for each memo checked, null when it can be exported, else why not in words.
     *
     * @param names the memo's words for the writer ("Scotland (SMC) · SMC summary, public"), by memo
     */
    record Verdicts(Map<Memo, String> refusals, Map<Memo, String> names) {
        /** The memos of {@code jurisdiction} (null: all) and {@code template} (null: all) in {@code variants}. */
        List<Memo> chosen(String jurisdiction, String template, java.util.Set<Variant> variants) {
            return names.keySet().stream().filter(m -> (jurisdiction == null || m.jurisdiction().equals(jurisdiction))
                    && (template == null || m.template().equals(template)) && variants.contains(m.variant())).toList();
        }

        /** Whether every variant asked for of a template would be refused. */
        boolean refused(String jurisdiction, String template, java.util.Set<Variant> variants) {
            List<Memo> memos = chosen(jurisdiction, template, variants);
            return !memos.isEmpty() && memos.stream().allMatch(m -> refusals.get(m) != null);
        }
    }

    private ExportCheck() {
    }

    /**
     * Makes every memo of {@code d} (a copy; unsaved edits included) and keeps the refusals; stops early, with the
     * memos checked so far, when {@code stop} says so (the wizard was closed).
     */
    static Verdicts run(MemoExporter exporter, Dossier d, List<Jurisdiction> jurisdictions,
                        Function<String, String> withheld, java.util.function.BooleanSupplier stop) {
        List<Memo> memos = new ArrayList<>();
        Map<Memo, String> names = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions) {
            if (d.submission(j.code()).isEmpty()) continue;
            for (MemoTemplate t : j.memoTemplates()) {
                for (Variant v : List.of(Variant.PUBLIC, Variant.CONFIDENTIAL)) {
                    Memo m = new Memo(j.code(), t.id(), v);
                    memos.add(m);
                    names.put(m, name(m, jurisdictions));
                }
            }
        }
        Function<String, String> country = countries(jurisdictions);
        Map<Memo, String> refusals = new LinkedHashMap<>();
        for (Memo m : memos) {
            if (stop.getAsBoolean()) break;
            String why = m.variant() == Variant.CONFIDENTIAL ? withheld.apply(m.jurisdiction()) : null;
            if (why == null) {
                try {
                    exporter.export(d, m.jurisdiction(), m.template(), m.variant());
                } catch (ExportRefusedException e) {
                    why = inWords(e, d, country);
                } catch (RuntimeException e) {
                    // the class only: a plugin's message may quote a confidential figure
                    why = "the memo could not be made (" + e.getClass().getSimpleName() + ")";
                }
            }
            refusals.put(m, why);
        }
        return new Verdicts(refusals, names);
    }

    /** A memo as the writer reads it: "Scotland (SMC) · SMC summary, public". */
    static String name(Memo m, List<Jurisdiction> jurisdictions) {
        String title = m.template();
        String country = m.jurisdiction();
        for (Jurisdiction j : jurisdictions) {
            if (!j.code().equals(m.jurisdiction())) continue;
            country = j.displayName();
            title = j.memoTemplate(m.template()).map(MemoTemplate::title).orElse(m.template());
        }
        return country + " · " + title + ", " + m.variant().name().toLowerCase(Locale.ROOT);
    }

    /** The name of a jurisdiction by its code (the code itself when it is not installed). */
    static Function<String, String> countries(List<Jurisdiction> jurisdictions) {
        return code -> jurisdictions.stream().filter(j -> j.code().equals(code)).map(Jurisdiction::displayName)
                .findFirst().orElse(code);
    }

    /**
     * A refusal as a writer reads it: each reason without the field's path, with the page where it is put right
     * ("the list price is missing (Prices page)"); the refusal's one sentence when it names no field.
     */
    static String inWords(ExportRefusedException e, Dossier d, Function<String, String> country) {
        List<String> parts = new ArrayList<>();
        for (RefusalPlace p : e.details()) parts.add(inWords(p, d, country));
        return parts.isEmpty() ? e.reason() : String.join("; ", parts);
    }

    static String inWords(RefusalPlace p, Dossier d, Function<String, String> country) {
        String text = p.text();
        String path = p.field();
        Matcher m = PATH_FIRST.matcher(text);
        if (m.matches() && (path == null || path.equals(m.group(1)) || text.startsWith(path))) {
            path = m.group(1);
            text = m.group(2);
        }
        String page = p.page() != null ? pageName(p.page(), country) : path == null ? null : pageOf(path, d, country);
        return text + (page == null ? "" : " (" + page + ")");
    }

    /** The editor page showing a field named by its path, e.g. {@code prices[smc]} → "Prices page". */
    private static String pageOf(String path, Dossier d, Function<String, String> country) {
        Matcher s = SUBMISSION.matcher(path);
        if (s.matches()) return country.apply(s.group(1)) + " page";
        String page = EditorPages.of(d, path.startsWith("$") ? path : "$." + path);
        return page == null ? null : pageName(page, country);
    }

    private static String pageName(String pageId, Function<String, String> country) {
        String prefix = "hta.jurisdiction.";
        if (pageId.startsWith(prefix) && pageId.endsWith(".page")) {
            return country.apply(pageId.substring(prefix.length(), pageId.length() - ".page".length())) + " page";
        }
        return EditorPages.title(pageId) + " page";
    }
}
