public class BinaryTrees {
    static final class Node { Node left, right; Node(Node l, Node r) { left = l; right = r; } int check() { return left == null ? 1 : 1 + left.check() + right.check(); } }
    static Node build(int d) { return d == 0 ? new Node(null, null) : new Node(build(d - 1), build(d - 1)); }
    public static void main(String[] args) {
        int maxDepth = 14;
        Node stretch = build(maxDepth + 1);
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + stretch.check());
        stretch = null;
        Node longLived = build(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += build(d).check();
            System.out.println(iterations + "\t trees of depth " + d + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
