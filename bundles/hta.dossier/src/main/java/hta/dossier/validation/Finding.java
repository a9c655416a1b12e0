package hta.dossier.validation;

/**
 * Something a dossier breaks: a core rule, where in the file, and what is wrong in words a dossier writer
 * understands.
 *
 * @param rule     the rule's id, e.g. {@code required}, {@code milestone-order}, {@code known-currency}
 * @param jsonPath where, e.g. {@code $.prices[1].currency}
 * @param message  what is wrong
 */
public record Finding(String rule, String jsonPath, String message) {
    @Override
    public String toString() {
        return jsonPath + ": " + message + " [" + rule + "]";
    }
}
