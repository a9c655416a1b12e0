package hta.jurisdiction.no.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.jurisdiction.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NorwayTest {
    private final Norway norway = new Norway();
    private final Formats f = norway.formats();

    @Test
    void formatsAsThePriceMemoWrites() {
        assertEquals("43\u00A0028\u00A0738\u00A0NOK", f.money(new BigDecimal("43028738"), "NOK"));
        assertEquals("7,5", f.number(new BigDecimal("7.5")));
        assertEquals("22. oktober 2025", f.longDate(LocalDate.of(2025, 10, 22)));
        assertEquals("05.05.2025", f.shortDate(LocalDate.of(2025, 5, 5)));
        assertEquals("Side 2 av 5", f.pageNumber(2, 5));
    }

    @Test
    void validatesNyeMetoderCaseIds() {
        assertEquals(Optional.empty(), norway.validateCaseReference("ID2022_075"));
        assertTrue(norway.validateCaseReference("ID2022-075").isPresent());
        assertTrue(norway.validateCaseReference("2022_075").isPresent());
        assertTrue(norway.validateCaseReference("").isPresent());
    }

    @Test
    void agreedPricesAreConfidentialAndLeftBlank() {
        assertTrue(norway.confidentiality().confidentialPriceKinds().contains(PriceKind.AGREED_PRICE));
        assertEquals(RedactionMark.Style.BLANK, norway.confidentiality().redactionMark().style());
    }

    @Test
    void decisionCodesMatchTheDemoData() {
        assertEquals(List.of("innfores", "innfores-ikke"),
                norway.decisionVocabulary().stream().map(t -> t.code()).toList());
        assertEquals("innføres ikke", norway.decisionTerm("innfores-ikke").orElseThrow().wording());
    }

    @Test
    void everyMilestoneKindIsPrefixedAndEveryTargetUsesDeclaredKinds() {
        List<String> kinds = norway.process().milestoneKinds();
        kinds.forEach(k -> assertTrue(k.startsWith("no."), k));
        norway.processRules().targets().forEach(t -> {
            assertTrue(kinds.contains(t.startKind()), t.id());
            assertTrue(kinds.contains(t.endKind()), t.id());
        });
        norway.process().phases().forEach(p -> {
            assertTrue(kinds.contains(p.startKind()), p.id());
            assertTrue(kinds.contains(p.endKind()), p.id());
        });
    }
}
