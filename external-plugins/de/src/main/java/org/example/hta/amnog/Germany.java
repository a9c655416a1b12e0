package org.example.hta.amnog;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.NumberWords;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.TimelineWords;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Germany (code {@code de}): the AMNOG early benefit assessment (§ 35a SGB V, since 1 January 2011). The company
 * submits its dossier at market entry, IQWiG writes the Dossierbewertung, the G-BA decides on the added benefit
 * (Beschluss), and the Erstattungsbetrag negotiated with the GKV-Spitzenverband applies from the seventh month after
 * market entry (GKV-Finanzstabilisierungsgesetz, November 2022). Sources: G-BA's AMNOG page, IQWiG "Das
 * AMNOG-Verfahren" (JURISDICTIONS.md §6b). Unconfirmed here, so configuration (PID {@code hta.jurisdiction.de}: a plugin reads only configurations named after its code),
 * off by default: the durations of the assessment and the decision, and a confidential Erstattungsbetrag
 * (Medizinforschungsgesetz 2024). Thread-safe: a changed setting replaces its configured state whole.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.de")
public final class Germany implements Jurisdiction {
    static final String CODE = "de";
    static final String MARKET_ENTRY = "de.market-entry";
    static final String ASSESSMENT_PUBLISHED = "de.iqwig-assessment";
    static final String RESOLUTION = "de.gba-resolution";
    static final String PRICE_AGREED = "de.price-agreed";
    static final Locale LOCALE = Locale.GERMANY;
    static final Formats FORMATS = new StandardFormats(LOCALE, '.', ',', '-', "dd.MM.yyyy", "d. MMMM yyyy",
            (number, currency) -> "EUR".equals(currency) ? number + "\u00A0\u20AC" : number + "\u00A0" + currency,
            (page, pages) -> "Seite " + page + " von " + pages);
    static final ProcessDefinition PROCESS = new ProcessDefinition(List.of(MARKET_ENTRY, ASSESSMENT_PUBLISHED, RESOLUTION, PRICE_AGREED),
            List.of(new PhaseDefinition("assessment", "IQWiG benefit assessment", MARKET_ENTRY, ASSESSMENT_PUBLISHED, false),
                    new PhaseDefinition("resolution", "G-BA resolution", ASSESSMENT_PUBLISHED, RESOLUTION, false),
                    new PhaseDefinition("negotiation", "Negotiation with the GKV-Spitzenverband", RESOLUTION, PRICE_AGREED, false)),
            MARKET_ENTRY, RESOLUTION);
    static final TimelineWords TIMELINE_WORDS = new TimelineWords("Zeitlicher Ablauf des Verfahrens", "Tage", Map.of(
            "assessment", "Nutzenbewertung (IQWiG)",
            "resolution", "Beschluss des G-BA",
            "negotiation", "Verhandlung mit dem GKV-Spitzenverband",
            "de.assessment", "Nutzenbewertung innerhalb der Frist",
            "de.resolution", "Beschluss innerhalb der Frist"))
            .withDescription(new TimelineWords.Description("läuft", "Uhr angehalten", "eingehalten", "überschritten",
                    "Frist", "Meilensteine"));

    /** What the configuration decides, replaced whole when an administrator changes a setting. */
    private record Configured(ProcessRules rules, boolean confidentialPrice) {
    }

    private volatile Configured configured;

    /** The defaults, as used outside a framework. */
    public Germany() {
        this(Map.of());
    }

    /**
     * @param config component configuration: {@code assessment.days} and {@code resolution.days} (commonly about 3
     *               and 6 months after market entry; unconfirmed here) declare those targets;
     *               {@code erstattungsbetrag.confidential=true} makes the agreed reimbursement amount confidential
     *               (the 2024 option's scope and conditions are unconfirmed here). All off by default.
     */
    @Activate
    public Germany(Map<String, Object> config) {
        configured = configure(config);
    }

    /** A changed setting, taken in place: the jurisdiction stays registered. */
    @Modified
    void modified(Map<String, Object> config) {
        configured = configure(config);
    }

    private static Configured configure(Map<String, Object> config) {
        List<TimeTarget> targets = new ArrayList<>();
        String assessment = ASSESSMENT_DAYS.read(PID, config);
        if (assessment != null) {
            targets.add(new TimeTarget("de.assessment", "Benefit assessment within " + assessment + " days of market entry",
                    MARKET_ENTRY, ASSESSMENT_PUBLISHED, Long.parseLong(assessment)).citing("configuration hta.jurisdiction.de: assessment.days"));
        }
        String resolution = RESOLUTION_DAYS.read(PID, config);
        if (resolution != null) {
            targets.add(new TimeTarget("de.resolution", "G-BA resolution within " + resolution + " days of market entry",
                    MARKET_ENTRY, RESOLUTION, Long.parseLong(resolution)).citing("configuration hta.jurisdiction.de: resolution.days"));
        }
        return new Configured(ProcessRules.of(PROCESS).withTargets(targets.toArray(TimeTarget[]::new)),
                Boolean.parseBoolean(CONFIDENTIAL_AMOUNT.read(PID, config)));
    }

    private static final String PID = "hta.jurisdiction.de";
    private static final Setting ASSESSMENT_DAYS = Setting.integer("assessment.days", null, 1, 365,
            "Days from market entry to IQWiG's benefit assessment; a target when set",
            "commonly about 3 months after market entry; unconfirmed here");
    private static final Setting RESOLUTION_DAYS = Setting.integer("resolution.days", null, 1, 365,
            "Days from market entry to the G-BA resolution; a target when set",
            "commonly about 6 months after market entry; unconfirmed here");
    private static final Setting CONFIDENTIAL_AMOUNT = Setting.bool("erstattungsbetrag.confidential", "false",
            "The negotiated reimbursement amount (Erstattungsbetrag) is confidential and removed from public memos",
            "an option of the Medizinforschungsgesetz 2024; its scope, conditions and time limit are unconfirmed here");
    /** What an administrator may set (hta config set de.NAME VALUE); all off by default. */
    static final List<Setting> SETTINGS = List.of(ASSESSMENT_DAYS, RESOLUTION_DAYS, CONFIDENTIAL_AMOUNT);

    @Override public String code() { return CODE; }
    @Override public List<Setting> settings() { return SETTINGS; }
    @Override public String displayName() { return "Germany (AMNOG)"; }
    @Override public String nativeName() { return "Deutschland"; }
    @Override public Locale locale() { return LOCALE; }
    @Override public Currency currency() { return Currency.getInstance("EUR"); }
    @Override public Formats formats() { return FORMATS; }
    @Override public ProcessDefinition process() { return PROCESS; }
    @Override public ProcessRules processRules() { return configured.rules(); }
    @Override public TimelineWords timelineWords() { return TIMELINE_WORDS; }
    @Override public List<DecisionTerm> decisionVocabulary() { return AddedBenefit.EXTENTS; }

    @Override
    public ConfidentialityPolicy confidentiality() {
        Set<PriceKind> kinds = EnumSet.of(PriceKind.DISCOUNT, PriceKind.REBATE);
        if (configured.confidentialPrice()) kinds.add(PriceKind.AGREED_PRICE);
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return kinds;
            }

            @Override
            public RedactionMark redactionMark() {
                return new RedactionMark(RedactionMark.Style.TEXT, "[vertraulich]", "vertraulich");
            }

            @Override
            public NumberWords numberWords() {
                return GermanNumberWords.WORDS;
            }

            @Override
            public List<BigDecimal> vatRates() {
                return GermanNumberWords.VAT;
            }
        };
    }

    @Override
    public List<Agency> agencies() {
        return List.of(new Agency("G-BA", "Gemeinsamer Bundesausschuss", "decides on the added benefit"),
                new Agency("IQWiG", "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen", "assesses the dossier"),
                new Agency("GKV-SV", "GKV-Spitzenverband", "negotiates the reimbursement amount"));
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of(new BenefitSummary(FORMATS));
    }
}
