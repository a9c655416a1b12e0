package hta.dossier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which editor page shows a field of the dossier, so that a finding naming a field by its JSON path can also say
 * where a writer finds it. The names are those of the workbench's dossier editor tabs; a submission's own fields
 * (case, decision, agreements, parties) are on its jurisdiction's page, {@code hta.jurisdiction.<code>.page}.
 * Stateless.
 *
 * @since 0.3
 */
public final class EditorPages {
    public static final String PRODUCT = "Product";
    public static final String EVIDENCE = "Evidence";
    public static final String ECONOMICS = "Economics";
    public static final String PRICES = "Prices";
    public static final String BUDGET = "Budget Impact";
    public static final String NARRATIVES = "Narratives";

    private static final Pattern SUBMISSION = Pattern.compile("^\\$\\.submissions\\[(\\d+)](.*)$");

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

    private static boolean starts(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || ".[".indexOf(path.charAt(prefix.length())) >= 0);
    }
}
