package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class HeaderClausesTest {
    @Test
    void typedAttributesDirectivesAndQuotedCommasAreRead() {
        List<HeaderClauses.Clause> clauses = HeaderClauses.parse(
                "hta.jurisdiction;code=no;contract:Version=\"1.0\",osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\","
                        + "other;note=\"a, b; c\";count:Long=3");
        assertEquals(3, clauses.size());
        HeaderClauses.Clause j = clauses.get(0);
        assertEquals("hta.jurisdiction", j.namespace());
        assertEquals("no", j.attributes().get("code"));
        assertEquals(new Version(1, 0, 0), j.attributes().get("contract"));
        assertEquals("(&(osgi.ee=JavaSE)(version=17))", clauses.get(1).directives().get("filter"));
        assertEquals("a, b; c", clauses.get(2).attributes().get("note"));
        assertEquals(3L, clauses.get(2).attributes().get("count"));
    }

    @Test
    void anEmptyOrMissingHeaderHasNoClauses() {
        assertTrue(HeaderClauses.parse(null).isEmpty());
        assertTrue(HeaderClauses.parse("  ").isEmpty());
    }
}
