// GC test: binary trees (the benchmarks-game shape) at depth 16 in a 64 MB heap (GcBinaryTrees.opts): a
// stretch tree, a long-lived tree that survives every collection and whose subtrees are replaced by young
// ones (old-to-young references through fields), and many short-lived trees.
public class GcBinaryTrees {
    static final class Node {
        Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node build(int d) { return d == 0 ? new Node(null, null) : new Node(build(d - 1), build(d - 1)); }

    // Replaces the subtree at the end of `path` (bits: 0 = left, 1 = right) with a fresh tree of depth d.
    static void graft(Node root, int path, int steps, int d) {
        Node n = root;
        for (int i = 0; i < steps - 1; i++) n = ((path >> i) & 1) == 0 ? n.left : n.right;
        if (((path >> (steps - 1)) & 1) == 0) n.left = build(d); else n.right = build(d);
    }

    public static void main(String[] args) {
        int maxDepth = 16;
        Node stretch = build(maxDepth + 1);
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + stretch.check());
        stretch = null;
        Node longLived = build(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(d).check();
                // Every 16th short-lived tree, a subtree 8 levels down in the long-lived tree is replaced by a
                // young tree of depth 5..8.
                if ((i & 15) == 0) graft(longLived, (i >>> 4) * 37 + d, 8, 5 + ((i >>> 4) + d) % 4);
            }
            System.out.println(iterations + "\t trees of depth " + d + "\t check: " + check
                    + "\t long-lived check: " + longLived.check());
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
