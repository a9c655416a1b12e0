package hta.workbench.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PublicRemovalsTest {
    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    private static List<String> removed(String confidential, String publicText) {
        List<String> c = words(confidential);
        BitSet r = PublicRemovals.of(c, words(publicText));
        List<String> out = new ArrayList<>();
        r.stream().forEach(i -> out.add(c.get(i)));
        return out;
    }

    @Test
    void aValueReplacedByTheRedactionMarkIsMarkedWhereItWasAlthoughTheSameWordStaysElsewhere() {
        String c = "Maks AUP 29 950 000 NOK og avtalt pris 21 000 000 NOK per 000 pakning";
        String p = "Maks AUP 29 950 000 NOK og avtalt pris [unntatt offentlighet] per 000 pakning";
        assertEquals(List.of("21", "000", "000", "NOK"), removed(c, p));
    }

    @Test
    void identicalMemosMarkNothingAndAMissingPublicMemoMarksEverything() {
        assertEquals(List.of(), removed("a b c", "a b c"));
        assertEquals(List.of("a", "b"), removed("a b", ""));
        assertEquals(List.of(), removed("", "x y"));
    }

    @Test
    void aConfidentialNoticeAndSeveralRemovalsAreEachMarked() {
        String c = "KONFIDENSIELT Notat pris 10 kr rabatt 37 % slutt KONFIDENSIELT";
        String p = "Notat pris X kr rabatt X % slutt";
        assertEquals(List.of("KONFIDENSIELT", "10", "37", "KONFIDENSIELT"), removed(c, p));
    }

    /** Against a plain longest-common-subsequence: the shortest edit deletes exactly n − LCS words of the confidential text. */
    @Test
    void theNumberOfMarkedWordsIsMinimalOnRandomTexts() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            List<String> c = randomWords(random, random.nextInt(60));
            List<String> p = new ArrayList<>();
            for (String w : c) {
                int r = random.nextInt(10);
                if (r == 0) continue; // removed
                if (r == 1) p.add("X"); // replaced by a mark
                p.add(w);
            }
            BitSet removed = PublicRemovals.of(c, p);
            assertEquals(c.size() - lcs(c, p), removed.cardinality(), c + " / " + p);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) if (!removed.get(i)) kept.add(c.get(i));
            assertEquals(kept.size(), lcs(kept, p), "what is not marked is in the public text, in order");
        }
    }

    @Test
    void memosTooDifferentToAlignAreComparedByCount() {
        List<String> c = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            c.add("c" + i);
            p.add("p" + i);
        }
        c.add("shared");
        p.add(0, "shared");
        BitSet removed = PublicRemovals.of(c, p);
        assertEquals(4_000, removed.cardinality());
        assertEquals(false, removed.get(4_000), "the shared word is in the public memo");
    }

    private static List<String> randomWords(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Character.toString('a' + random.nextInt(5)));
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
