import java.util.*;
public class PatternInstanceof {
    sealed interface Shape permits Circle, Square, Tri {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    static final class Tri implements Shape { final double b, h; Tri(double b, double h) { this.b = b; this.h = h; } }
    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Square sq && sq.side() > 0) return sq.side() * sq.side();
        if (s instanceof Tri t) return 0.5 * t.b * t.h;
        return 0;
    }
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + (i + 1);
        else if (o instanceof Integer i) return "int " + i;
        else if (o instanceof String s && !s.isEmpty()) return "string of " + s.length();
        else if (o instanceof int[] arr) return "int array " + arr.length;
        else if (o instanceof List<?> l) return "list " + l.size();
        else if (!(o instanceof Number n)) return "other " + o;
        else return "number " + n.doubleValue();
    }
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Square(2), new Square(-1), new Tri(3, 4)};
        for (Shape s : shapes) System.out.println(area(s));
        Object[] objs = {5, 50, "", "hey", new int[3], List.of(1, 2), 2.5, 'c', 7L};
        for (Object o : objs) System.out.println(describe(o));
        Object x = "scoped";
        if (!(x instanceof String str)) { System.out.println("not string"); return; }
        System.out.println(str.toUpperCase());
        Object nul = null;
        System.out.println(nul instanceof String s2 ? "yes " + s2 : "null is not a String");
        System.out.println(Shape.class.isSealed() + " " + Shape.class.getPermittedSubclasses().length);
    }
}
