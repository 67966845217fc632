import java.util.*;
public class IterableUser {
    static class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;
                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }
                public Integer next() { if (!hasNext()) throw new NoSuchElementException(); int r = cur; cur += step; return r; }
            };
        }
    }
    static class Fib implements Iterable<Long> {
        final int n; Fib(int n) { this.n = n; }
        public Iterator<Long> iterator() { return new Iterator<>() { int i; long a = 0, b = 1; public boolean hasNext() { return i < n; } public Long next() { i++; long r = a; a = b; b += r; return r; } }; }
    }
    static class Tree<T extends Comparable<T>> implements Iterable<T> {
        class Node { T v; Node l, r; Node(T v) { this.v = v; } }
        Node root;
        void add(T v) { root = add(root, v); }
        Node add(Node n, T v) { if (n == null) return new Node(v); if (v.compareTo(n.v) < 0) n.l = add(n.l, v); else n.r = add(n.r, v); return n; }
        public Iterator<T> iterator() {
            Deque<Node> st = new ArrayDeque<>();
            for (Node n = root; n != null; n = n.l) st.push(n);
            return new Iterator<T>() {
                public boolean hasNext() { return !st.isEmpty(); }
                public T next() { Node n = st.pop(); for (Node m = n.r; m != null; m = m.l) st.push(m); return n.v; }
            };
        }
    }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        for (int i : new Range(10, 0, -4)) sb.append(i).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (long f : new Fib(40)) sb.append(f).append(' ');
        System.out.println(sb);
        Tree<String> t = new Tree<>();
        for (String w : "m d x a f z b".split(" ")) t.add(w);
        sb.setLength(0);
        for (String w : t) sb.append(w);
        System.out.println(sb);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("default remove UOE: " + e.getMessage()); }
        new Range(1, 4, 1).forEach(x -> System.out.print("[" + x + "]"));
        System.out.println();
        int total = 0;
        for (int x : new Range(0, 100000, 1)) total += x;
        System.out.println(total);
    }
}
