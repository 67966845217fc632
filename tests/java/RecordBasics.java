import java.util.*;
public class RecordBasics {
    record Point(int x, int y) {
        static Point origin() { return new Point(0, 0); }
        double dist() { return Math.sqrt(x * x + y * y); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }
    record Named(String name, double value, long id, boolean flag, char c) {}
    record Empty() {}
    record Wrapper(int[] data, List<String> list) {}
    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = new Point(4, 3);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.dist() + " " + p.plus(r) + " " + Point.origin());
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println(p.hashCode() + " " + r.hashCode() + " " + Point.origin().hashCode());
        Named n = new Named("n", -0.0, 123L, true, 'z');
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named("n", -0.0, 123L, true, 'z')) + " " + n.equals(new Named("n", 0.0, 123L, true, 'z')));
        Named nan1 = new Named(null, Double.NaN, 0, false, ' ');
        System.out.println(nan1 + " " + nan1.equals(new Named(null, Double.NaN, 0, false, ' ')) + " " + nan1.hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Wrapper w = new Wrapper(new int[]{1}, List.of("a"));
        System.out.println(w.list() + " " + w.equals(new Wrapper(w.data(), List.of("a"))) + " " + w.equals(new Wrapper(new int[]{1}, List.of("a"))));
        Set<Point> set = new HashSet<>(List.of(p, q, r, Point.origin()));
        System.out.println(set.size() + " " + set.contains(new Point(0, 0)));
        Map<Point, String> map = new TreeMap<>(Comparator.comparingInt(Point::x).thenComparingInt(Point::y));
        map.put(r, "r"); map.put(p, "p"); map.put(new Point(-1, 9), "neg");
        System.out.println(map);
        System.out.println(p.getClass().getSimpleName() + " " + p.getClass().isRecord() + " " + p.getClass().getSuperclass().getName());
    }
}
