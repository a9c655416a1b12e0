package hta.workbench.views.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StandardFormats;
import hta.timeline.ProcessDefinition;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A jurisdiction plugin with a bug: its case-reference check throws, with the dossier's data in its message (as a
 * careless plugin's message might). What a workbench meets when it runs code it did not write.
 */
final class FaultyJurisdiction implements Jurisdiction {
    /** The message the check throws with: it quotes the dossier's data, which the Problems view must not show. */
    static final String MESSAGE = "cannot parse case reference ";

    @Override
    public Optional<String> validateCaseReference(String reference) {
        throw new IllegalStateException(MESSAGE + reference);
    }

    @Override
    public String code() {
        return "fl";
    }

    @Override
    public String displayName() {
        return "Faultyland";
    }

    @Override
    public String nativeName() {
        return "Faultyland";
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
        return ConfidentialityPolicy.storedOnly();
    }

    @Override
    public ProcessDefinition process() {
        return new ProcessDefinition(List.of("fl.start", "fl.end"), List.of(), "fl.start", "fl.end");
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return List.of();
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of();
    }
}
