package hta.testplugin;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.memo.MemoDocument;
import hta.timeline.ProcessDefinition;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test jurisdiction for the plugin administration tests: a complete but tiny contribution whose one memo
 * template either refuses to render (normal), never returns ("hang-in-render") or ends the process ("exit-in-render").
 */
public final class Testland implements Jurisdiction {
    private final String code;
    private final String behaviour;
    private final MemoTemplate template;

    Testland(String code, String behaviour) {
        this(code, behaviour, null);
    }

    /** With its own memo template instead of the test memo. */
    Testland(String code, String behaviour, MemoTemplate template) {
        this.code = code;
        this.behaviour = behaviour;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    /** The configuration spy has a setting of its own, so that an administrator can give it one (hta config). */
    @Override
    public List<Setting> settings() {
        // "hang-in-words": every call a command makes into it never comes back, its settings and process too
        if ("hang-in-words".equals(behaviour)) Activator.hang();
        return "configuration-spy".equals(behaviour)
                ? List.of(Setting.integer("probe.days", null, 1, 999, "a test setting of the spy's own", "test"))
                : List.of();
    }

    @Override
    public String displayName() {
        return "Testland " + code;
    }

    @Override
    public String nativeName() {
        return "Testland";
    }

    @Override
    public Locale locale() {
        return Locale.UK;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("GBP");
    }

    @Override
    public List<Agency> agencies() {
        return List.of();
    }

    @Override
    public Formats formats() {
        return new StandardFormats(Locale.UK, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
                (number, currency) -> number + " " + currency, (page, count) -> page + "/" + count);
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                // nor its price kinds: read by 'hta validate' and 'hta scan' of a dossier with its submission
                if ("hang-in-words".equals(behaviour)) Activator.hang();
                return Set.of(PriceKind.AGREED_PRICE);
            }

            @Override
            public RedactionMark redactionMark() {
                return new RedactionMark(RedactionMark.Style.TEXT, "[confidential]");
            }

            @Override
            public hta.confidentiality.NumberWords numberWords() {
                // its words never come back: read by every other country's export
                if ("hang-in-words".equals(behaviour)) Activator.hang();
                return ConfidentialityPolicy.super.numberWords();
            }
        };
    }

    @Override
    public ProcessDefinition process() {
        // "hang-in-process": its process never comes back, asked by another country's memo (a stand-in for 'jca')
        if ("hang-in-words".equals(behaviour) || "hang-in-process".equals(behaviour)) Activator.hang();
        return new ProcessDefinition(List.of("tl.start", "tl.end"), List.of(), "tl.start", "tl.end");
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return List.of();
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        if (template != null) return List.of(template);
        return List.of(new MemoTemplate() {
            @Override
            public String id() {
                return "test-memo";
            }

            @Override
            public String title() {
                return "Test memo";
            }

            @Override
            public List<String> missingFields(ProjectedDossier dossier, MemoContext context) {
                return List.of();
            }

            @Override
            public MemoDocument render(ProjectedDossier dossier, MemoContext context) {
                if ("hang-in-render".equals(behaviour)) Activator.hang();
                if ("exit-in-render".equals(behaviour)) System.exit(0);
                throw new UnsupportedOperationException("the test memo has no layout");
            }

            @Override
            public String fileName(ProjectedDossier dossier) {
                return "test-memo.pdf";
            }
        });
    }
}
