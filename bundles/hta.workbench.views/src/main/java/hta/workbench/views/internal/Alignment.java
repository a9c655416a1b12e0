package hta.workbench.views.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Two sequences lined up by their longest common subsequence: each step pairs an element of the first with an
 * equal one of the second, or takes one of either alone (removed from the first, added in the second), in order.
 * Used for the elements of a list in two revisions and the words of a text. Pure.
 */
final class Alignment {
    /**
     * Beyond this many cells (lengths multiplied) the sequences are lined up by position instead: lists and texts
     * of a dossier are far shorter; this only bounds the memory of a pathological file.
     */
    static final long MAX_CELLS = 4_000_000;

    /** One step: indices into the first and the second sequence; -1 where that side has no element. */
    record Step(int before, int after) {
        boolean same() {
            return before >= 0 && after >= 0;
        }
    }

    private Alignment() {
    }

    static List<Step> of(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<Step> steps = new ArrayList<>();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < Math.max(n, m); i++) {
                boolean same = i < n && i < m && a.get(i).equals(b.get(i));
                if (same) {
                    steps.add(new Step(i, i));
                } else {
                    if (i < n) steps.add(new Step(i, -1));
                    if (i < m) steps.add(new Step(-1, i));
                }
            }
            return steps;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                steps.add(new Step(i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                steps.add(new Step(i++, -1));
            } else {
                steps.add(new Step(-1, j++));
            }
        }
        return steps;
    }
}
