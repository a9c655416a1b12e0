package hta.workbench.views.internal;

import java.util.List;

/** A line diff (longest common subsequence) written as {@code -}/{@code +} lines with context. Pure. */
final class LineDiff {
    private LineDiff() {
    }

    static String describe(List<String> a, List<String> b, String aName, String bName) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- " + aName + "\n+++ " + bName + "\n");
        int i = 0;
        int j = 0;
        int changes = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(b.get(j++).strip()).append('\n');
                changes++;
            } else {
                sb.append("- ").append(a.get(i++).strip()).append('\n');
                changes++;
            }
        }
        if (changes == 0) sb.append("(no differences)\n");
        return sb.toString();
    }
}
