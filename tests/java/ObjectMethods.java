import java.util.*;
public class ObjectMethods {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { if (this == o) return true; if (!(o instanceof Point)) return false; Point p = (Point) o; return x == p.x && y == p.y; }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "P(" + x + "," + y + ")"; }
    }
    static class ColorPoint extends Point {
        final String color;
        ColorPoint(int x, int y, String c) { super(x, y); color = c; }
        @Override public String toString() { return super.toString() + "[" + color + "]"; }
    }
    static class NoEquals { int v = 1; }
    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new ColorPoint(1, 2, "red");
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + c.equals(a) + " " + (a == b) + " " + a.hashCode() + " " + c.hashCode());
        Set<Point> set = new HashSet<>(List.of(a, b, c, new Point(2, 1)));
        System.out.println(set.size() + " " + new TreeSet<>(Comparator.comparing(Point::toString)).getClass().getSimpleName());
        Map<Point, String> m = new HashMap<>();
        m.put(a, "first"); m.put(b, "second");
        System.out.println(m.size() + " " + m.get(new Point(1, 2)));
        NoEquals n1 = new NoEquals(), n2 = new NoEquals();
        System.out.println(n1.equals(n2) + " " + n1.equals(n1) + " " + (n1.hashCode() == n1.hashCode()) + " " + (System.identityHashCode(n1) == n1.hashCode()));
        System.out.println(a.getClass().getName() + " " + c.getClass().getSimpleName() + " " + (a.getClass() == b.getClass()) + " " + (a.getClass() == c.getClass()));
        String s1 = "x";
        Object o = s1;
        System.out.println(o.equals("x") + " " + o.toString() + " " + o.hashCode());
        Object arr = new int[]{1};
        System.out.println(arr.equals(new int[]{1}) + " " + arr.equals(arr));
        Integer i = 5;
        Object io = i;
        System.out.println(io.equals(5) + " " + io.hashCode() + " " + io.toString());
        System.out.println(Objects.equals(a, b) + " " + a.toString().equals(String.valueOf(b)));
        String ts = new Object().toString();
        System.out.println(ts.startsWith("java.lang.Object@"));
    }
}
