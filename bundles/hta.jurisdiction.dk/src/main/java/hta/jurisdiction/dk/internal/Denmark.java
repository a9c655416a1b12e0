package hta.jurisdiction.dk.internal;

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
import hta.timeline.Assumption;
import hta.timeline.CaseStatus;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
import hta.timeline.TypicalDuration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Denmark: Medicinrådet's assessment and recommendation, with Amgros' price negotiation. Facts and sources:
 * shared/domain/JURISDICTIONS.md §3; what is unconfirmed is listed in the bundle's README. No public case
 * number pattern is known, so case references are not validated. Thread-safe; its configured part changes as a whole when an administrator changes a setting.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.dk")
public final class Denmark implements Jurisdiction {
    static final String LANGUAGE = "da";
    /** Danish words for what a memo does not state as fact. */
    static final MemoWords WORDS = new MemoWords("ikke oplyst", "fiktivt", "prognose");
    static final Locale LOCALE = Locale.forLanguageTag("da-DK");

    /**
     * The blinding mark. Medicinrådet asks for X's of the same length as the hidden text under a black bar; we
     * deliberately use a FIXED number of X's, because a same-length mark reveals the magnitude of a hidden
     * number (a seven-digit price reads as seven X's). See CONFIDENTIALITY.md principle 4 and the README.
     */
    static final RedactionMark BLINDING = new RedactionMark(RedactionMark.Style.BLACK_BAR, "XXXXXXXX", "fortroligt");

    static final String SUBMISSION_DATE_AGREED = "dk.submission-date-agreed";
    static final String APPLICATION_RECEIVED = "dk.application-received";
    static final String APPLICATION_VALIDATED = "dk.application-validated";
    static final String ASSESSMENT_SENT = "dk.assessment-sent";
    static final String NEGOTIATION_COMPLETED = "dk.negotiation-completed";
    /** A pause of the clock (e.g. waiting for the company's answers) and its end; one pause per case. */
    static final String CLOCK_PAUSED = "dk.clock-paused";
    static final String CLOCK_RESUMED = "dk.clock-resumed";
    static final String RECOMMENDATION = "dk.recommendation";

    static final Formats FORMATS = new StandardFormats(LOCALE, '.', ',', '-', "dd.MM.yyyy", "d. MMMM yyyy",
            (number, currency) -> number + " " + ("DKK".equals(currency) ? "kr." : currency),
            (page, count) -> "Side " + page + " af " + count);

    static final String PHASE_PAUSED = "paused";

    /** Submission pathways the targets distinguish (our names; Medicinrådet's own track names are unconfirmed). */
    static final String FAST_TRACK = "fast track";
    static final String COMPLEX = "complex";

    static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(SUBMISSION_DATE_AGREED, APPLICATION_RECEIVED, APPLICATION_VALIDATED, CLOCK_PAUSED, CLOCK_RESUMED,
                    ASSESSMENT_SENT, NEGOTIATION_COMPLETED, RECOMMENDATION),
            List.of(new PhaseDefinition("validation", "Validation of the application",
                            APPLICATION_RECEIVED, APPLICATION_VALIDATED, true),
                    new PhaseDefinition(PHASE_PAUSED, "Clock paused", CLOCK_PAUSED, CLOCK_RESUMED, true),
                    new PhaseDefinition("assessment", "Medicinrådet's assessment",
                            APPLICATION_VALIDATED, ASSESSMENT_SENT, false),
                    new PhaseDefinition("negotiation", "Amgros' negotiation (consultation)",
                            ASSESSMENT_SENT, NEGOTIATION_COMPLETED, false),
                    new PhaseDefinition("decision", "Medicinrådet's decision",
                            NEGOTIATION_COMPLETED, RECOMMENDATION, false)),
            APPLICATION_VALIDATED, RECOMMENDATION);

    private static final String TARGETS_SOURCE = "https://medicinraadet.dk/nyheder/2024/nye-mal-for-medicinradets-sagsbehandlingstid";
    static final String TARGET_16 = "dk.16-weeks";
    static final String TARGET_14 = "dk.14-weeks";
    static final String TARGET_18 = "dk.18-weeks";

    /** The chart's words in Danish; kept short, as the chart clips a name at about 40 characters. */
    static final TimelineWords TIMELINE_WORDS = new TimelineWords("Tidslinje for sagsbehandlingen", "dage", Map.of(
            "validation", "Validering af ansøgningen",
            PHASE_PAUSED, "Uret stoppet",
            "assessment", "Medicinrådets vurdering",
            "negotiation", "Amgros' forhandling (høring)",
            "decision", "Medicinrådets beslutning",
            TARGET_16, "Anbefaling inden for 16 uger (standard)",
            TARGET_14, "Anbefaling inden for 14 uger (hurtigt spor)",
            TARGET_18, "Anbefaling inden for 18 uger (komplekse)",
            "dk.amgros-14-days", "Amgros' forhandling højst 14 dage"))
            // the chart's text description for screen readers (issue 16.8)
            .withDescription(new TimelineWords.Description("i gang", "uret stoppet", "overholdt", "overskredet",
                    "frist", "milepæle"));

    /**
     * The rules. Medicinrådet's targets (from 1 April 2024) run from the accepted application to the
     * recommendation: 14 weeks on the fast track, 18 for complex cases, 16 otherwise. The clock "can be paused"
     * but the pause rules are unconfirmed: by default a recorded pause does not count toward the targets;
     * {@code pausesCount} makes it count.
     */
    static ProcessRules rules(boolean pausesCount) {
        return rules(pausesCount, true);
    }

    /**
     * @param confirmed whether an administrator set {@code clock.pausesCount}; if not, the targets rest on its
     *                  default wherever a recorded pause took days, and memos do not judge them there
     */
    static ProcessRules rules(boolean pausesCount, boolean confirmed) {
        String[] excluded = pausesCount ? new String[0] : new String[] {PHASE_PAUSED};
        Assumption pauses = confirmed ? null : new Assumption("dk." + PAUSES_COUNT, true);
        return ProcessRules.of(PROCESS)
                .withTargets(
                        new TimeTarget(TARGET_16, "Recommendation within 16 weeks of the accepted application (standard)",
                                APPLICATION_VALIDATED, RECOMMENDATION, 16 * 7).excluding(excluded)
                                .forPathway("!" + FAST_TRACK + "," + COMPLEX).citing(TARGETS_SOURCE).assuming(pauses),
                        new TimeTarget(TARGET_14, "Recommendation within 14 weeks (fast track)",
                                APPLICATION_VALIDATED, RECOMMENDATION, 14 * 7).excluding(excluded)
                                .forPathway(FAST_TRACK).citing(TARGETS_SOURCE).assuming(pauses),
                        new TimeTarget(TARGET_18, "Recommendation within 18 weeks (complex cases)",
                                APPLICATION_VALIDATED, RECOMMENDATION, 18 * 7).excluding(excluded)
                                .forPathway(COMPLEX).citing(TARGETS_SOURCE).assuming(pauses),
                        new TimeTarget("dk.amgros-14-days", "Amgros negotiation at most 14 days", ASSESSMENT_SENT,
                                NEGOTIATION_COMPLETED, 14).citing("https://amgros.dk/en/pharmaceuticals/"
                                + "price-negotiations-and-tendering/new-pharmaceuticals-and-negotiations/"))
                // the 2023 average, "20 uger og 2 dage" (medicinraadet.dk/nyheder/2024/kortere-sagsbehandlingstider)
                .withTypicalDurations(new TypicalDuration(APPLICATION_VALIDATED, RECOMMENDATION, 142,
                                "https://medicinraadet.dk/nyheder/2024/kortere-sagsbehandlingstider"),
                        new TypicalDuration(ASSESSMENT_SENT, NEGOTIATION_COMPLETED, 14, "amgros.dk"))
                .withStatusCategories(Map.of(
                        "dk.date-agreed", CaseStatus.AWAITING_DOSSIER,
                        "dk.validation", CaseStatus.UNDER_ASSESSMENT,
                        "dk.assessment", CaseStatus.UNDER_ASSESSMENT,
                        "dk.negotiation", CaseStatus.UNDER_ASSESSMENT,
                        "dk.decided", CaseStatus.DISPATCHED), SUBMISSION_DATE_AGREED)
                // the phase a case with each status is in, so that a judgement may say what has not happened yet
                .withStatusPhases(Map.of("dk.validation", "validation", "dk.assessment", "assessment",
                        "dk.negotiation", "negotiation"));
    }

    // our wording after the process steps; Medicinrådet's own status list is unconfirmed
    private static final List<StatusTerm> STATUSES = List.of(
            new StatusTerm("dk.date-agreed", "Ansøgningstidspunkt aftalt", "Submission date agreed"),
            new StatusTerm("dk.validation", "Ansøgning under validering", "Application being validated"),
            new StatusTerm("dk.assessment", "Under vurdering", "Assessment ongoing"),
            new StatusTerm("dk.negotiation", "I høring og prisforhandling", "In consultation and Amgros negotiation"),
            new StatusTerm("dk.decided", "Afgjort", "Decided"));

    private static final List<DecisionTerm> DECISIONS = List.of(
            new DecisionTerm("anbefaler", "anbefaler", "recommends", true),
            new DecisionTerm("anbefaler-ikke", "anbefaler ikke", "does not recommend", false));

    static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            // Amgros' negotiated hospital price (SAIP) is never published; the list price (AIP) is public
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            return BLINDING;
        }

        @Override
        public hta.confidentiality.NumberWords numberWords() {
            return DanishNumberWords.WORDS;
        }

        @Override
        public java.util.List<java.math.BigDecimal> vatRates() {
            return DanishNumberWords.VAT;
        }
    };

    /** What the configuration decides, replaced as a whole when it changes. */
    private record Configured(ProcessRules rules, List<MemoTemplate> templates) {
    }

    private volatile Configured configured;

    /** The defaults, as used outside a framework. */
    public Denmark() {
        this(Map.of());
    }

    /**
     * @param config component configuration (PID {@code hta.jurisdiction.dk}): {@code clock.pausesCount}
     *               (default false) makes a recorded pause of the clock count toward the targets, because
     *               Medicinrådet's pause rules are unconfirmed
     */
    @Activate
    public Denmark(Map<String, Object> config) {
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
        ProcessRules rules = rules(Boolean.parseBoolean(String.valueOf(config.getOrDefault(PAUSES_COUNT, "false"))),
                config.containsKey(PAUSES_COUNT));
        return new Configured(rules, List.of(new AnsoegningTemplate(FORMATS, POLICY), new AnbefalingTemplate(FORMATS, rules)));
    }

    @Override
    public String code() {
        return "dk";
    }

    @Override
    public String displayName() {
        return "Denmark";
    }

    @Override
    public String nativeName() {
        return "Danmark";
    }

    @Override
    public Locale locale() {
        return LOCALE;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("DKK");
    }

    @Override
    public List<Agency> agencies() {
        return List.of(new Agency("Medicinrådet", "Medicinrådet", "assessment and recommendation"),
                new Agency("Amgros", "Amgros I/S", "price negotiation and procurement for the regions"));
    }

    static final String PAUSES_COUNT = "clock.pausesCount";
    /** Medicinrådet's pause rules are unconfirmed: whether a pause counts is the administrator's to decide. */
    static final List<Setting> SETTINGS = List.of(Setting.bool(PAUSES_COUNT, "false",
            "Whether a recorded pause of Medicinrådet's clock counts toward its 14/16/18-week targets; unset, memos do"
                    + " not judge a case with a pause against them",
            "Medicinrådet's clock can be paused; the rules are unconfirmed (JURISDICTIONS.md §3)"));

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
        return configured.templates();
    }
}
