package hta.dossier;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which editor page shows a field of the dossier, so that a finding naming a field by its JSON path can also say
 * where a writer finds it. The ids are those of the workbench's dossier editor pages ({@code hta.editor.prices} …,
 * the workbench's {@code EditorPlace} constants), so a UI navigates with them directly; a submission's own fields
 * (case, decision, agreements, parties) are on its jurisdiction's page, {@code hta.jurisdiction.<code>.page}. For
 * messages, {@link #title} gives the page's name. Stateless.
 *
 * @since 0.3
 */
public final class EditorPages {
    public static final String PRODUCT = "hta.editor.product";
    public static final String EVIDENCE = "hta.editor.evidence";
    public static final String ECONOMICS = "hta.editor.economics";
    public static final String PRICES = "hta.editor.prices";
    public static final String BUDGET = "hta.editor.budget";
    public static final String NARRATIVES = "hta.editor.narratives";

    private static final Map<String, String> TITLES = Map.of(PRODUCT, "Product", EVIDENCE, "Evidence", ECONOMICS,
            "Economics", PRICES, "Prices", BUDGET, "Budget Impact", NARRATIVES, "Narratives");
    private static final Pattern SUBMISSION = Pattern.compile("^\\$\\.submissions\\[(\\d+)](.*)$");
    private static final Pattern JURISDICTION_PAGE = Pattern.compile("^hta\\.jurisdiction\\.(.+)\\.page$");

    private EditorPages() {
    }

    /** The page of a jurisdiction's own fields. */
    public static String jurisdiction(String code) {
        return "hta.jurisdiction." + code + ".page";
    }

    /**
     * The page showing the field at {@code jsonPath} (the form of docs/dossier-format.md, e.g.
     * {@code $.prices[2].amount}); {@code null} when no page shows it (e.g. the store's own fields).
     */
    public static String of(Dossier d, String jsonPath) {
        if (jsonPath == null) return null;
        Matcher m = SUBMISSION.matcher(jsonPath);
        if (m.matches()) {
            if (m.group(2).startsWith(".sections")) return NARRATIVES;
            int i = Integer.parseInt(m.group(1));
            String code = d != null && i < d.submissions.size() ? d.submissions.get(i).jurisdiction : null;
            return code == null ? null : jurisdiction(code);
        }
        if (starts(jsonPath, "$.product") || starts(jsonPath, "$.indications") || jsonPath.equals("$.id")) return PRODUCT;
        if (starts(jsonPath, "$.evidence")) return EVIDENCE;
        if (starts(jsonPath, "$.economics")) return ECONOMICS;
        if (starts(jsonPath, "$.prices")) return PRICES;
        if (starts(jsonPath, "$.budgetImpacts")) return BUDGET;
        return null;
    }

    /** The page's name for messages: {@code Prices}, or {@code the se page} for a jurisdiction's; null for null. */
    public static String title(String pageId) {
        if (pageId == null) return null;
        Matcher m = JURISDICTION_PAGE.matcher(pageId);
        return m.matches() ? "the " + m.group(1) + " page" : TITLES.getOrDefault(pageId, pageId);
    }

    private static boolean starts(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || ".[".indexOf(path.charAt(prefix.length())) >= 0);
    }
}
