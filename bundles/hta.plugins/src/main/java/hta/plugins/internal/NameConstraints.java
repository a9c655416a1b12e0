package hta.plugins.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * The name constraints of a trusted authority, applied to the certificates below it. The JDK's PKIX validator
 * refuses a trust anchor that has them ("not supported") and ignores them when the anchor is given without: an
 * authority limited to its organisation's names had issued "HTA Workbench build" and was believed (outside trust
 * test). Directory names are checked (the subject of every certificate below must lie in a permitted subtree, in
 * none of the excluded ones); a chain whose certificates carry names of another kind that the constraints govern
 * (alternative names, e-mail addresses) cannot be checked here and is refused. Stateless.
 */
final class NameConstraints {
    /** The OID of the name constraints extension. */
    static final String OID = "2.5.29.30";
    private static final int DIRECTORY_NAME = 0xA4;

    private NameConstraints() {
    }

    /** Why the certificates {@code below} the authority break its name constraints, or null when they keep them. */
    static String problem(X509Certificate authority, List<X509Certificate> below) {
        byte[] ext = authority.getExtensionValue(OID);
        if (ext == null) return null;
        String name = Signatures.commonName(List.of(authority));
        List<String> permitted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        boolean otherKinds;
        try {
            otherKinds = read(Der.content(ext, 0x04), permitted, excluded);
        } catch (IllegalArgumentException e) {
            return "the name constraints of " + name + " cannot be read";
        }
        for (X509Certificate c : below) {
            String subject = c.getSubjectX500Principal().getName(X500Principal.CANONICAL);
            if (!permitted.isEmpty() && permitted.stream().noneMatch(p -> within(subject, p))
                    || excluded.stream().anyMatch(e -> within(subject, e))) {
                return "its certificate's name lies outside what " + name + " may issue (name constraints)";
            }
            if (otherKinds && (hasAlternativeNames(c) || subject.contains("1.2.840.113549.1.9.1="))) {
                return "its certificate has names of a kind the name constraints of " + name + " govern, which are not"
                        + " checked here";
            }
        }
        return null;
    }

    /**
     * Whether the distinguished name {@code dn} is {@code base} or below it (both canonical, most specific first),
     * compared name part by name part: an escaped comma inside a value ("O=Evil\\,O=Acme") is one part, not two
     * (outside trust test, round 17: the name ended in ",o=acme" as a string and was taken as below O=Acme).
     */
    static boolean within(String dn, String base) {
        if (base.isEmpty()) return true;
        try {
            return new javax.naming.ldap.LdapName(dn).startsWith(new javax.naming.ldap.LdapName(base));
        } catch (javax.naming.InvalidNameException e) {
            return false;
        }
    }

    private static boolean hasAlternativeNames(X509Certificate c) {
        try {
            return c.getSubjectAlternativeNames() != null;
        } catch (CertificateParsingException e) {
            return true;
        }
    }

    /** Reads NameConstraints' subtrees of directory names; true when it has subtrees of another kind of name. */
    private static boolean read(byte[] der, List<String> permitted, List<String> excluded) {
        boolean others = false;
        Der seq = new Der(Der.content(der, 0x30));
        while (seq.more()) {
            int tag = seq.tag();
            byte[] subtrees = seq.next();
            if (tag != 0xA0 && tag != 0xA1) throw new IllegalArgumentException("unknown part");
            Der list = new Der(subtrees);
            while (list.more()) {
                if (list.tag() != 0x30) throw new IllegalArgumentException("not a subtree");
                Der subtree = new Der(list.next());
                int kind = subtree.tag();
                byte[] base = subtree.next();
                if (kind == DIRECTORY_NAME) {
                    String dn = new X500Principal(Der.whole(base)).getName(X500Principal.CANONICAL);
                    (tag == 0xA0 ? permitted : excluded).add(dn.toLowerCase(Locale.ROOT));
                } else {
                    others = true;
                }
            }
        }
        return others;
    }

    /** A reader of DER tag-length-value items, enough for the structures above. */
    private static final class Der {
        private final byte[] b;
        private int at;

        Der(byte[] b) {
            this.b = b;
        }

        boolean more() {
            return at < b.length;
        }

        int tag() {
            if (at >= b.length) throw new IllegalArgumentException("truncated");
            return b[at] & 0xFF;
        }

        /** The next item's content. */
        byte[] next() {
            tag();
            int p = at + 1;
            if (p >= b.length) throw new IllegalArgumentException("truncated");
            int len = b[p++] & 0xFF;
            if (len == 0x80) throw new IllegalArgumentException("indefinite length");
            if (len > 0x80) {
                int n = len & 0x7F;
                if (n > 3) throw new IllegalArgumentException("too long");
                len = 0;
                for (int i = 0; i < n; i++) {
                    if (p >= b.length) throw new IllegalArgumentException("truncated");
                    len = (len << 8) | (b[p++] & 0xFF);
                }
            }
            if (p + len > b.length) throw new IllegalArgumentException("truncated");
            at = p + len;
            return java.util.Arrays.copyOfRange(b, p, p + len);
        }

        /** The content of the single item of {@code der}, which must have {@code tag}. */
        static byte[] content(byte[] der, int tag) {
            Der d = new Der(der);
            if (d.tag() != tag) throw new IllegalArgumentException("unexpected tag");
            byte[] c = d.next();
            if (d.more()) throw new IllegalArgumentException("trailing bytes");
            return c;
        }

        /** The one item an explicit tag wraps (a Name under [4]), tag and length included. */
        static byte[] whole(byte[] content) {
            Der d = new Der(content);
            d.next();
            if (d.more()) throw new IllegalArgumentException("trailing bytes");
            return content;
        }
    }
}
