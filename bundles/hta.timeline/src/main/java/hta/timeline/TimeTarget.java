package hta.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A time limit a jurisdiction declares, e.g. TLV's 180-day benchmark for a clinic-drug assessment from the
 * company dossier to dispatch, or the NHS funding requirement of 90 days from NICE's publication. Immutable.
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
 * @param pathway        the submission pathways the target applies to, or {@code null} for every pathway
 *                       (e.g. Medicinrådet's 14, 16 and 18 weeks apply to different tracks); see
 *                       {@link #appliesTo(String)} for the syntax
 * @param source         where the rule comes from (URL or document), shown to the writer; may be null
 * @param statutory      whether the limit is set in law or regulation (true) rather than being an agency's
 *                       benchmark, ambition or a proposal (false)
 * @param extensionKind  milestone kind whose date, when a submission records it, is a later limit agreed by
 *                       the parties (e.g. a negotiation long-stop "extendable by agreement"); null when the
 *                       limit cannot be extended
 * @param assumption     what the target rests on that nobody has confirmed (an unset setting), or null
 * @since 0.2 ({@code statutory} and {@code extensionKind} since 0.3, {@code assumption} since 0.4)
 */
public record TimeTarget(String id, String label, String startKind, String endKind, long days,
                         Set<String> excludedPhases, String pathway, String source, boolean statutory,
                         String extensionKind, Assumption assumption) {
    public TimeTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startKind, "startKind");
        Objects.requireNonNull(endKind, "endKind");
        if (days <= 0) throw new IllegalArgumentException("target " + id + ": days must be positive, was " + days);
        excludedPhases = excludedPhases == null ? Set.of() : Set.copyOf(excludedPhases);
    }

    /** A target that rests on nothing unconfirmed (the form before 0.4). */
    public TimeTarget(String id, String label, String startKind, String endKind, long days,
                      Set<String> excludedPhases, String pathway, String source, boolean statutory,
                      String extensionKind) {
        this(id, label, startKind, endKind, days, excludedPhases, pathway, source, statutory, extensionKind, null);
    }

    /** A benchmark on every pathway, with no excluded phases, no source and no extension. */
    public TimeTarget(String id, String label, String startKind, String endKind, long days) {
        this(id, label, startKind, endKind, days, Set.of(), null, null, false, null);
    }

    /** This target with the given phases not counted (clock-stops). */
    public TimeTarget excluding(String... phaseIds) {
        return new TimeTarget(id, label, startKind, endKind, days, Set.of(phaseIds), pathway, source, statutory,
                extensionKind, assumption);
    }

    /** This target restricted to some submission pathways (syntax: {@link #appliesTo(String)}). */
    public TimeTarget forPathway(String newPathway) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, newPathway, source, statutory,
                extensionKind, assumption);
    }

    /** This target with another limit, e.g. under a {@link Scenario}. */
    public TimeTarget withDays(long newDays) {
        return new TimeTarget(id, label, startKind, endKind, newDays, excludedPhases, pathway, source, statutory,
                extensionKind, assumption);
    }

    /** This target with its source cited. */
    public TimeTarget citing(String newSource) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, pathway, newSource, statutory,
                extensionKind, assumption);
    }

    /** This target marked as set in law or regulation. @since 0.3 */
    public TimeTarget asStatutory() {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, pathway, source, true,
                extensionKind, assumption);
    }

    /**
     * This target extendable by agreement: when a submission records a milestone of {@code kind}, its date is
     * the agreed later limit (never an earlier one). @since 0.3
     */
    public TimeTarget extendableBy(String kind) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, pathway, source, statutory, kind,
                assumption);
    }

    /**
     * This target resting on an unset setting (see {@link Assumption}); {@code null} clears it.
     *
     * @since 0.4
     */
    public TimeTarget assuming(Assumption newAssumption) {
        return new TimeTarget(id, label, startKind, endKind, days, excludedPhases, pathway, source, statutory,
                extensionKind, newAssumption);
    }

    /**
     * Whether the target applies to a submission on this pathway. {@code pathway} null applies to every
     * submission; otherwise it is a comma-separated list of pathway names compared ignoring case and
     * surrounding spaces ({@code "Fast track"}), or, with a leading {@code !}, the list of pathways it does
     * NOT apply to ({@code "!PACE, Complex"}: every pathway but these, a submission without pathway included).
     */
    public boolean appliesTo(String submissionPathway) {
        if (pathway == null) return true;
        boolean negated = pathway.startsWith("!");
        String list = negated ? pathway.substring(1) : pathway;
        String p = submissionPathway == null ? null : submissionPathway.trim().toLowerCase(Locale.ROOT);
        boolean listed = p != null && Arrays.stream(list.split(","))
                .anyMatch(x -> x.trim().toLowerCase(Locale.ROOT).equals(p));
        return negated != listed;
    }
}
