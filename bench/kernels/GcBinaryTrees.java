// GC kernel: binary trees (the benchmarks-game program) at depth 16: a stretch tree, a long-lived tree
// that stays live throughout, and short-lived trees of about 2^19 nodes in total per depth 4, 6, ..., 16.
// Almost everything dies young; the long-lived tree is promoted once.
public class GcBinaryTrees {
    static final class Node {
        Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node build(int d) { return d == 0 ? new Node(null, null) : new Node(build(d - 1), build(d - 1)); }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int maxDepth = 16;
        long check = build(maxDepth + 1).check();
        Node longLived = build(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + 2);
            int c = 0;
            for (int i = 0; i < iterations; i++) c += build(d).check();
            check = check * 31 + c;
        }
        check = check * 31 + longLived.check();
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
