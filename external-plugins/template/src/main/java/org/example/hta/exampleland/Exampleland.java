package org.example.hta.exampleland;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StandardFormats;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Exampleland (code {@code xx}), a fictional jurisdiction: its agency assesses a company's dossier and negotiates a
 * confidential agreed price, and writes a price note. Registered as a {@link Jurisdiction} service; the app finds it
 * through its registry. Immutable and thread-safe.
 */
@Component(service = Jurisdiction.class)
public final class Exampleland implements Jurisdiction {
    static final String CODE = "xx";
    static final String DOSSIER_RECEIVED = "xx.dossier-received";
    static final String PRICES_RECEIVED = "xx.prices-received";
    static final String NOTE_COMPLETED = "xx.note-completed";
    private static final Locale LOCALE = Locale.forLanguageTag("en-IE");
    private static final Formats FORMATS = new StandardFormats(LOCALE, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
            (number, currency) -> "EUR".equals(currency) ? "\u20AC" + number : number + "\u00A0" + currency,
            (page, pages) -> "Page " + page + " of " + pages);
    private static final ConfidentialityPolicy POLICY = new ConfidentialityPolicy() {
        @Override
        public Set<PriceKind> confidentialPriceKinds() {
            return Set.of(PriceKind.AGREED_PRICE, PriceKind.DISCOUNT, PriceKind.REBATE);
        }

        @Override
        public RedactionMark redactionMark() {
            return new RedactionMark(RedactionMark.Style.TEXT, "[commercial in confidence]");
        }
    };
    private static final ProcessDefinition PROCESS = new ProcessDefinition(
            List.of(DOSSIER_RECEIVED, PRICES_RECEIVED, NOTE_COMPLETED),
            List.of(new PhaseDefinition("waiting", "Waiting for the company's prices", DOSSIER_RECEIVED, PRICES_RECEIVED, true),
                    new PhaseDefinition("negotiating", "Negotiating and writing", PRICES_RECEIVED, NOTE_COMPLETED, false)),
            DOSSIER_RECEIVED, NOTE_COMPLETED);

    @Override public String code() { return CODE; }
    @Override public String displayName() { return "Exampleland"; }
    @Override public String nativeName() { return "Exampleland"; }
    @Override public Locale locale() { return LOCALE; }
    @Override public Currency currency() { return Currency.getInstance("EUR"); }
    @Override public Formats formats() { return FORMATS; }
    @Override public ConfidentialityPolicy confidentiality() { return POLICY; }
    @Override public ProcessDefinition process() { return PROCESS; }

    @Override
    public List<Agency> agencies() {
        return List.of(new Agency("EHA", "Exampleland Health Agency", "assesses and negotiates"));
    }

    @Override
    public ProcessRules processRules() {
        // a benchmark of our fictional agency, not counting the wait for the company's prices
        return ProcessRules.of(PROCESS).withTargets(new TimeTarget("xx.note-120", "Price note within 120 days",
                DOSSIER_RECEIVED, NOTE_COMPLETED, 120).excluding("waiting"));
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return List.of(new DecisionTerm("funded", "funded", "funded", true),
                new DecisionTerm("not-funded", "not funded", "not funded", false));
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of(new PriceNote(FORMATS));
    }
}
