package hta.jurisdiction.no.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.MemoText;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.SubmissionChecks;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
import hta.jurisdiction.TimelineWords;
import hta.timeline.CaseStatus;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
import hta.timeline.TypicalDuration;
import java.util.ArrayList;
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
 * Norway: Nye metoder, with DMP's assessment, Sykehusinnkjøp's price negotiation and price memo, and
 * Beslutningsforum's decision. Facts and sources: shared/domain/JURISDICTIONS.md §2 and seed 001; what is
 * unconfirmed is listed in the bundle's README. Thread-safe; its configured part changes as a whole when an administrator changes a setting.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.no")
public final class Norway implements Jurisdiction {
    /** Milestone kinds, in process order. */
    static final String REQUEST = "no.request";
    static final String DOCUMENTATION_RECEIVED = "no.documentation-received";
    static final String DMP_REPORT = "no.dmp-report";
    static final String BASIS_RECEIVED = "no.basis-received";
    static final String PRICE_REQUEST = "no.price-request";
    static final String PRICES_RECEIVED = "no.prices-received";
    static final String AGREEMENT_COMPLETED = "no.agreement-completed";
    static final String MEMO_COMPLETED = "no.memo-completed";
    static final String BESTILLERFORUM = "no.bestillerforum";
    static final String BESLUTNINGSFORUM = "no.beslutningsforum";
    static final String DELIVERY_AGREEMENT = "no.delivery-agreement";

    static final String PHASE_WAITING = "waiting-for-prices";
    static final String PHASE_NEGOTIATING = "negotiating";

    /** Figure ids the price memo reads (economics figures and budget-impact figures of the dossier). */
    static final String COMPARATOR_ANNUAL_COST = "no-comparator-annual-cost";
    static final String COST_NEUTRAL_YEARS = "no-cost-neutral-years";
    static final String BUDGET_YEAR1_MAX = "no-budget-year1-max";
    static final String BUDGET_YEAR1_AGREED = "no-budget-year1-agreed";

    /** Nye metoder case IDs: {@code ID2022_075}, {@code ID2017_057}. */
    private static final Pattern CASE_ID = Pattern.compile("ID\\d{4}_\\d{3}");

    /** Every word the Norwegian memos print, in bokmål (memo_nb.properties). */
    static final MemoText TEXT = MemoText.load(Norway.class, "memo_nb.properties", "nb");
    private static final Formats FORMATS = NorwegianFormats.create(TEXT);
    /** Bokmål words for what a memo does not state as fact; "ikke oppgitt" as Norwegian forms write it. */
    static final MemoWords WORDS = TEXT.memoWords();

    private static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            // the agreed hospital price (RHF-AUP / LIS-AUP) is exempt from access under forvaltningsloven § 13
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            // the published price memo simply leaves the place empty (seed 001); a screen reader says "sladdet"
            return RedactionMark.blank(TEXT.get("redaction.label"));
        }

        @Override
        public hta.confidentiality.NumberWords numberWords() {
            return NorwegianNumberWords.WORDS;
        }

        @Override
        public java.util.List<java.math.BigDecimal> vatRates() {
            return NorwegianNumberWords.VAT;
        }
    };

    private static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(REQUEST, DOCUMENTATION_RECEIVED, DMP_REPORT, BASIS_RECEIVED, PRICE_REQUEST, PRICES_RECEIVED,
                    AGREEMENT_COMPLETED, MEMO_COMPLETED, BESTILLERFORUM, BESLUTNINGSFORUM, DELIVERY_AGREEMENT),
            List.of(new PhaseDefinition(PHASE_WAITING, "Waiting for the company's prices",
                            BASIS_RECEIVED, PRICES_RECEIVED, true),
                    new PhaseDefinition(PHASE_NEGOTIATING, "Negotiating the framework agreement",
                            PRICES_RECEIVED, AGREEMENT_COMPLETED, false),
                    new PhaseDefinition("writing", "Writing the price memo",
                            AGREEMENT_COMPLETED, MEMO_COMPLETED, false),
                    new PhaseDefinition("dmp-assessment", "DMP's rapid assessment",
                            DOCUMENTATION_RECEIVED, DMP_REPORT, false),
                    new PhaseDefinition("to-decision", "From the price memo to Beslutningsforum",
                            MEMO_COMPLETED, BESLUTNINGSFORUM, false)),
            BASIS_RECEIVED, MEMO_COMPLETED);

    static final String PRISNOTAT_TARGET = "no.prisnotat";

    /**
     * DMP assesses within 180 days of receiving the documentation (legemiddelverket.no, saksbehandlingsstatus
     * for metodevurderinger; JURISDICTIONS.md §2). Its clock-stop exists only for some blue-prescription drugs,
     * which this process does not model, so no phase is excluded. The delivery agreement for gene and cell
     * therapy is "normally within 3 months of the decision" (seed 001); 3 months written as 92 days is an
     * approximation. Sykehusinnkjøp's own target for the price memo is unconfirmed: none is declared unless
     * configured ({@code prisnotatDays}), counted like the memo's processing time with the wait for the
     * company's prices left out.
     */
    static ProcessRules rules(Long prisnotatDays) {
        List<TimeTarget> targets = new ArrayList<>(List.of(
                new TimeTarget("no.dmp-180", "DMP assessment within 180 days of receiving the documentation",
                        DOCUMENTATION_RECEIVED, DMP_REPORT, 180)
                        .citing("https://legemiddelverket.no/offentlig-finansiering/metodevurderinger/"
                                + "saksbehandlingsstatus-for-metodevurderinger"),
                new TimeTarget("no.delivery-agreement-3m", "Delivery agreement for gene and cell therapy within 3"
                        + " months of the decision", BESLUTNINGSFORUM, DELIVERY_AGREEMENT, 92)
                        .citing("seed 001 (prisnotat Hemgenix)")));
        if (prisnotatDays != null) {
            targets.add(new TimeTarget(PRISNOTAT_TARGET, "Price memo within " + prisnotatDays + " days (configured;"
                    + " Sykehusinnkjøp's target is unconfirmed)", BASIS_RECEIVED, MEMO_COMPLETED, prisnotatDays)
                    .excluding(PHASE_WAITING).citing("component configuration hta.jurisdiction.no"));
        }
        return ProcessRules.of(PROCESS).withTargets(targets.toArray(new TimeTarget[0]))
                // DMP's average of 141 days in the first tertial of 2025 (dmp.no, tidsbruken fortsetter å gå ned)
                .withTypicalDurations(new TypicalDuration(DOCUMENTATION_RECEIVED, DMP_REPORT, 141,
                        "https://www.dmp.no/nyheter/tidsbruken-fortsetter-a-ga-ned"))
                .withStatusCategories(Map.of(
                        "no.requested", CaseStatus.AWAITING_DOSSIER,
                        "no.assessment", CaseStatus.UNDER_ASSESSMENT,
                        "no.negotiation", CaseStatus.DISPATCHED,
                        "no.for-decision", CaseStatus.DISPATCHED,
                        "no.decided", CaseStatus.DISPATCHED), REQUEST)
                // the phase a case with each status is in, so that a judgement may say what has not happened yet
                .withStatusPhases(Map.of("no.assessment", "dmp-assessment", "no.negotiation", PHASE_NEGOTIATING,
                        "no.for-decision", "to-decision"))
                // portfolio statistics count DMP's part, as TLV's tables count TLV's
                .withPortfolioSpan(DOCUMENTATION_RECEIVED, DMP_REPORT);
    }

    // wording of the statuses is ours, after the steps on nyemetoder.no; the official status list is unconfirmed
    private static final List<StatusTerm> STATUSES = List.of(
            new StatusTerm("no.requested", TEXT.get("status.no.requested"), "Company request received"),
            new StatusTerm("no.assessment", TEXT.get("status.no.assessment"), "DMP assessment ongoing"),
            new StatusTerm("no.negotiation", TEXT.get("status.no.negotiation"), "Price negotiation ongoing"),
            new StatusTerm("no.for-decision", TEXT.get("status.no.for-decision"), "Awaiting Beslutningsforum"),
            new StatusTerm("no.decided", TEXT.get("status.no.decided"), "Decided"));

    private static final List<DecisionTerm> DECISIONS = List.of(
            new DecisionTerm("innfores", TEXT.get("decision.innfores"), "introduced", true),
            new DecisionTerm("innfores-ikke", TEXT.get("decision.innfores-ikke"), "not introduced", false));

    /** What the configuration decides, replaced as a whole when it changes. */
    private record Configured(List<MemoTemplate> templates, ProcessRules rules, TimelineWords timelineWords) {
    }

    private volatile Configured configured;

    /** The defaults, as used outside a framework. */
    public Norway() {
        this(Map.of());
    }

    /**
     * @param config component configuration (PID {@code hta.jurisdiction.no}): {@code prisnotat.target.days}
     *               declares a target for the price memo (none by default: Sykehusinnkjøp's is unconfirmed)
     */
    @Activate
    public Norway(Map<String, Object> config) {
        this.configured = configure(config);
    }

    /**
     * A changed configuration takes effect in place: the service stays registered, so the jurisdiction does not
     * leave the registry (and the workbench, the settings page) while an administrator changes a setting.
     */
    @Modified
    void modified(Map<String, Object> config) {
        configured = configure(config);
    }

    private static Configured configure(Map<String, Object> config) {
        Object days = config.get("prisnotat.target.days");
        Long prisnotat = null;
        if (days != null && !days.toString().isBlank()) {
            try {
                prisnotat = Long.valueOf(days.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hta.jurisdiction.no: prisnotat.target.days must be a whole number"
                        + " of days, was '" + days + "'");
            }
        }
        ProcessRules rules = rules(prisnotat);
        return new Configured(List.of(new PrisnotatTemplate(FORMATS, rules, TEXT)), rules, timelineWords(prisnotat));
    }

    /** The chart's words in Norwegian (bokmål), with the configured price-memo target's name when there is one. */
    static TimelineWords timelineWords(Long prisnotatDays) {
        TimelineWords words = TEXT.timelineWords();
        if (prisnotatDays == null) return words;
        Map<String, String> names = new java.util.HashMap<>(words.names());
        names.put(PRISNOTAT_TARGET, TEXT.format("chart.prisnotat-target", prisnotatDays));
        return new TimelineWords(words.heading(), words.days(), names, words.description());
    }

    @Override
    public String code() {
        return "no";
    }

    @Override
    public String displayName() {
        return "Norway";
    }

    @Override
    public String nativeName() {
        return "Norge";
    }

    @Override
    public Locale locale() {
        return NorwegianFormats.LOCALE;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("NOK");
    }

    @Override
    public List<Agency> agencies() {
        return List.of(
                new Agency("DMP", "Direktoratet for medisinske produkter", "health technology assessment"),
                new Agency("Sykehusinnkjøp", "Sykehusinnkjøp HF, divisjon legemidler", "price negotiation, price memo"),
                new Agency("Bestillerforum", "Bestillerforum for nye metoder", "commissions assessments, reviews"),
                new Agency("Beslutningsforum", "Beslutningsforum for nye metoder", "decision"));
    }

    /** Sykehusinnkjøp's target for the price memo is unconfirmed: off until an administrator sets it. */
    static final List<Setting> SETTINGS = List.of(Setting.integer("prisnotat.target.days", null, 1, 3650,
            "A target for the price memo in days, from the receipt of DMP's basis to the completed memo, the wait for"
                    + " the company's prices left out; unset, no target is declared",
            "Sykehusinnkjøp's own target is not published (JURISDICTIONS.md §2, unconfirmed)"));

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public MemoWords memoWords() {
        return WORDS;
    }

    @Override
    public List<MemoText> memoTexts() {
        return List.of(TEXT);
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return POLICY;
    }

    @Override
    public ProcessDefinition process() {
        return PROCESS;
    }

    @Override
    public ProcessRules processRules() {
        return configured.rules();
    }

    @Override
    public TimelineWords timelineWords() {
        return configured.timelineWords();
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
        return configured.templates();
    }

    /** The process always gives the case a reference, so a submission without one is incomplete. */
    @Override
    public List<Finding> validate(Dossier dossier) {
        return SubmissionChecks.caseReferenceRequired(dossier, code(), "the Nye metoder case ID (IDYYYY_NNN, e.g. ID2022_075)");
    }

    @Override
    public Optional<String> validateCaseReference(String reference) {
        return validate(reference);
    }

    static Optional<String> validate(String reference) {
        if (reference == null || reference.isBlank()) return Optional.of("The case ID is empty");
        if (CASE_ID.matcher(reference.trim()).matches()) return Optional.empty();
        return Optional.of("'" + reference + "' is not a Nye metoder case ID; write it as IDYYYY_NNN, e.g. ID2022_075");
    }
}
