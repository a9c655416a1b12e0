package hta.confidentiality;

/** Which version of a memo: the confidential one for the agency, or the public one. */
public enum Variant {
    CONFIDENTIAL,
    PUBLIC;

    public boolean isPublic() {
        return this == PUBLIC;
    }
}
