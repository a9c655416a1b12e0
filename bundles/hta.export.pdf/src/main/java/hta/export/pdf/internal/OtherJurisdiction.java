package hta.export.pdf.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.MemoWords;
import hta.jurisdiction.StatusTerm;
import hta.jurisdiction.TimelineWords;
import hta.timeline.ProcessDefinition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Another jurisdiction as a memo's template sees it: what one country's memo may quote of another (names, process,
 * vocabularies, formats), read from that plugin before the render, on a thread of its own within a limit. Norway's
 * memo asked the plugin installed as 'jca' for its process inside Norway's own guarded call: a 'jca' that never
 * answered got Norway quarantined and stayed active itself (outside trust test, round 17). Its templates, checks and
 * settings are not another memo's to use: none here.
 */
record OtherJurisdiction(String code, String displayName, String nativeName, Locale locale, Currency currency,
                         List<Agency> agencies, Formats formats, ConfidentialityPolicy confidentiality,
                         ProcessDefinition process, TimelineWords timelineWords, List<DecisionTerm> decisionVocabulary,
                         List<StatusTerm> statusVocabulary, MemoWords memoWords) implements Jurisdiction {
    /** Reads what a memo may quote of {@code j} (its policy already read: {@code policy}); on the caller's thread. */
    static OtherJurisdiction of(Jurisdiction j, ConfidentialityPolicy policy) {
        return new OtherJurisdiction(j.code(), j.displayName(), j.nativeName(), j.locale(), j.currency(),
                List.copyOf(j.agencies()), j.formats(), policy, j.process(), j.timelineWords(),
                List.copyOf(j.decisionVocabulary()), List.copyOf(j.statusVocabulary()), j.memoWords());
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of();
    }

    /** The registry a template gets: its own jurisdiction as it is, the others as read. */
    static JurisdictionRegistry registry(Jurisdiction own, List<OtherJurisdiction> others) {
        List<Jurisdiction> all = new ArrayList<>(others);
        all.add(own);
        all.sort(java.util.Comparator.comparing(Jurisdiction::code));
        List<Jurisdiction> fixed = List.copyOf(all);
        return new JurisdictionRegistry() {
            @Override
            public List<Jurisdiction> jurisdictions() {
                return fixed;
            }

            @Override
            public Optional<Jurisdiction> find(String code) {
                return fixed.stream().filter(j -> j.code().equals(code)).findFirst();
            }
        };
    }
}
