package org.example.hta.jca;

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
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
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
 * The EU joint clinical assessment (code {@code jca}; Regulation (EU) 2021/2282, procedure in Implementing
 * Regulation (EU) 2024/1381): a clinical assessment only — the PICO scope and the evidence, no economics and no
 * prices — whose report the HTA Coordination Group endorses no later than 30 days after the Commission decision
 * granting the marketing authorisation (European Commission news, 16 April 2025). Information the company marks
 * confidential is removed from the public report. The phase durations come from secondary sources and are
 * configuration (PID {@code hta.jurisdiction.jca}: a plugin reads only configurations named after its code), off by default. Thread-safe: a changed setting replaces its rules whole.
 */
@Component(service = Jurisdiction.class, configurationPid = "hta.jurisdiction.jca")
public final class JointClinicalAssessment implements Jurisdiction {
    static final String CODE = "jca";
    static final String SCOPING_STARTED = "jca.scoping-started";
    static final String PICO_FINAL = "jca.pico-final";
    static final String DOSSIER_SUBMITTED = "jca.dossier-submitted";
    static final String CHMP_OPINION = "jca.chmp-opinion";
    static final String COMMISSION_DECISION = "jca.commission-decision";
    static final String REPORT_ENDORSED = "jca.report-endorsed";
    static final String ENDORSEMENT_TARGET = "jca.endorsement-30";
    static final long ENDORSEMENT_DAYS = 30;
    private static final Locale LOCALE = Locale.forLanguageTag("en-IE");
    private static final Formats FORMATS = new StandardFormats(LOCALE, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
            (number, currency) -> number + "\u00A0" + currency, (page, pages) -> "Page " + page + " of " + pages);
    /**
     * No price belongs in a clinical assessment, and the report prints none (its template reads no price). The
     * policy makes no price kind confidential: the app scans every memo of a dossier under the policies of all its
     * jurisdictions, so declaring, say, list prices confidential here would refuse the public price memos of the
     * national plugins that publish them.
     */
    private static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of();
        }

        @Override
        public RedactionMark redactionMark() {
            // G07 does not say how removed information is shown (JURISDICTIONS.md §6): fixed words of ours
            return new RedactionMark(RedactionMark.Style.TEXT, "[confidential information removed]");
        }

        @Override
        public Set<Classification> classificationsUsed() {
            return EnumSet.allOf(Classification.class);
        }
    };
    static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(SCOPING_STARTED, PICO_FINAL, DOSSIER_SUBMITTED, CHMP_OPINION, COMMISSION_DECISION, REPORT_ENDORSED),
            List.of(new PhaseDefinition("scoping", "Scoping (PICO survey)", SCOPING_STARTED, PICO_FINAL, false),
                    new PhaseDefinition("dossier", "Dossier preparation", PICO_FINAL, DOSSIER_SUBMITTED, false),
                    new PhaseDefinition("assessment", "Assessment until the CHMP opinion", DOSSIER_SUBMITTED, CHMP_OPINION, false),
                    new PhaseDefinition("authorisation", "CHMP opinion to Commission decision", CHMP_OPINION, COMMISSION_DECISION, false),
                    new PhaseDefinition("endorsement", "Endorsement by the HTA Coordination Group", COMMISSION_DECISION, REPORT_ENDORSED, false)),
            SCOPING_STARTED, REPORT_ENDORSED);

    /** The rules with the configured benchmarks, replaced whole when an administrator changes a setting. */
    private volatile ProcessRules rules;

    /** The defaults, as used outside a framework: only the statutory endorsement limit. */
    public JointClinicalAssessment() {
        this(Map.of());
    }

    /**
     * @param config component configuration: {@code scoping.days} (a secondary source gives 87) and
     *               {@code dossier.days} (about 100 from the final PICOs) declare benchmarks for those phases; unset
     *               by default, as their legal basis is unconfirmed here
     */
    @Activate
    public JointClinicalAssessment(Map<String, Object> config) {
        rules = configure(config);
    }

    /** A changed setting, taken in place: the jurisdiction stays registered. */
    @Modified
    void modified(Map<String, Object> config) {
        rules = configure(config);
    }

    private static ProcessRules configure(Map<String, Object> config) {
        List<TimeTarget> targets = new ArrayList<>();
        targets.add(new TimeTarget(ENDORSEMENT_TARGET, "Report endorsed within 30 days of the Commission decision",
                COMMISSION_DECISION, REPORT_ENDORSED, ENDORSEMENT_DAYS).asStatutory().citing(Sources.ANNOUNCEMENT));
        String scoping = SCOPING_DAYS.read(PID, config);
        if (scoping != null) {
            targets.add(new TimeTarget("jca.scoping", "Scoping within " + scoping + " days", SCOPING_STARTED, PICO_FINAL,
                    Long.parseLong(scoping)).citing("configuration hta.jurisdiction.jca: scoping.days"));
        }
        String dossier = DOSSIER_DAYS.read(PID, config);
        if (dossier != null) {
            targets.add(new TimeTarget("jca.dossier", "Dossier within " + dossier + " days of the final PICOs", PICO_FINAL,
                    DOSSIER_SUBMITTED, Long.parseLong(dossier)).citing("configuration hta.jurisdiction.jca: dossier.days"));
        }
        return ProcessRules.of(PROCESS).withTargets(targets.toArray(TimeTarget[]::new));
    }

    private static final String PID = "hta.jurisdiction.jca";
    private static final Setting SCOPING_DAYS = Setting.integer("scoping.days", null, 1, 365,
            "Days from the start of scoping to the final assessment scope (PICOs); a benchmark when set",
            "a secondary source gives 87 days (initiateconsultancy.com); no legal basis confirmed here");
    private static final Setting DOSSIER_DAYS = Setting.integer("dossier.days", null, 1, 365,
            "Days from the final PICOs to the dossier; a benchmark when set",
            "consultancies give about 100 days (drumhead-consulting.com, costellomedical.com); unconfirmed here");
    /** What an administrator may set (hta config set jca.NAME VALUE); unset, neither is a rule. */
    static final List<Setting> SETTINGS = List.of(SCOPING_DAYS, DOSSIER_DAYS);

    @Override public String code() { return CODE; }
    @Override public List<Setting> settings() { return SETTINGS; }
    @Override public String displayName() { return "EU joint clinical assessment"; }
    @Override public String nativeName() { return "Joint clinical assessment (EU)"; }
    @Override public Locale locale() { return LOCALE; }
    @Override public Currency currency() { return Currency.getInstance("EUR"); }
    @Override public Formats formats() { return FORMATS; }
    @Override public ConfidentialityPolicy confidentiality() { return POLICY; }
    @Override public ProcessDefinition process() { return PROCESS; }
    @Override public ProcessRules processRules() { return rules; }

    @Override
    public List<Agency> agencies() {
        return List.of(new Agency("HTACG", "Member State Coordination Group on Health Technology Assessment",
                        "endorses the joint clinical assessment reports"),
                new Agency("EMA", "European Medicines Agency", "CHMP opinion on the marketing authorisation"));
    }

    /** A joint clinical assessment makes no recommendation: it has no decision vocabulary (JURISDICTIONS.md §6). */
    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return List.of();
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of(new AssessmentReport(FORMATS));
    }
}
