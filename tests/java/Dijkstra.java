import java.util.*;
public class Dijkstra {
    record Edge(int to, int w) {}
    public static void main(String[] args) {
        int n = 2000;
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) g.add(new ArrayList<>());
        Random r = new Random(4242);
        for (int i = 0; i < n * 5; i++) { int a = r.nextInt(n), b = r.nextInt(n), w = 1 + r.nextInt(100); g.get(a).add(new Edge(b, w)); g.get(b).add(new Edge(a, w)); }
        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE); Arrays.fill(prev, -1);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        pq.add(new long[]{0, 0});
        int pops = 0;
        while (!pq.isEmpty()) {
            long[] cur = pq.poll(); pops++;
            int u = (int) cur[1];
            if (cur[0] > dist[u]) continue;
            for (Edge e : g.get(u)) { long nd = dist[u] + e.w(); if (nd < dist[e.to()]) { dist[e.to()] = nd; prev[e.to()] = u; pq.add(new long[]{nd, e.to()}); } }
        }
        long sum = 0, max = 0; int unreachable = 0;
        for (long d : dist) { if (d == Long.MAX_VALUE) unreachable++; else { sum += d; max = Math.max(max, d); } }
        System.out.println("sum=" + sum + " max=" + max + " unreachable=" + unreachable + " pops=" + pops);
        List<Integer> path = new ArrayList<>();
        for (int v = n - 1; v != -1; v = prev[v]) path.add(v);
        Collections.reverse(path);
        System.out.println("path to " + (n - 1) + ": " + path + " cost " + dist[n - 1]);
        int[][] grid = new int[30][30];
        for (int[] row : grid) for (int j = 0; j < row.length; j++) row[j] = 1 + r.nextInt(9);
        int[][] best = new int[30][30];
        for (int[] row : best) Arrays.fill(row, Integer.MAX_VALUE);
        Deque<int[]> dq = new ArrayDeque<>();
        best[0][0] = grid[0][0]; dq.add(new int[]{0, 0});
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!dq.isEmpty()) { int[] c = dq.poll(); for (int k = 0; k < 4; k++) { int nr = c[0] + dr[k], nc = c[1] + dc[k]; if (nr < 0 || nc < 0 || nr >= 30 || nc >= 30) continue; int nd = best[c[0]][c[1]] + grid[nr][nc]; if (nd < best[nr][nc]) { best[nr][nc] = nd; dq.add(new int[]{nr, nc}); } } }
        System.out.println("grid min path " + best[29][29]);
    }
}
