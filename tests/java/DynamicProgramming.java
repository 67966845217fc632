import java.util.*;
public class DynamicProgramming {
    static int lcs(String a, String b) { int[][] d = new int[a.length() + 1][b.length() + 1]; for (int i = 1; i <= a.length(); i++) for (int j = 1; j <= b.length(); j++) d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]); return d[a.length()][b.length()]; }
    static int edit(String a, String b) { int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1]; for (int j = 0; j <= b.length(); j++) prev[j] = j; for (int i = 1; i <= a.length(); i++) { cur[0] = i; for (int j = 1; j <= b.length(); j++) cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)); int[] t = prev; prev = cur; cur = t; } return prev[b.length()]; }
    static long knapsack(int[] w, int[] v, int cap) { long[] dp = new long[cap + 1]; for (int i = 0; i < w.length; i++) for (int c = cap; c >= w[i]; c--) dp[c] = Math.max(dp[c], dp[c - w[i]] + v[i]); return dp[cap]; }
    static long coinWays(int[] coins, int amount) { long[] dp = new long[amount + 1]; dp[0] = 1; for (int c : coins) for (int a = c; a <= amount; a++) dp[a] += dp[a - c]; return dp[amount]; }
    static int lis(int[] a) { int[] tails = new int[a.length]; int len = 0; for (int x : a) { int i = Arrays.binarySearch(tails, 0, len, x); if (i < 0) i = -i - 1; tails[i] = x; if (i == len) len++; } return len; }
    static Map<Long, Long> memo = new HashMap<>();
    static long collatzLen(long n) { if (n == 1) return 1; Long m = memo.get(n); if (m != null) return m; long r = 1 + collatzLen(n % 2 == 0 ? n / 2 : 3 * n + 1); memo.put(n, r); return r; }
    public static void main(String[] args) {
        System.out.println(lcs("AGGTABQWERTY", "GXTXAYBWRT") + " " + lcs("kitten sitting", "sitting kitten"));
        System.out.println(edit("kitten", "sitting") + " " + edit("intention", "execution") + " " + edit("", "abc"));
        Random r = new Random(8);
        int[] w = new int[100], v = new int[100];
        for (int i = 0; i < 100; i++) { w[i] = 1 + r.nextInt(50); v[i] = 1 + r.nextInt(100); }
        System.out.println(knapsack(w, v, 1000) + " " + knapsack(new int[]{1, 3, 4, 5}, new int[]{1, 4, 5, 7}, 7));
        System.out.println(coinWays(new int[]{1, 2, 5, 10, 20, 50, 100, 200}, 200) + " " + coinWays(new int[]{3, 7}, 1000));
        int[] seq = new int[5000];
        for (int i = 0; i < seq.length; i++) seq[i] = r.nextInt(100000);
        System.out.println(lis(seq) + " " + lis(new int[]{10, 9, 2, 5, 3, 7, 101, 18}));
        long best = 0, arg = 0;
        for (long i = 1; i < 100000; i++) { long l = collatzLen(i); if (l > best) { best = l; arg = i; } }
        System.out.println("collatz " + arg + " " + best);
        long[][] binom = new long[61][61];
        for (int n = 0; n <= 60; n++) { binom[n][0] = 1; for (int k = 1; k <= n; k++) binom[n][k] = binom[n - 1][k - 1] + binom[n - 1][k]; }
        System.out.println(binom[60][30] + " " + binom[40][20] + " " + binom[10][3]);
    }
}
