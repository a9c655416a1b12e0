package hta.jurisdiction.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.dossier.Dossier;
import hta.dossier.validation.Finding;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.MemoText;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.Setting;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.TimelineWords;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plugin's jurisdiction as the registry hands it out: its code is the one it was bound under, whatever the plugin
 * answers later. A plugin whose {@code code()} said "ev" to the registry and "no" to everyone else was given
 * Norway's need-to-know copy of every dossier by {@code hta validate} (outside trust test, round 17). Everything else
 * is the plugin's own, its default methods included.
 */
final class BoundJurisdiction implements Jurisdiction {
    private final Jurisdiction plugin;
    private final String code;

    BoundJurisdiction(Jurisdiction plugin, String code) {
        this.plugin = plugin;
        this.code = code;
    }

    /** The plugin's own service object. */
    Jurisdiction plugin() {
        return plugin;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return plugin.displayName();
    }

    @Override
    public String nativeName() {
        return plugin.nativeName();
    }

    @Override
    public Locale locale() {
        return plugin.locale();
    }

    @Override
    public Currency currency() {
        return plugin.currency();
    }

    @Override
    public List<Agency> agencies() {
        return plugin.agencies();
    }

    @Override
    public Formats formats() {
        return plugin.formats();
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return plugin.confidentiality();
    }

    @Override
    public ProcessDefinition process() {
        return plugin.process();
    }

    @Override
    public ProcessRules processRules() {
        return plugin.processRules();
    }

    @Override
    public TimelineWords timelineWords() {
        return plugin.timelineWords();
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return plugin.decisionVocabulary();
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return plugin.memoTemplates();
    }

    @Override
    public Optional<MemoTemplate> memoTemplate(String id) {
        return plugin.memoTemplate(id);
    }

    @Override
    public Optional<DecisionTerm> decisionTerm(String term) {
        return plugin.decisionTerm(term);
    }

    @Override
    public List<StatusTerm> statusVocabulary() {
        return plugin.statusVocabulary();
    }

    @Override
    public Optional<String> validateCaseReference(String reference) {
        return plugin.validateCaseReference(reference);
    }

    @Override
    public List<Finding> validate(Dossier dossier) {
        return plugin.validate(dossier);
    }

    @Override
    public List<Setting> settings() {
        return plugin.settings();
    }

    @Override
    public String configurationPid() {
        return plugin.configurationPid();
    }

    @Override
    public MemoWords memoWords() {
        return plugin.memoWords();
    }

    @Override
    public List<MemoText> memoTexts() {
        return plugin.memoTexts();
    }

    @Override
    public String toString() {
        return "jurisdiction '" + code + "' (" + plugin.getClass().getName() + ")";
    }
}
