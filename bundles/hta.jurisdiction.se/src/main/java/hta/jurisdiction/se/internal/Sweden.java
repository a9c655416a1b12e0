package hta.jurisdiction.se.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.TimelineWords;
import hta.timeline.CaseStatus;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.Scenario;
import hta.timeline.TimeTarget;
import hta.timeline.TypicalDuration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Sweden, hospital ("klinik") drugs: NT-rådet's national collaboration, TLV's health-economic assessment and
 * the regions' national negotiation. Facts and sources: shared/domain/JURISDICTIONS.md §1 and seeds 000, 002,
 * 003; what is unconfirmed is listed in the bundle's README. Thread-safe; its configured part changes as a whole when an administrator changes a setting.
 *
 * <p>How TLV masks confidential figures in public reports is unconfirmed, so the redaction mark is
 * configurable through the component's configuration ({@code redaction.style} = BLANK, TEXT or BLACK_BAR;
 * {@code redaction.text}); the default is the fixed text {@value #DEFAULT_MARK}.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.se")
public final class Sweden implements Jurisdiction {
    static final String LANGUAGE = "sv";
    static final Locale LOCALE = Locale.forLanguageTag("sv-SE");
    static final String DEFAULT_MARK = "[sekretess]";
    /** Swedish words for what a memo does not state as fact. */
    static final MemoWords WORDS = new MemoWords("uppgift saknas", "fiktivt", "prognos");

    /** Milestone kinds, in process order. */
    static final String NATIONAL_COLLABORATION = "se.national-collaboration";
    static final String TLV_COMMISSIONED = "se.tlv-commissioned";
    static final String DOSSIER_RECEIVED = "se.dossier-received";
    static final String TLV_REPORT = "se.tlv-report";
    static final String NEGOTIATION_STARTED = "se.negotiation-started";
    static final String AGREEMENT_SIGNED = "se.agreement-signed";
    /** The later long-stop both parties agreed (only under the orphan-drug reform scenario). */
    static final String LONG_STOP_EXTENDED = "se.long-stop-extended";
    static final String PREVIOUS_STATEMENT = "se.previous-statement";
    static final String STATEMENT = "se.statement";
    static final String REVISION = "se.revision";

    /** TLV case numbers (dnr): {@code 3354/2024}, also written zero-padded, {@code 02344/2023} (seed 003). */
    private static final Pattern DNR = Pattern.compile("\\d{1,5}/(19|20)\\d{2}");

    static final Formats FORMATS = new StandardFormats(LOCALE, '\u00A0', ',', '\u2212', "yyyy-MM-dd", "d MMMM yyyy",
            (number, currency) -> number + "\u00A0" + ("SEK".equals(currency) ? "kr" : currency),
            (page, count) -> page + " (" + count + ")");

    private static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(NATIONAL_COLLABORATION, TLV_COMMISSIONED, DOSSIER_RECEIVED, TLV_REPORT, NEGOTIATION_STARTED,
                    LONG_STOP_EXTENDED, AGREEMENT_SIGNED, PREVIOUS_STATEMENT, STATEMENT, REVISION),
            List.of(new PhaseDefinition("awaiting-dossier", "TLV awaiting the company's dossier",
                            TLV_COMMISSIONED, DOSSIER_RECEIVED, true),
                    new PhaseDefinition("tlv-assessment", "TLV's health-economic assessment",
                            DOSSIER_RECEIVED, TLV_REPORT, false),
                    new PhaseDefinition("negotiation", "National negotiation",
                            NEGOTIATION_STARTED, AGREEMENT_SIGNED, false)),
            NATIONAL_COLLABORATION, STATEMENT);

    static final String TLV_180 = "se.tlv-180";
    static final String REVIEW_2Y = "se.review-2y";
    static final String NEGOTIATION_LONG_STOP = "se.negotiation-long-stop";
    static final String REFORM = "se.orphan-reform";
    static final String REFORM_STRICT = "se.orphan-reform-strict";
    private static final String SEED_003 = "TLV, Redovisning av hälsoekonomiska bedömningar av klinikläkemedel 2023–2025 (seed 003)";
    private static final String SEED_004 = "Orphan-drug reform paper, förslag 6 (seed 004)";

    /**
     * TLV's clinic-drug benchmark: 180 days from the company's dossier to the expedited assessment. A
     * benchmark, not statutory: 9 § förordningen (2002:687) covers the reimbursement track only (seed 003).
     */
    static final TimeTarget TLV_TARGET = new TimeTarget(TLV_180,
            "TLV assessment within 180 days of receiving the company's dossier", DOSSIER_RECEIVED, TLV_REPORT, 180)
            .citing(SEED_003);

    /**
     * The orphan-drug reform proposal (seed 004, förslag 6; a proposal, not current rules): TLV's time cut by
     * 30–60 days to 120–150 days, and a long-stop on the negotiation of 120–150 days that either party can
     * invoke and both can agree to extend. Two scenarios give the proposal's two ends; an agreed extension is
     * recorded as the milestone {@value #LONG_STOP_EXTENDED} with the new date.
     */
    static Scenario reform(String id, String label, long days) {
        return new Scenario(id, label, SEED_004, List.of(
                TLV_TARGET.withDays(days).citing(SEED_004),
                new TimeTarget(NEGOTIATION_LONG_STOP, "Negotiation long-stop of " + days + " days, extendable by"
                        + " agreement", NEGOTIATION_STARTED, AGREEMENT_SIGNED, days)
                        .extendableBy(LONG_STOP_EXTENDED).citing(SEED_004)));
    }

    /** TLV's Tabell 1 categories (seed 003); NT-rådet's later stages count as dispatched for TLV. */
    private static final Map<String, CaseStatus> CATEGORIES = Map.of(
            "se.requested", CaseStatus.AWAITING_DOSSIER,
            "se.no-contact", CaseStatus.NO_CONTACT,
            "se.awaiting-dossier", CaseStatus.AWAITING_DOSSIER,
            "se.ongoing", CaseStatus.UNDER_ASSESSMENT,
            "se.expedited", CaseStatus.DISPATCHED,
            "se.cancelled", CaseStatus.CANCELLED,
            "se.negotiation", CaseStatus.DISPATCHED,
            "se.recommended", CaseStatus.DISPATCHED);

    static final ProcessRules RULES = ProcessRules.of(PROCESS)
            .withTargets(TLV_TARGET,
                    // "no later than two years" after the recommendation; written as 730 days
                    new TimeTarget(REVIEW_2Y, "NT-rådet reviews a recommendation within two years", STATEMENT,
                            REVISION, 730).citing("https://samverkanlakemedel.se/process---ordnat-inforande/"
                            + "avslut-av-nationell-samverkan"))
            // mean processing days of assessments dispatched in 2025 (seed 003, Tabell 2: 293)
            .withTypicalDurations(new TypicalDuration(DOSSIER_RECEIVED, TLV_REPORT, 293, SEED_003),
                    new TypicalDuration(STATEMENT, REVISION, 730, "samverkanlakemedel.se"))
            .withScenarios(reform(REFORM, "Orphan-drug reform proposal, upper bound (150 days)", 150),
                    reform(REFORM_STRICT, "Orphan-drug reform proposal, lower bound (120 days)", 120))
            .withStatusCategories(CATEGORIES, TLV_COMMISSIONED)
            // the phase a case with each status is in, so that a judgement may say what has not happened yet
            .withStatusPhases(Map.of("se.awaiting-dossier", "awaiting-dossier", "se.ongoing", "tlv-assessment",
                    "se.negotiation", "negotiation"))
            .withPortfolioSpan(DOSSIER_RECEIVED, TLV_REPORT);

    /** The chart's words in Swedish; kept short, as the chart clips a name at about 40 characters. */
    static final TimelineWords TIMELINE_WORDS = new TimelineWords("Tidslinje för handläggningen", "dagar", Map.of(
            "awaiting-dossier", "TLV inväntar företagets underlag",
            "tlv-assessment", "TLV:s hälsoekonomiska bedömning",
            "negotiation", "Nationell förhandling",
            TLV_180, "TLV:s bedömning inom 180 dagar",
            REVIEW_2Y, "NT-rådet omprövar inom två år",
            NEGOTIATION_LONG_STOP, "Bortre tidsgräns för förhandlingen"))
            // the chart's text description for screen readers (issue 16.8)
            .withDescription(new TimelineWords.Description("pågår", "klockstopp", "uppfylld", "överskriden",
                    "frist", "milstolpar"));

    /** TLV's case statuses (seed 003, Tabell 1), then NT-rådet's stages; wording of the latter is ours. */
    private static final List<StatusTerm> STATUSES = List.of(
            new StatusTerm("se.requested", "Begärd av NT-rådet", "Requested by NT-rådet"),
            new StatusTerm("se.no-contact", "TLV har ingen kontakt med företaget", "TLV has no contact with the company"),
            new StatusTerm("se.awaiting-dossier", "TLV inväntar underlag", "TLV awaiting the dossier"),
            new StatusTerm("se.ongoing", "Utredning pågår", "Assessment ongoing"),
            new StatusTerm("se.expedited", "Expedierad och presenterad för NT-rådet", "Expedited and presented to NT-rådet"),
            new StatusTerm("se.cancelled", "Avbruten av NT-rådet / avskriven", "Cancelled by NT-rådet / written off"),
            new StatusTerm("se.negotiation", "Nationell förhandling pågår", "National negotiation ongoing"),
            new StatusTerm("se.recommended", "Rekommendation lämnad", "Recommendation issued"));

    private static final List<DecisionTerm> DECISIONS = List.of(
            new DecisionTerm("bor", "bör", "should be used (strong recommendation)", true),
            new DecisionTerm("kan", "kan", "may be used (weaker recommendation)", true),
            new DecisionTerm("bor-inte", "bör inte", "should not be used", false),
            new DecisionTerm("avvakta", "avvakta", "wait (pending the assessment)", false),
            new DecisionTerm("avsta", "avstå från", "refrain from use", false));

    private final List<MemoTemplate> templates = List.of(new YttrandeTemplate(FORMATS),
            new TlvStatusTemplate(FORMATS, RULES, STATUSES));
    private volatile ConfidentialityPolicy policy;

    /** The defaults, as used outside a framework. */
    public Sweden() {
        this(Map.of());
    }

    @Activate
    public Sweden(Map<String, Object> config) {
        this.policy = configure(config);
    }

    /**
     * A changed configuration takes effect in place: the service stays registered, so the jurisdiction does not
     * leave the registry (and the workbench, the settings page) while an administrator changes a setting.
     */
    @Modified
    void modified(Map<String, Object> config) {
        policy = configure(config);
    }

    private static ConfidentialityPolicy configure(Map<String, Object> config) {
        RedactionMark mark = mark(config);
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                // rebates from NT-rådet's negotiations and side-agreement rebates are secret (JURISDICTIONS.md §1)
                return Set.of(PriceKind.AGREED_PRICE, PriceKind.REBATE, PriceKind.DISCOUNT);
            }

            @Override
            public RedactionMark redactionMark() {
                return mark;
            }

            @Override
            public hta.confidentiality.NumberWords numberWords() {
                return SwedishNumberWords.WORDS;
            }

            @Override
            public java.util.List<java.math.BigDecimal> vatRates() {
                return SwedishNumberWords.VAT;
            }
        };
    }

    private static RedactionMark mark(Map<String, Object> config) {
        Object style = config.get("redaction.style");
        Object text = config.get("redaction.text");
        RedactionMark.Style s = style == null ? RedactionMark.Style.TEXT : RedactionMark.Style.valueOf(style.toString());
        // a screen reader says the mark's text, or "sekretess" where nothing is shown
        if (s == RedactionMark.Style.BLANK) return RedactionMark.blank("sekretess");
        return new RedactionMark(s, text == null ? DEFAULT_MARK : text.toString());
    }

    @Override
    public String code() {
        return "se";
    }

    @Override
    public String displayName() {
        return "Sweden";
    }

    @Override
    public String nativeName() {
        return "Sverige";
    }

    @Override
    public Locale locale() {
        return LOCALE;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("SEK");
    }

    @Override
    public List<Agency> agencies() {
        return List.of(
                new Agency("NT-rådet", "Rådet för nya terapier", "national collaboration, recommendations to the regions"),
                new Agency("TLV", "Tandvårds- och läkemedelsförmånsverket", "health-economic assessment"),
                new Agency("Förhandling", "Regionernas gemensamma förhandlingsfunktion", "national negotiation, rebate agreements"));
    }

    /** How TLV masks confidential figures is unconfirmed: the mark is the administrator's to choose. */
    static final List<Setting> SETTINGS = List.of(
            Setting.choice("redaction.style", "TEXT", List.of("BLANK", "TEXT", "BLACK_BAR"),
                    "How a confidential value is masked in a public Swedish memo: left blank, a fixed text, or a"
                            + " black bar over the fixed text", "How TLV masks confidential figures is unconfirmed"
                            + " (JURISDICTIONS.md §1)"),
            Setting.text("redaction.text", DEFAULT_MARK, "The fixed text of the mask, shown when the mask is a fixed text or a black bar over it",
                    "Ours; TLV's wording is unconfirmed"));

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public MemoWords memoWords() {
        return WORDS;
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return policy;
    }

    @Override
    public ProcessDefinition process() {
        return PROCESS;
    }

    @Override
    public ProcessRules processRules() {
        return RULES;
    }

    @Override
    public TimelineWords timelineWords() {
        return TIMELINE_WORDS;
    }

    @Override
    public List<StatusTerm> statusVocabulary() {
        return STATUSES;
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return DECISIONS;
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return templates;
    }

    @Override
    public Optional<String> validateCaseReference(String reference) {
        return validate(reference);
    }

    static Optional<String> validate(String reference) {
        if (reference == null || reference.isBlank()) return Optional.of("The TLV case number (dnr) is empty");
        if (DNR.matcher(reference.trim()).matches()) return Optional.empty();
        return Optional.of("'" + reference + "' is not a TLV case number; write it as number/year, e.g. 3354/2024");
    }

    /** The dnr without leading zeros, so that {@code 02344/2023} and {@code 2344/2023} compare equal. */
    static String normaliseDnr(String reference) {
        return reference.trim().replaceFirst("^0+(?=\\d)", "");
    }
}
