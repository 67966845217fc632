public class GameOfLife {
    public static void main(String[] args) {
        int h = 24, w = 40;
        boolean[][] g = new boolean[h][w];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0] + 1][p[1] + 1] = true;
        int[][] rpent = {{0, 1}, {0, 2}, {1, 0}, {1, 1}, {2, 1}};
        for (int[] p : rpent) g[p[0] + 10][p[1] + 20] = true;
        for (int gen = 0; gen <= 100; gen++) {
            if (gen % 25 == 0) {
                int alive = 0;
                StringBuilder sb = new StringBuilder();
                for (boolean[] row : g) { for (boolean c : row) { sb.append(c ? '#' : '.'); if (c) alive++; } sb.append('\n'); }
                System.out.println("generation " + gen + " alive " + alive);
                System.out.print(sb);
            }
            boolean[][] n = new boolean[h][w];
            for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) {
                int cnt = 0;
                for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) if ((dr != 0 || dc != 0) && g[(r + dr + h) % h][(c + dc + w) % w]) cnt++;
                n[r][c] = g[r][c] ? (cnt == 2 || cnt == 3) : cnt == 3;
            }
            g = n;
        }
    }
}
