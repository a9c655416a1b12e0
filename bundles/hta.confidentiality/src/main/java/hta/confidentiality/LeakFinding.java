package hta.confidentiality;

/**
 * A place where a confidential value appears.
 *
 * @param location where, e.g. {@code submission no, section bakgrunn, paragraph 2} or {@code PDF page 3}
 * @param valueId  the id of the confidential value found (never the value)
 * @param offset   character offset in the scanned text
 * @param length   characters the written value covers from {@code offset} (0 when unknown)
 */
public record LeakFinding(String location, String valueId, int offset, int length) {
    public LeakFinding(String location, String valueId, int offset) {
        this(location, valueId, offset, 0);
    }

    @Override
    public String toString() {
        return location + ": confidential value '" + valueId + "' at character " + offset;
    }
}
