public class NQueens {
    static int solutions;
    static int[] first;
    static void solve(int row, int n, int[] cols, int colMask, int d1, int d2) {
        if (row == n) { if (solutions++ == 0) first = cols.clone(); return; }
        int avail = ~(colMask | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            cols[row] = Integer.numberOfTrailingZeros(bit);
            solve(row + 1, n, cols, colMask | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
    }
    public static void main(String[] args) {
        for (int n = 1; n <= 11; n++) {
            solutions = 0; first = null;
            solve(0, n, new int[n], 0, 0, 0);
            System.out.println(n + ": " + solutions);
            if (n == 8) {
                for (int r = 0; r < n; r++) { StringBuilder sb = new StringBuilder(); for (int c = 0; c < n; c++) sb.append(first[r] == c ? 'Q' : '.'); System.out.println(sb); }
            }
        }
    }
}
