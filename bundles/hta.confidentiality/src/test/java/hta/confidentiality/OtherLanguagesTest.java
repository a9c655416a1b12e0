package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A memo read in another language's words too: the other language adds words, never changes what the memo's own
 * words mean, and brings no spelled-out numbers (LeakCorpusIT seed 58428521816063: Swedish "md", a billion, made
 * the Danish "1,1 mill kr om tabletter om md" a billion and let a monthly price through).
 */
class OtherLanguagesTest {
    private static final NumberWords DANISH = NumberWords.spelledOutIn("da")
            .withScale(6, "mill", "mio").withMoney("kr").withPer("om", "pr")
            .withDuration(NumberWords.Duration.MONTHS, "md", "måned").withCounts("tabletter");
    private static final NumberWords SWEDISH = NumberWords.spelledOutIn("sv")
            .withScale(6, "miljoner").withScale(9, "md", "mdr").withMoney("kronor");

    private static List<String> found(NumberWords words, String text) {
        LeakIndex index = LeakIndex.of(new LeakModel(List.of(ScanAssertions.amount("monthly-times-12", "13200000", "DKK")),
                List.of(), List.of(), List.of(), words, new BigDecimal("0.01"), List.of(new BigDecimal("0.25")), true));
        return index.scan("t", text).stream().map(LeakFinding::valueId).distinct().collect(Collectors.toList());
    }

    @Test
    void theMemosOwnWordsKeepTheirSense() {
        NumberWords both = DANISH.and(SWEDISH.withoutSpellingOut());
        assertEquals(NumberWords.Duration.MONTHS, both.durations().get("md"));
        assertTrue(!both.scales().containsKey("md"), both.scales().toString());
        // 1,1 million a month is 13,2 million a year
        assertEquals(List.of("monthly-times-12"), found(both, "Prisen er 1,1 mill kr om tabletter om md."));
        // the other language's own words are read: "13,2 miljoner kronor"
        assertEquals(List.of("monthly-times-12"), found(both, "Kostnaden är 13,2 miljoner kronor."));
        assertTrue(both.spellOut().stream().noneMatch(l -> l.getLanguage().equals("sv")), both.spellOut().toString());
    }
}
