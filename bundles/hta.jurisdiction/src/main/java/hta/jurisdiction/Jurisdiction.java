package hta.jurisdiction;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What one country's HTA process contributes to the workbench: identity, formats, process, decision
 * vocabulary, confidentiality practice and memo templates. Registered as an OSGi service by the
 * jurisdiction's bundle; the core finds it through {@link JurisdictionRegistry} and never imports the bundle.
 * Implementations are immutable and thread-safe.
 */
@ConsumerType
public interface Jurisdiction {
    /**
     * The version of this contract: the version of this package (major.minor), which the bundle also provides as
     * the {@code hta.jurisdiction.contract} capability; a jurisdiction bundle declares the one it implements in its
     * manifest ({@code contract:Version}) and requires at least it, below the next major (docs/contract.md).
     */
    String CONTRACT_VERSION = "1.4";
    /** Manifest capability namespace a jurisdiction bundle provides, with {@code code} and {@code contract}. */
    String CAPABILITY_NAMESPACE = "hta.jurisdiction";

    /** Short lower-case code, e.g. {@code no}, {@code se}, {@code dk}, {@code nice}, {@code smc}. */
    String code();

    /** English name for the workbench, e.g. {@code Norway}. */
    String displayName();

    /** The country's own name for itself, e.g. {@code Norge}. */
    String nativeName();

    Locale locale();

    Currency currency();

    List<Agency> agencies();

    Formats formats();

    ConfidentialityPolicy confidentiality();

    ProcessDefinition process();

    /**
     * The process with its time rules: targets (the only place a jurisdiction declares them), typical
     * durations for forecasts, scenarios (alternative rule sets such as reform proposals), the mapping of its
     * status vocabulary to the portfolio categories. By default only the process, with no targets.
     *
     * @since 1.1
     */
    default ProcessRules processRules() {
        return ProcessRules.of(process());
    }

    /**
     * The words of the process-timeline chart in the jurisdiction's memos (heading, days, the names of phases and
     * targets in its language). By default English.
     *
     * @since 1.3
     */
    default TimelineWords timelineWords() {
        return TimelineWords.ENGLISH;
    }

    List<DecisionTerm> decisionVocabulary();

    List<MemoTemplate> memoTemplates();

    default Optional<MemoTemplate> memoTemplate(String id) {
        return memoTemplates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    default Optional<DecisionTerm> decisionTerm(String code) {
        return decisionVocabulary().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * The statuses a submission passes through in this jurisdiction, in process order; empty when the
     * jurisdiction has no vocabulary of its own.
     *
     * @since 1.1
     */
    default List<StatusTerm> statusVocabulary() {
        return List.of();
    }

    /**
     * Checks a case reference as the jurisdiction writes it (e.g. {@code ID2022_075}, {@code 3354/2024},
     * {@code TA989}, {@code SMC2649}).
     *
     * @return a message for the dossier writer saying what is wrong, or empty when the reference is valid
     *         (or when the jurisdiction has no known pattern)
     * @since 1.1
     */
    default Optional<String> validateCaseReference(String reference) {
        return Optional.empty();
    }

    /**
     * What this jurisdiction requires of a dossier that has a submission in it, beyond what {@link SubmissionChecks}
     * checks for every jurisdiction (case reference pattern, vocabulary, process order): e.g. that a case ID is
     * there at all where the process always has one. Findings name the JSON path of what is wrong. The dossier given
     * is a copy that holds what this jurisdiction may know — its own values and the public projection of the rest,
     * as its confidential memo sees them; what it changes there changes nothing else.
     *
     * @since 1.4
     */
    default List<Finding> validate(Dossier dossier) {
        return List.of();
    }

    /**
     * The facts this jurisdiction leaves to an administrator because its sources do not confirm them; what the
     * settings service lists and audits under {@code CODE.name}. Empty by default.
     *
     * @since 1.4
     */
    default List<Setting> settings() {
        return List.of();
    }

    /**
     * The configuration PID the jurisdiction reads its {@link #settings()} from. By default
     * {@code hta.jurisdiction.CODE}.
     *
     * @since 1.4
     */
    default String configurationPid() {
        return "hta.jurisdiction." + code();
    }

    /**
     * The words for what the dossier does not state as fact, in the language of this jurisdiction's memos (see
     * {@link MemoWords}). By default English.
     *
     * @since 1.4
     */
    default MemoWords memoWords() {
        return MemoWords.ENGLISH;
    }

    /**
     * Every word this jurisdiction's memos print, one {@link MemoText} per memo language (most have one), so that
     * the one-language check reads the whole of each language in one place. Empty by default: a plugin that keeps
     * its words elsewhere is checked on its memos only.
     *
     * @since 1.4
     */
    default List<MemoText> memoTexts() {
        return List.of();
    }
}
