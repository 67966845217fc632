// Kernel: invokevirtual through a class hierarchy. Phase 1 is megamorphic (five receiver classes
// interleaved at one call site), phase 2 monomorphic (one receiver class), plus a final/private
// helper and an inherited (not overridden) method.
public class VirtualCalls {
    static abstract class Shape {
        int w, h;
        Shape(int w, int h) { this.w = w; this.h = h; }
        abstract int area();
        int perimeter() { return 2 * (w + h); }
        int weight() { return area() + perimeter(); }
    }
    static class Rect extends Shape {
        Rect(int w, int h) { super(w, h); }
        int area() { return w * h; }
    }
    static class Square extends Rect {
        Square(int s) { super(s, s); }
        int perimeter() { return 4 * w; }
    }
    static class Tri extends Shape {
        Tri(int w, int h) { super(w, h); }
        int area() { return (w * h) >> 1; }
        int perimeter() { return w + h + ((w + h) >> 1); }
    }
    static class Circle extends Shape {
        Circle(int r) { super(r, r); }
        int area() { return 3 * w * w; }
        int perimeter() { return 6 * w; }
    }
    static class Ring extends Circle {
        Ring(int r) { super(r); }
        int area() { return super.area() - 3; }
    }

    static final int LEN = 1000;
    static final int ROUNDS = 1200;

    static Shape make(int k, int i) {
        int a = 1 + (i % 13), b = 1 + (i % 7);
        switch (k) {
            case 0: return new Rect(a, b);
            case 1: return new Square(a);
            case 2: return new Tri(a, b);
            case 3: return new Circle(b);
            default: return new Ring(a);
        }
    }

    static long run(Shape[] shapes, int rounds) {
        long s = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < shapes.length; i++) {
                Shape sh = shapes[i];
                s += sh.area();
                s ^= sh.weight();
            }
        }
        return s;
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        Shape[] mega = new Shape[LEN];
        Shape[] mono = new Shape[LEN];
        for (int i = 0; i < LEN; i++) {
            mega[i] = make(i % 5, i);
            mono[i] = make(2, i);
        }
        long check = run(mega, ROUNDS * scale) * 31 + run(mono, ROUNDS * scale);
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
