public class GcChurn {
    static final class Cell { final int v; final Cell next; Cell(int v, Cell next) { this.v = v; this.next = next; } }
    static final class Pair { Object a, b; Pair(Object a, Object b) { this.a = a; this.b = b; } }
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) { Cell c = new Cell(i, null); sum += c.v; }
        System.out.println("short-lived cells: " + sum);
        Cell keep = null;
        for (int round = 0; round < 20; round++) {
            Cell chain = null;
            for (int i = 0; i < 50_000; i++) chain = new Cell(i, chain);
            if (round % 5 == 0) keep = new Cell(round, keep);
            int len = 0; for (Cell c = chain; c != null; c = c.next) len++;
            sum += len;
        }
        int kept = 0; for (Cell c = keep; c != null; c = c.next) kept += c.v;
        System.out.println("chains: " + sum + " kept=" + kept);
        Pair root = new Pair(null, null);
        Pair cur = root;
        for (int i = 0; i < 200_000; i++) { Pair p = new Pair(Integer.valueOf(i), null); if (i % 1000 == 0) { cur.b = p; cur = p; } }
        int n = 0; long acc = 0;
        for (Pair p = (Pair) root.b; p != null; p = (Pair) p.b) { n++; acc += (Integer) p.a; }
        System.out.println("retained pairs: " + n + " acc=" + acc);
        Object[] ring = new Object[1000];
        for (int i = 0; i < 500_000; i++) ring[i % ring.length] = new int[i % 16];
        long lens = 0; for (Object o : ring) lens += ((int[]) o).length;
        System.out.println("ring lengths: " + lens);
    }
}
