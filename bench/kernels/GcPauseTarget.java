// GC kernel for the young-pause target: run with -Xmn8m. Allocates 40-byte nodes (HotSpot: 32 bytes) and
// keeps every 10th in a FIFO ring whose span (170k allocations, about one eden's worth) makes ~10% of each
// young collection survive it once; the survivors die before the next collection or shortly after, so
// the young pause measures copying about a tenth of the young generation. 4M allocations.
public class GcPauseTarget {
    static final class Node {
        final long a, b;
        Node link;
        Node(long a, Node link) { this.a = a; this.b = ~a; this.link = link; }
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Node[] ring = new Node[17_000];
        int ri = 0;
        long check = 0;
        for (int i = 0; i < 4_000_000; i++) {
            Node n = new Node(i, null);
            if (i % 10 == 0) {
                Node out = ring[ri];
                if (out != null) check += out.a ^ out.b;
                ring[ri] = n;
                ri = ri + 1 == ring.length ? 0 : ri + 1;
            }
        }
        for (Node n : ring) if (n != null) check = check * 31 + n.a;
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
