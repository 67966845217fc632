import java.util.*;
public class GcLinkedStructures {
    static final class Node { int key; Node left, right; Node(int k) { key = k; } }
    static Node insert(Node n, int k) { if (n == null) return new Node(k); if (k < n.key) n.left = insert(n.left, k); else if (k > n.key) n.right = insert(n.right, k); return n; }
    static int size(Node n) { return n == null ? 0 : 1 + size(n.left) + size(n.right); }
    static int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
    public static void main(String[] args) {
        Random r = new Random(77);
        Node root = null;
        for (int i = 0; i < 30_000; i++) root = insert(root, r.nextInt(1_000_000));
        System.out.println("bst size=" + size(root) + " height=" + height(root));
        for (int round = 0; round < 5; round++) {
            LinkedList<int[]> ll = new LinkedList<>();
            for (int i = 0; i < 100_000; i++) { ll.add(new int[]{i, round}); if (ll.size() > 1000) ll.removeFirst(); }
            System.out.println("round " + round + " size=" + ll.size() + " first=" + ll.getFirst()[0]);
        }
        HashMap<Integer, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < 200_000; i++) { buckets.computeIfAbsent(i % 1000, k -> new ArrayList<>()).add(i); if (i % 50_000 == 49_999) buckets.clear(); }
        System.out.println("buckets=" + buckets.size());
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 100_000; i++) { tm.put(r.nextInt(5000), "v" + i); if (tm.size() > 3000) tm.pollFirstEntry(); }
        System.out.println("treemap=" + tm.size() + " first=" + tm.firstKey() + " last=" + tm.lastKey());
    }
}
