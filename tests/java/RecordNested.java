import java.util.*;
public class RecordNested {
    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " area=" + area(); } }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    record Rect(double w, double h) implements Shape { public double area() { return w * h; } }
    record Group(String name, List<Shape> shapes) implements Shape {
        public double area() { double s = 0; for (Shape sh : shapes) s += sh.area(); return s; }
    }
    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        static <T> Pair<T, T> twin(T t) { return new Pair<>(t, t); }
    }
    record Node(int val, Node left, Node right) {
        int sum() { return val + (left == null ? 0 : left.sum()) + (right == null ? 0 : right.sum()); }
        int depth() { return 1 + Math.max(left == null ? 0 : left.depth(), right == null ? 0 : right.depth()); }
    }
    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3), new Group("g", List.of(new Rect(1, 1), new Circle(0.5))));
        for (Shape s : shapes) System.out.println(s + " -> " + s.describe());
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.withSecond(1.5) + " " + Pair.twin("t") + " " + p.equals(new Pair<>("one", 1)));
        Node tree = new Node(1, new Node(2, new Node(4, null, null), null), new Node(3, null, new Node(5, null, new Node(6, null, null))));
        System.out.println(tree.sum() + " " + tree.depth());
        System.out.println(tree.left());
        record Local(String s, int n) {}
        List<Local> locals = new ArrayList<>();
        for (int i = 0; i < 3; i++) locals.add(new Local("L" + i, i * i));
        System.out.println(locals);
        Object o = new Rect(1, 2);
        if (o instanceof Rect r && r.w() < r.h()) System.out.println("tall rect " + r.h());
    }
}
