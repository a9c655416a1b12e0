package hta.timeline;

import java.util.Objects;
import java.util.Set;

/**
 * A time limit a jurisdiction declares on a stretch of its process, e.g. TLV's 180 days from the company
 * dossier to dispatch, or the NHS funding requirement of 90 days from NICE's publication. Immutable.
 *
 * <p>The span runs from the milestone {@code startKind} to {@code endKind}; days are counted as everywhere
 * in this bundle (end date minus start date), minus the days of the phases listed in {@code excludedPhases}
 * (the clock-stops that do not count toward this target).
 *
 * @param id             stable id, e.g. {@code se.tlv-180}; a {@link Scenario} replaces a target by its id
 * @param label          English label for the workbench
 * @param startKind      milestone kind that starts the clock
 * @param endKind        milestone kind that meets the target
 * @param days           the limit in calendar days (the last day on which the target is still met)
 * @param excludedPhases ids of phases (of the {@link ProcessDefinition}) whose days do not count
 * @param pathway        the submission pathway the target applies to, or {@code null} for every pathway
 *                       (e.g. Medicinrådet's 14, 16 and 18 weeks apply to different tracks)
 * @param source         where the rule comes from (URL or document), shown to the writer; may be null
 * @since 0.2
 */
public record TimeTarget(String id, String label, String startKind, String endKind, long days,
                         Set<String> excludedPhases, String pathway, String source) {
    public TimeTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startKind, "startKind");
        Objects.requireNonNull(endKind, "endKind");
        if (days <= 0) throw new IllegalArgumentException("target " + id + ": days must be positive, was " + days);
        excludedPhases = excludedPhases == null ? Set.of() : Set.copyOf(excludedPhases);
    }

    /** A target on every pathway, with no excluded phases and no source. */
    public TimeTarget(String id, String label, String startKind, String endKind, long days) {
        this(id, label, startKind, endKind, days, Set.of(), null, null);
    }

    /** This target with the given phases not counted (clock-stops). */
    public TimeTarget excluding(String... phaseIds) {
        return new TimeTarget(id, label, startKind, endKind, days, Set.of(phaseIds), pathway, source);
    }

    /** This target restricted to one submission pathway. */
    public TimeTarget forPathway(String newPathway) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, newPathway, source);
    }

    /** This target with another limit, e.g. under a {@link Scenario}. */
    public TimeTarget withDays(long newDays) {
        return new TimeTarget(id, label, startKind, endKind, newDays, excludedPhases, pathway, source);
    }

    /** This target with its source cited. */
    public TimeTarget citing(String newSource) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, pathway, newSource);
    }

    /** Whether the target applies to a submission on this pathway (compared ignoring case). */
    public boolean appliesTo(String submissionPathway) {
        return pathway == null || pathway.equalsIgnoreCase(submissionPathway);
    }
}
