package hta.workbench.export.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which words of the confidential memo the public memo does not have: the values the projection replaced by the
 * redaction mark, and whatever else only the confidential variant prints (its confidentiality notice, a row of
 * restricted prices). Found by comparing the two memos' words in reading order (Myers' shortest edit script), so
 * that a word removed in one place is marked there even where the same word stays elsewhere, whatever the two
 * layouts do with line and page breaks. Pure and thread-safe.
 */
final class PublicRemovals {
    /**
     * Beyond this many differences the two memos are not variants of one text (a template that writes them
     * differently): the words are then compared by count, which still marks every word the public memo lacks.
     */
    static final int MAX_DIFFERENCES = 1_500;

    private PublicRemovals() {
    }

    /** The indices of {@code confidential}'s words that a shortest edit from it to {@code publicWords} deletes. */
    static BitSet of(List<String> confidential, List<String> publicWords) {
        int start = 0;
        int endC = confidential.size();
        int endP = publicWords.size();
        while (start < endC && start < endP && confidential.get(start).equals(publicWords.get(start))) start++;
        while (endC > start && endP > start && confidential.get(endC - 1).equals(publicWords.get(endP - 1))) {
            endC--;
            endP--;
        }
        BitSet removed = new BitSet(confidential.size());
        List<String> a = confidential.subList(start, endC);
        List<String> b = publicWords.subList(start, endP);
        if (!shortestEdit(a, b, removed, start)) byCount(a, b, removed, start);
        return removed;
    }

    /**
     * Myers' O((N+M)·D) greedy algorithm, keeping each round's furthest reaching paths (D² memory) to walk the
     * script back; marks the deleted words of {@code a} at {@code offset} + index. False when there are more
     * than {@link #MAX_DIFFERENCES} differences.
     */
    private static boolean shortestEdit(List<String> a, List<String> b, BitSet removed, int offset) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_DIFFERENCES);
        List<int[]> rounds = new ArrayList<>();
        int[] v = new int[]{0, 0, 0}; // index k + d + 1 for diagonal k of round d (a frame of one around it)
        for (int d = 0; d <= max; d++) {
            int[] next = new int[2 * d + 3];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && at(v, k - 1, d - 1) < at(v, k + 1, d - 1))) {
                    x = at(v, k + 1, d - 1); // down: a word of b inserted
                } else {
                    x = at(v, k - 1, d - 1) + 1; // right: a word of a deleted
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                next[k + d + 1] = x;
                if (x >= n && y >= m) {
                    rounds.add(next);
                    walkBack(rounds, n, m, removed, offset);
                    return true;
                }
            }
            rounds.add(next);
            v = next;
        }
        return false;
    }

    /** The furthest x on diagonal {@code k} after round {@code d} (round -1 is the start). */
    private static int at(int[] round, int k, int d) {
        if (d < 0) return 0;
        int i = k + d + 1;
        return i < 0 || i >= round.length ? -1 : round[i];
    }

    private static void walkBack(List<int[]> rounds, int n, int m, BitSet removed, int offset) {
        int x = n;
        int y = m;
        for (int d = rounds.size() - 1; d > 0; d--) {
            int[] previous = rounds.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && at(previous, k - 1, d - 1) < at(previous, k + 1, d - 1));
            int prevK = down ? k + 1 : k - 1;
            int prevX = at(previous, prevK, d - 1);
            if (!down) removed.set(offset + prevX); // the step from (prevX, prevX - prevK) deleted a[prevX]
            x = prevX;
            y = prevX - prevK;
        }
    }

    /** Marks, from the end, each word of {@code a} that occurs more often in {@code a} than in {@code b}. */
    private static void byCount(List<String> a, List<String> b, BitSet removed, int offset) {
        Map<String, Integer> left = new HashMap<>();
        for (String w : b) left.merge(w, 1, Integer::sum);
        for (int i = 0; i < a.size(); i++) {
            Integer c = left.get(a.get(i));
            if (c == null || c == 0) {
                removed.set(offset + i);
            } else {
                left.put(a.get(i), c - 1);
            }
        }
    }
}
