// A little of everything, compiled at first call under -Xcomp.
public class Small {
    interface Shape { double area(); }
    record Sq(double s) implements Shape { public double area() { return s * s; } }
    record Circ(double r) implements Shape { public double area() { return 3.0 * r * r; } }
    static synchronized int sync(int x) { return x + 1; }
    public static void main(String[] args) {
        Shape[] shapes = {new Sq(2), new Circ(1), new Sq(3)};
        double a = 0;
        for (int k = 0; k < 100; k++) for (Shape s : shapes) a += s.area();
        System.out.println(a);
        try {
            Object o = "x";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("cce " + e.getStackTrace()[0].getMethodName() + ":" + e.getStackTrace()[0].getLineNumber());
        }
        System.out.println(sync(41));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i * i).append(' ');
        System.out.println(sb.toString().trim());
    }
}
