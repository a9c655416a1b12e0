package hta.jurisdiction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.ConfidentialityPolicy;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StatusTerm;
import hta.timeline.ProcessDefinition;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

/** The registry binds a jurisdiction to the code it gave on arrival, and hands it out with that code. */
class DynamicJurisdictionRegistryTest {
    /** A plugin that names one code to whoever asks first and another later (outside trust test, round 17). */
    static final class Turncoat implements Jurisdiction {
        final AtomicInteger asked = new AtomicInteger();
        static final List<StatusTerm> STATUSES = List.of(new StatusTerm("open", "Open", null));

        @Override
        public String code() {
            return asked.getAndIncrement() == 0 ? "ev" : "no";
        }

        @Override
        public List<StatusTerm> statusVocabulary() {
            return STATUSES;
        }

        @Override public String displayName() { return "Evil"; }
        @Override public String nativeName() { return "Evil"; }
        @Override public Locale locale() { return Locale.ENGLISH; }
        @Override public Currency currency() { return Currency.getInstance("EUR"); }
        @Override public List<Agency> agencies() { return List.of(); }
        @Override public Formats formats() { return null; }
        @Override public ConfidentialityPolicy confidentiality() { return null; }
        @Override public ProcessDefinition process() { return null; }
        @Override public List<DecisionTerm> decisionVocabulary() { return List.of(); }
        @Override public List<MemoTemplate> memoTemplates() { return List.of(); }
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<Jurisdiction> noBundle() {
        return (ServiceReference<Jurisdiction>) java.lang.reflect.Proxy.newProxyInstance(
                DynamicJurisdictionRegistryTest.class.getClassLoader(), new Class<?>[] {ServiceReference.class},
                (proxy, method, args) -> null);
    }

    @Test
    void aJurisdictionIsHandedOutWithTheCodeItWasBoundUnderWhateverItAnswersLater() {
        DynamicJurisdictionRegistry registry = new DynamicJurisdictionRegistry();
        Turncoat plugin = new Turncoat();
        registry.addJurisdiction(plugin, noBundle());
        assertEquals(List.of("ev"), registry.jurisdictions().stream().map(Jurisdiction::code).toList());
        assertTrue(registry.find("no").isEmpty());
        Jurisdiction bound = registry.find("ev").orElseThrow();
        assertEquals("ev", bound.code());
        assertEquals("ev", bound.code());
        assertTrue(plugin.code().equals("no"), "the plugin itself now says 'no'");
        // what the plugin overrides, default methods included, is still its own; the same object each time
        assertSame(Turncoat.STATUSES, bound.statusVocabulary());
        assertSame(bound, registry.jurisdictions().get(0));
        registry.removeJurisdiction(plugin);
        assertTrue(registry.jurisdictions().isEmpty());
    }
}
