package hta.timeline;

/**
 * A stretch of a process between two milestone kinds, as a jurisdiction declares it.
 *
 * @param id           stable id, used by templates to name the phase in their own language
 * @param label        English label for the workbench
 * @param startKind    milestone kind that opens the phase
 * @param endKind      milestone kind that closes it
 * @param clockStopped whether the agency's clock stands still (e.g. waiting for the company)
 */
public record PhaseDefinition(String id, String label, String startKind, String endKind, boolean clockStopped) {
}
