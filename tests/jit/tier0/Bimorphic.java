// One virtual and one interface call site, each seeing exactly two receiver classes: both rows are taken,
// in the order the classes were first seen, and nothing is counted as polymorphic.
public class Bimorphic {
    static abstract class Shape {
        abstract int area();
    }
    static final class Square extends Shape {
        final int s;
        Square(int s) { this.s = s; }
        int area() { return s * s; }
    }
    static final class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        int area() { return w * h; }
    }
    interface Named {
        String name();
    }
    static final class A implements Named {
        public String name() { return "a"; }
    }
    static final class B implements Named {
        public String name() { return "bb"; }
    }

    static int total(Shape[] shapes) {
        int t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }

    static int letters(Named[] ns) {
        int t = 0;
        for (Named n : ns) t += n.name().length();
        return t;
    }

    public static void main(String[] args) {
        Shape[] shapes = new Shape[10];
        for (int i = 0; i < shapes.length; i++) shapes[i] = i % 5 == 4 ? new Rect(i, 2) : new Square(i);
        int t = 0;
        for (int r = 0; r < 30; r++) t += total(shapes);
        System.out.println(t);
        Named[] ns = {new B(), new A(), new A(), new B(), new A()};
        System.out.println(letters(ns) + letters(ns));
    }
}
