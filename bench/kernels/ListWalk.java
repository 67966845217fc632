// Kernel: getfield/putfield on a linked structure. Builds a singly linked list whose link order
// is a pseudo-random permutation, then walks it repeatedly reading and updating fields. The list is
// kept small (8192 nodes, well inside L2) so the kernel measures getfield/putfield, not cache misses.
public class ListWalk {
    static final class Node {
        int value;
        long acc;
        Node next;
        Node(int v) { value = v; }
    }

    static final int LEN = 8192;
    static final int ROUNDS = 2000;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        Node[] nodes = new Node[LEN];
        for (int i = 0; i < LEN; i++) nodes[i] = new Node(i * 7 + 3);
        int[] perm = new int[LEN];
        for (int i = 0; i < LEN; i++) perm[i] = i;
        int seed = 42;
        for (int i = LEN - 1; i > 0; i--) {
            seed = seed * 1103515245 + 12345;
            int j = (seed >>> 1) % (i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        for (int i = 0; i + 1 < LEN; i++) nodes[perm[i]].next = nodes[perm[i + 1]];
        Node head = nodes[perm[0]];
        nodes = null;
        long check = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            long s = 0;
            for (Node n = head; n != null; n = n.next) {
                s += n.value;
                n.acc += s & 1023;
                if (n.next != null && (n.value & 1) == 0) n.value = n.next.value ^ r;
            }
            check = check * 1_000_003L + s;
        }
        for (Node n = head; n != null; n = n.next) check += n.acc * n.value;
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
