package hta.jurisdiction;

/**
 * A stand-in for the contract's interface in the unit tests of {@code hta.plugins}, which does not depend on the
 * jurisdiction API: the service guard finds {@code code()} through an interface of this name.
 */
public interface Jurisdiction {
    String code();
}
