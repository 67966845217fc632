public class MatrixMul {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) for (int p = 0; p < k; p++) { double x = a[i][p]; for (int j = 0; j < m; j++) c[i][j] += x * b[p][j]; }
        return c;
    }
    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length; long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { long s = 0; for (int p = 0; p < n; p++) s = (s + a[i][p] * b[p][j]) % mod; c[i][j] = s; }
        return c;
    }
    public static void main(String[] args) {
        int n = 120;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { a[i][j] = (i * 7 + j * 3) % 11 - 5; b[i][j] = ((i + 1) * (j + 2)) % 13 / 4.0; }
        double[][] c = mul(a, b);
        double trace = 0, sum = 0;
        for (int i = 0; i < n; i++) { trace += c[i][i]; for (int j = 0; j < n; j++) sum += c[i][j]; }
        System.out.println(trace + " " + sum + " " + c[5][7] + " " + c[n - 1][0]);
        long[][] fib = {{1, 1}, {1, 0}}, r = {{1, 0}, {0, 1}};
        long e = 1000000; long mod = 1000000007L;
        long[][] base = fib;
        while (e > 0) { if ((e & 1) == 1) r = mulMod(r, base, mod); base = mulMod(base, base, mod); e >>= 1; }
        System.out.println("fib(1e6) mod p = " + r[0][1]);
        int[][] id = new int[4][4];
        for (int i = 0; i < 4; i++) id[i][i] = 1;
        int[][] t = new int[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) t[j][i] = i * 4 + j;
        System.out.println(java.util.Arrays.deepToString(t));
        double[][] h = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) h[i][j] = 1.0 / (i + j + 1);
        double[][] h2 = mul(h, h);
        for (double[] row : h2) { StringBuilder sb = new StringBuilder(); for (double v : row) sb.append(String.format("%.6f ", v)); System.out.println(sb); }
    }
}
