package hta.jurisdiction;

/**
 * A processing-time target a jurisdiction declares as data, e.g. TLV's 180 days from the company dossier to
 * the expedited assessment. Kept in the contract until the timeline engine offers its own target type; a
 * jurisdiction then maps these onto it.
 *
 * @param id        stable id, e.g. {@code se.tlv-180}
 * @param label     English label for the workbench
 * @param days      the target in calendar days (end date minus start date)
 * @param fromKind  milestone kind that starts the clock
 * @param toKind    milestone kind that stops it
 * @param statutory whether the target is set in law (true) or is an agency benchmark or ambition (false)
 * @param source    where the target comes from (URL or document), for the workbench's tooltip
 * @since 1.1
 */
public record TimeTarget(String id, String label, int days, String fromKind, String toKind, boolean statutory,
                         String source) {
}
