public class Sudoku {
    static int[][] b = new int[9][9];
    static long nodes;
    static boolean ok(int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (b[r][i] == v || b[i][c] == v || b[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return false;
        return true;
    }
    static boolean solve() {
        for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) if (b[r][c] == 0) {
            for (int v = 1; v <= 9; v++) if (ok(r, c, v)) { b[r][c] = v; nodes++; if (solve()) return true; b[r][c] = 0; }
            return false;
        }
        return true;
    }
    public static void main(String[] args) {
        String[] puzzles = {
            "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
            "003020600900305001001806400008102900700000008006708200002609500800203009005010300"
        };
        for (String p : puzzles) {
            for (int i = 0; i < 81; i++) b[i / 9][i % 9] = p.charAt(i) - '0';
            nodes = 0;
            boolean solved = solve();
            System.out.println("solved=" + solved + " nodes=" + nodes);
            for (int[] row : b) { StringBuilder sb = new StringBuilder(); for (int v : row) sb.append(v); System.out.println(sb); }
        }
    }
}
