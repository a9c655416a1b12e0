package hta.jurisdiction;

/**
 * An organisation in a jurisdiction's process.
 *
 * @param acronym e.g. {@code DMP}
 * @param name    full name in the country's language
 * @param role    what it does in the process, in English
 */
public record Agency(String acronym, String name, String role) {
}
