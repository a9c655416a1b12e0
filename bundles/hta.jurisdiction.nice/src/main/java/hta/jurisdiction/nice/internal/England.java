package hta.jurisdiction.nice.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.dossier.Classification;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.SubmissionChecks;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
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
import org.osgi.service.component.annotations.Component;

/**
 * England: NICE technology appraisals (single technology appraisal process), with NHS England's patient
 * access schemes. Facts and sources: shared/domain/JURISDICTIONS.md §4; what is unconfirmed is listed in the
 * bundle's README. Immutable and thread-safe.
 */
@Component(service = Jurisdiction.class)
public final class England implements Jurisdiction {
    static final String LANGUAGE = "en";
    static final Locale LOCALE = Locale.forLanguageTag("en-GB");

    /** Fixed descriptive wording in place of removed material; never depends on the value removed. */
    static final RedactionMark REMOVED = new RedactionMark(RedactionMark.Style.TEXT, "[confidential information removed]");
    static final RedactionMark DISCOUNT_REMOVED = new RedactionMark(RedactionMark.Style.TEXT, "[confidential discount removed]");
    static final RedactionMark AIC_REMOVED = new RedactionMark(RedactionMark.Style.TEXT, "[academic in confidence data removed]");

    static final String MARKETING_AUTHORISATION = "nice.marketing-authorisation";
    static final String INVITATION = "nice.invitation";
    static final String SUBMISSION = "nice.submission";
    static final String EAR = "nice.ear";
    static final String TECHNICAL_ENGAGEMENT = "nice.technical-engagement";
    static final String COMMITTEE = "nice.committee";
    static final String DRAFT_GUIDANCE = "nice.draft-guidance";
    static final String FINAL_DRAFT_GUIDANCE = "nice.final-draft-guidance";
    static final String PUBLICATION = "nice.publication";
    static final String FUNDING = "nice.funding";
    /** The later funding deadline NICE set when it varied the funding requirement (pmg19, budget impact). */
    static final String FUNDING_VARIED = "nice.funding-varied";

    /** The cost-comparison pathway, with its 30-day funding requirement. */
    static final String COST_COMPARISON = "cost comparison";

    /** {@code TA989}, {@code HST15}; in development {@code ID1234} or {@code gid-ta11234}. */
    private static final Pattern REFERENCE = Pattern.compile("(TA|HST)\\d{1,4}|ID\\d{1,5}|gid-[a-z]+\\d+");

    static final Formats FORMATS = new StandardFormats(LOCALE, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
            (number, currency) -> "GBP".equals(currency) ? "\u00A3" + number : number + " " + currency,
            (page, count) -> "Page " + page + " of " + count);

    static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(MARKETING_AUTHORISATION, INVITATION, SUBMISSION, EAR, TECHNICAL_ENGAGEMENT, COMMITTEE,
                    DRAFT_GUIDANCE, FINAL_DRAFT_GUIDANCE, PUBLICATION, FUNDING_VARIED, FUNDING),
            List.of(new PhaseDefinition("company-submission", "Company prepares the evidence submission",
                            INVITATION, SUBMISSION, false),
                    new PhaseDefinition("eag-review", "External assessment group's review", SUBMISSION, EAR, false),
                    new PhaseDefinition("committee", "Technical engagement and committee", EAR, COMMITTEE, false),
                    new PhaseDefinition("guidance", "Draft and final guidance, appeal, publication",
                            COMMITTEE, PUBLICATION, false),
                    new PhaseDefinition("funding", "NHS funding after publication", PUBLICATION, FUNDING, false)),
            INVITATION, PUBLICATION);

    private static final String OFFSETS = "https://nice.org.uk/about/what-we-do/our-programmes/nice-guidance/technology-appraisal-guidance/"
            + "costs--charging-for-technology-appraisals-and-highly-specialised-technologies/"
            + "technology-appraisals-and-highly-specialised-technologies-charging-timeline";
    private static final String PMG19 =
            "https://nice.org.uk/process/pmg19/chapter/varying-the-funding-requirement-to-take-account-of-net-budget-impact";

    /**
     * Targets: the company's 8 weeks to submit; the ambition of final guidance within 90 days of marketing
     * authorisation; and the funding requirement of the 2013 Regulations, 90 days from publication (30 days on
     * the cost-comparison pathway), which NICE may vary (recorded as {@value #FUNDING_VARIED}). The typical
     * offsets from the invitation (submission +2, EAR +4, committee +7, FDG +8, guidance +9.5 months) are
     * typical durations for forecasts, chained step by step with a month as 30.4 days.
     */
    static final ProcessRules RULES = ProcessRules.of(PROCESS)
            .withTargets(
                    new TimeTarget("nice.submission-8w", "Company evidence submission 8 weeks after the invitation",
                            INVITATION, SUBMISSION, 56).citing("https://nice.org.uk/about/what-we-do/our-programmes/"
                            + "nice-guidance/technology-appraisal-guidance/process/sta-timeline"),
                    new TimeTarget("nice.guidance-90d-after-ma", "Ambition: final guidance within 90 days of marketing"
                            + " authorisation", MARKETING_AUTHORISATION, PUBLICATION, 90)
                            .citing("https://yhec.co.uk/glossary/cancer-drugs-fund-uk"),
                    new TimeTarget("nice.funding-90d", "NHS funding within 90 days of publication", PUBLICATION,
                            FUNDING, 90).asStatutory().extendableBy(FUNDING_VARIED)
                            .forPathway("!" + COST_COMPARISON).citing(PMG19),
                    new TimeTarget("nice.funding-30d", "NHS funding within 30 days of publication (cost comparison)",
                            PUBLICATION, FUNDING, 30).asStatutory().extendableBy(FUNDING_VARIED)
                            .forPathway(COST_COMPARISON).citing(PMG19))
            .withTypicalDurations(
                    new TypicalDuration(INVITATION, SUBMISSION, 61, OFFSETS),
                    new TypicalDuration(SUBMISSION, EAR, 61, OFFSETS),
                    new TypicalDuration(EAR, COMMITTEE, 91, OFFSETS),
                    new TypicalDuration(COMMITTEE, FINAL_DRAFT_GUIDANCE, 30, OFFSETS),
                    new TypicalDuration(FINAL_DRAFT_GUIDANCE, PUBLICATION, 46, OFFSETS),
                    new TypicalDuration(PUBLICATION, FUNDING, 90, PMG19))
            .withStatusCategories(Map.of(
                    "nice.awaiting-development", CaseStatus.AWAITING_DOSSIER,
                    "nice.in-progress", CaseStatus.UNDER_ASSESSMENT,
                    "nice.committee", CaseStatus.UNDER_ASSESSMENT,
                    "nice.consultation", CaseStatus.UNDER_ASSESSMENT,
                    "nice.fdg", CaseStatus.UNDER_ASSESSMENT,
                    "nice.appeal", CaseStatus.UNDER_ASSESSMENT,
                    "nice.published", CaseStatus.DISPATCHED,
                    "nice.terminated", CaseStatus.CANCELLED), INVITATION)
            // the phase a case with each status is in, so that a judgement may say what has not happened yet
            .withStatusPhases(Map.of("nice.committee", "committee", "nice.consultation", "guidance",
                    "nice.fdg", "guidance", "nice.appeal", "guidance"));

    // stages as NICE's guidance pages name them; the exact status list is unconfirmed
    private static final List<StatusTerm> STATUSES = List.of(
            new StatusTerm("nice.awaiting-development", "Awaiting development", "Scheduled, not started"),
            new StatusTerm("nice.in-progress", "In progress", "Evidence submission and review"),
            new StatusTerm("nice.committee", "Committee discussion", "Committee meeting"),
            new StatusTerm("nice.consultation", "Draft guidance consultation", "Draft guidance out for consultation"),
            new StatusTerm("nice.fdg", "Final draft guidance", "Final draft guidance issued"),
            new StatusTerm("nice.appeal", "Appeal", "Appeal under way"),
            new StatusTerm("nice.published", "Published", "Guidance published"),
            new StatusTerm("nice.terminated", "Terminated appraisal", "Appraisal terminated"));

    private static final List<DecisionTerm> DECISIONS = List.of(
            new DecisionTerm("recommended", "recommended", "recommended as in the marketing authorisation", true),
            new DecisionTerm("optimised", "optimised", "recommended for a smaller group than authorised", true),
            new DecisionTerm("only-in-research", "only in research", "recommended only in research", false),
            new DecisionTerm("not-recommended", "not recommended", "not recommended", false),
            new DecisionTerm("recommended-managed-access", "recommended with managed access",
                    "recommended with managed access (Cancer Drugs Fund or Innovative Medicines Fund)", true),
            // NICE's newer cross-programme wording; from when it replaces the five TA categories is unconfirmed,
            // so both sets are understood and a dossier stores whichever its guidance used
            new DecisionTerm("can-be-used", "can be used", "can be used (cross-programme wording)", true),
            new DecisionTerm("can-be-used-managed-access", "can be used during the managed access period",
                    "can be used during the managed access period (cross-programme wording)", true),
            new DecisionTerm("more-research-needed", "more research is needed",
                    "more research is needed (cross-programme wording)", false),
            new DecisionTerm("should-not-be-used", "should not be used", "should not be used (cross-programme wording)",
                    false));

    static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            // patient access scheme discounts and the net prices they imply (pmg19)
            return Set.of(PriceKind.DISCOUNT, PriceKind.AGREED_PRICE, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            return REMOVED;
        }

        @Override
        public hta.confidentiality.NumberWords numberWords() {
            return EnglandNumberWords.WORDS;
        }

        @Override
        public java.util.List<java.math.BigDecimal> vatRates() {
            return EnglandNumberWords.VAT;
        }

        @Override
        public Set<Classification> classificationsUsed() {
            return Set.of(Classification.PUBLIC, Classification.CONFIDENTIAL, Classification.ACADEMIC_IN_CONFIDENCE);
        }
    };

    private final List<MemoTemplate> templates = List.of(new EvidenceSubmissionTemplate(FORMATS),
            new ConfidentialChecklistTemplate(FORMATS));

    @Override
    public String code() {
        return "nice";
    }

    @Override
    public String displayName() {
        return "England (NICE)";
    }

    @Override
    public String nativeName() {
        return "England";
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
        return List.of(new Agency("NICE", "National Institute for Health and Care Excellence", "technology appraisal, guidance"),
                new Agency("EAG", "External assessment group", "independent critique of the company's evidence"),
                new Agency("NHS England", "NHS England", "commercial agreements, patient access schemes, managed access funds"));
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
        return RULES;
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
        return SubmissionChecks.caseReferenceRequired(dossier, code(), "the NICE reference (TA989, HST15, or ID1234 in development)");
    }

    @Override
    public Optional<String> validateCaseReference(String reference) {
        return validate(reference);
    }

    static Optional<String> validate(String reference) {
        if (reference == null || reference.isBlank()) return Optional.of("The NICE reference is empty");
        if (REFERENCE.matcher(reference.trim()).matches()) return Optional.empty();
        return Optional.of("'" + reference + "' is not a NICE reference; write TA989 or HST15 (published) or"
                + " ID1234 / gid-ta11234 (in development)");
    }
}
