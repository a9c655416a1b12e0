package hta.jurisdiction.smc.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.dossier.Classification;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.SubmissionChecks;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Scotland: the Scottish Medicines Consortium (New Drugs Committee, SMC committee, PACE) with patient access
 * schemes assessed by PASAG. Facts and sources: shared/domain/JURISDICTIONS.md §5; what is unconfirmed is
 * listed in the bundle's README. Thread-safe; its configured part changes as a whole when an administrator changes a setting.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.smc")
public final class Scotland implements Jurisdiction {
    static final String LANGUAGE = "en";
    static final Locale LOCALE = Locale.forLanguageTag("en-GB");
    static final RedactionMark MARK = new RedactionMark(RedactionMark.Style.TEXT, "[commercial in confidence]");

    static final String CHMP_OPINION = "smc.chmp-opinion";
    static final String SUBMISSION = "smc.submission";
    static final String SCHEDULED = "smc.scheduled";
    static final String NDC = "smc.ndc";
    static final String NDC_RESPONSE = "smc.ndc-response";
    static final String PACE = "smc.pace";
    static final String COMMITTEE = "smc.committee";
    static final String ADVICE_PUBLISHED = "smc.advice-published";

    /** {@code SMC2649}; legacy {@code SMC No. (793/12)} or {@code 793/12}. */
    private static final Pattern REFERENCE = Pattern.compile("SMC\\d{1,5}|(SMC No\\. \\()?\\d{1,4}/\\d{2}\\)?");

    static final Formats FORMATS = new StandardFormats(LOCALE, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
            (number, currency) -> "GBP".equals(currency) ? "\u00A3" + number : number + " " + currency,
            (page, count) -> "Page " + page + " of " + count);

    static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(CHMP_OPINION, SUBMISSION, SCHEDULED, NDC, NDC_RESPONSE, PACE, COMMITTEE, ADVICE_PUBLISHED),
            List.of(new PhaseDefinition("ndc", "New Drugs Committee review", SCHEDULED, NDC, false),
                    new PhaseDefinition("company-response", "Company responds to the preliminary advice",
                            NDC, NDC_RESPONSE, false),
                    new PhaseDefinition("committee", "SMC committee (with PACE where held)", NDC_RESPONSE, COMMITTEE, false),
                    new PhaseDefinition("publication", "Advice published", COMMITTEE, ADVICE_PUBLISHED, false)),
            SCHEDULED, ADVICE_PUBLISHED);

    private static final String TIMELINES = "https://scottishmedicines.org.uk/making-a-submission/timelines-submission-scheduling";
    /** Submission pathways the targets distinguish (our names). */
    static final String PACE_PATHWAY = "PACE";
    static final String COMPLEX = "complex";
    static final String PAS_RESUBMISSION = "PAS resubmission";
    static final int DEFAULT_LONG_WEEKS = 26;

    /**
     * The rules: advice 18 weeks after scheduling; 22 to 26 weeks with PACE, a complex PAS or a complex
     * submission (SMC gives the range, not the rule for where in it a case falls: the limit is configurable,
     * {@code longWeeks}, default the upper bound 26); a PAS-only resubmission within 3 months up to 14 weeks.
     */
    static ProcessRules rules(int longWeeks) {
        return rules(longWeeks, true);
    }

    /** @param confirmed whether an administrator set {@code pace.weeks}; if not, the long target is an assumption */
    static ProcessRules rules(int longWeeks, boolean confirmed) {
        return ProcessRules.of(PROCESS)
                .withTargets(
                        new TimeTarget("smc.18-weeks", "Advice published 18 weeks after scheduling", SCHEDULED,
                                ADVICE_PUBLISHED, 18 * 7).forPathway("!" + PACE_PATHWAY + "," + COMPLEX + ","
                                + PAS_RESUBMISSION).citing(TIMELINES),
                        new TimeTarget("smc.long-weeks", "Advice published " + longWeeks + " weeks after scheduling"
                                + " (PACE, complex PAS or complex submission; SMC says 22 to 26)", SCHEDULED,
                                ADVICE_PUBLISHED, longWeeks * 7L).forPathway(PACE_PATHWAY + "," + COMPLEX)
                                .citing(TIMELINES).assuming(confirmed ? null : new Assumption("smc." + PACE_WEEKS, false)),
                        new TimeTarget("smc.pas-resubmission-14-weeks", "PAS-only resubmission within 3 months: up to"
                                + " 14 weeks", SUBMISSION, ADVICE_PUBLISHED, 14 * 7).forPathway(PAS_RESUBMISSION)
                                .citing("https://www.scottishmedicines.org.uk/about-us/latest-updates/"
                                        + "minor-process-changes-introduced/"))
                .withTypicalDurations(new TypicalDuration(SCHEDULED, ADVICE_PUBLISHED, 18 * 7, TIMELINES))
                .withStatusCategories(Map.of(
                        "smc.submitted", CaseStatus.UNDER_ASSESSMENT,
                        "smc.ndc", CaseStatus.UNDER_ASSESSMENT,
                        "smc.pace", CaseStatus.UNDER_ASSESSMENT,
                        "smc.committee", CaseStatus.UNDER_ASSESSMENT,
                        "smc.published", CaseStatus.DISPATCHED,
                        "smc.non-submission", CaseStatus.NO_CONTACT), SUBMISSION)
                // the phase a case with each status is in, so that a judgement may say what has not happened yet
                .withStatusPhases(Map.of("smc.ndc", "ndc", "smc.pace", "committee", "smc.committee", "committee"));
    }

    // stage names after SMC's process pages; an official status list is unconfirmed
    private static final List<StatusTerm> STATUSES = List.of(
            new StatusTerm("smc.submitted", "Submission received", "Submission received"),
            new StatusTerm("smc.ndc", "New Drugs Committee", "Under New Drugs Committee review"),
            new StatusTerm("smc.pace", "PACE meeting", "Patient and clinician engagement meeting"),
            new StatusTerm("smc.committee", "SMC committee", "Awaiting SMC committee"),
            new StatusTerm("smc.published", "Advice published", "Advice published"),
            new StatusTerm("smc.non-submission", "Not recommended (non-submission)", "No submission from the company"));

    private static final List<DecisionTerm> DECISIONS = List.of(
            new DecisionTerm("accepted", "accepted for use", "accepted", true),
            new DecisionTerm("accepted-restricted", "accepted for restricted use", "accepted for restricted use", true),
            new DecisionTerm("interim-acceptance", "accepted on an interim basis", "interim acceptance", true),
            new DecisionTerm("not-recommended", "not recommended", "not recommended", false));

    static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            // PAS prices (and the discounts that give them) are confidential to NHSScotland
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            return MARK;
        }

        @Override
        public hta.confidentiality.NumberWords numberWords() {
            return ScottishNumberWords.WORDS;
        }

        @Override
        public java.util.List<java.math.BigDecimal> vatRates() {
            return ScottishNumberWords.VAT;
        }

        @Override
        public Set<Classification> classificationsUsed() {
            return Set.of(Classification.PUBLIC, Classification.CONFIDENTIAL, Classification.ACADEMIC_IN_CONFIDENCE);
        }
    };

    private final List<MemoTemplate> templates = List.of(new SubmissionSummaryTemplate(FORMATS), new AdviceTemplate(FORMATS));
    private volatile ProcessRules rules;

    /** The defaults, as used outside a framework. */
    public Scotland() {
        this(Map.of());
    }

    /**
     * @param config component configuration (PID {@code hta.jurisdiction.smc}): {@code pace.weeks}, the limit
     *               in weeks for PACE and complex cases (22 to 26; default 26)
     */
    @Activate
    public Scotland(Map<String, Object> config) {
        this.rules = configure(config);
    }

    /**
     * A changed configuration takes effect in place: the service stays registered, so the jurisdiction does not
     * leave the registry (and the workbench, the settings page) while an administrator changes a setting.
     */
    @Modified
    void modified(Map<String, Object> config) {
        rules = configure(config);
    }

    private static ProcessRules configure(Map<String, Object> config) {
        int weeks = Integer.parseInt(String.valueOf(config.getOrDefault(PACE_WEEKS, DEFAULT_LONG_WEEKS)).trim());
        if (weeks < 22 || weeks > 26) {
            throw new IllegalArgumentException("hta.jurisdiction.smc: pace.weeks must be between 22 and 26 (SMC's"
                    + " range), was " + weeks);
        }
        return rules(weeks, config.containsKey(PACE_WEEKS));
    }

    @Override
    public String code() {
        return "smc";
    }

    @Override
    public String displayName() {
        return "Scotland (SMC)";
    }

    @Override
    public String nativeName() {
        return "Scotland";
    }

    @Override
    public Locale locale() {
        return LOCALE;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("GBP");
    }

    @Override
    public List<Agency> agencies() {
        return List.of(new Agency("SMC", "Scottish Medicines Consortium", "advice to NHSScotland"),
                new Agency("NDC", "New Drugs Committee", "preliminary advice"),
                new Agency("PASAG", "Patient Access Scheme Assessment Group", "assesses patient access schemes"));
    }

    static final String PACE_WEEKS = "pace.weeks";
    /** Where in SMC's 22–26 weeks a PACE or complex case falls is unconfirmed. */
    static final List<Setting> SETTINGS = List.of(Setting.integer(PACE_WEEKS, Integer.toString(DEFAULT_LONG_WEEKS), 22, 26,
            "The limit in weeks from scheduling to published advice for PACE, complex-PAS and complex submissions;"
                    + " unset, the upper bound stands in and memos do not judge a case against it",
            "SMC gives 22 to 26 weeks without the rule for where a case falls (JURISDICTIONS.md §5)"));

    @Override
    public List<Setting> settings() {
        return SETTINGS;
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
        return rules;
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

    /** The process always gives the case a reference, so a submission without one is incomplete. */
    @Override
    public List<Finding> validate(Dossier dossier) {
        return SubmissionChecks.caseReferenceRequired(dossier, code(), "the SMC number (e.g. SMC2649)");
    }

    @Override
    public Optional<String> validateCaseReference(String reference) {
        return validate(reference);
    }

    static Optional<String> validate(String reference) {
        if (reference == null || reference.isBlank()) return Optional.of("The SMC reference is empty");
        if (REFERENCE.matcher(reference.trim()).matches()) return Optional.empty();
        return Optional.of("'" + reference + "' is not an SMC reference; write it as SMC2649 (or a legacy SMC No. (793/12))");
    }
}
