package hta.cli.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.NumberWords;
import hta.confidentiality.RedactionMark;
import hta.dossier.Classification;
import hta.dossier.PriceKind;
import hta.plugins.PluginException;
import hta.plugins.PluginManager;
import java.math.BigDecimal;
import java.time.Duration;
import hta.dossier.Dossier;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The confidentiality policies a dossier is judged under: that of every jurisdiction it has a submission or a price
 * in whose plugin is installed, and — when one is missing, or none is there — the dossier's own classifications
 * only ({@link ConfidentialityPolicy#storedOnly()}). Each plugin's policy is read once, through the plugin manager's
 * guard within {@link #READ_LIMIT}: a plugin that hung in its price kinds hung every {@code hta validate} and was never
 * quarantined (outside trust test, round 17); past the limit it is quarantined and left out ({@code late}).
 *
 * @param policies the policies, as read
 * @param missing  the codes of the jurisdictions without an installed plugin
 * @param late     why a plugin's policy was left out (it hung or failed), one line each
 */
record DossierPolicies(List<ConfidentialityPolicy> policies, List<String> missing, List<String> late) {
    /** How long a plugin's policy may take to be read: the limit of its own checks. */
    static final Duration READ_LIMIT = Duration.ofSeconds(10);

    /** Each installed jurisdiction's policy as read, once a command (a validate of many dossiers asks again and again). */
    private static final java.util.Map<Jurisdiction, Read> READ = new java.util.WeakHashMap<>();

    static DossierPolicies of(Dossier dossier, JurisdictionRegistry registry, PluginManager plugins) {
        Set<String> codes = new LinkedHashSet<>();
        for (Submission s : dossier.submissions) if (s.jurisdiction != null) codes.add(s.jurisdiction);
        for (PricePoint p : dossier.prices) if (p.jurisdiction != null) codes.add(p.jurisdiction);
        List<ConfidentialityPolicy> policies = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (String code : codes) {
            Optional<Jurisdiction> j = registry.find(code);
            if (j.isEmpty()) {
                missing.add(code);
                continue;
            }
            Read known;
            synchronized (READ) {
                known = READ.get(j.get());
            }
            try {
                if (known == null) {
                    known = plugins == null ? Read.of(j.get().confidentiality())
                            : plugins.call(code, READ_LIMIT, () -> Read.of(j.get().confidentiality()));
                    synchronized (READ) {
                        READ.put(j.get(), known);
                    }
                }
                policies.add(known);
            } catch (PluginException e) {
                // in our words: a plugin's own message may quote a figure (the exporter prints none either)
                late.add("the jurisdiction plugin '" + code + "' " + (e.getCause() == null
                        ? "did not give its confidentiality policy within " + READ_LIMIT.toSeconds() + " s; it is quarantined"
                        : "failed while giving its confidentiality policy (" + e.getCause().getClass().getName()
                        + "); it was marked failed"));
            }
        }
        if (policies.isEmpty() || !missing.isEmpty() || !late.isEmpty()) policies.add(ConfidentialityPolicy.storedOnly());
        return new DossierPolicies(policies, missing, late);
    }

    /** A plugin's policy as read once: the checks that follow make no more calls into the plugin. */
    private record Read(Set<PriceKind> confidentialPriceKinds, RedactionMark redactionMark,
                        Set<Classification> classificationsUsed, NumberWords numberWords,
                        BigDecimal backCalculationTolerance, List<BigDecimal> vatRates) implements ConfidentialityPolicy {
        static Read of(ConfidentialityPolicy p) {
            return new Read(Set.copyOf(p.confidentialPriceKinds()), p.redactionMark(), Set.copyOf(p.classificationsUsed()),
                    p.numberWords(), p.backCalculationTolerance(), List.copyOf(p.vatRates()));
        }
    }
}
