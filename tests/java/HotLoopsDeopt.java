public class HotLoopsDeopt {
    interface Shape { double area(); }
    static final class Sq implements Shape { final double s; Sq(double s) { this.s = s; } public double area() { return s * s; } }
    static final class Circ implements Shape { final double r; Circ(double r) { this.r = r; } public double area() { return 3 * r * r; } }
    static final class Tri implements Shape { final double b, h; Tri(double b, double h) { this.b = b; this.h = h; } public double area() { return b * h / 2; } }
    static final class Hex implements Shape { public double area() { return 6; } }
    static double total(Shape[] shapes) { double t = 0; for (Shape s : shapes) t += s.area(); return t; }
    static int divide(int a, int b) { return a / b; }
    static int len(Object o) { return ((String) o).length(); }
    static int sumTo(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
    static long mix(long x) { for (int i = 0; i < 64; i++) x = x * 6364136223846793005L + 1442695040888963407L; return x; }
    static int field(Object o) { return o.hashCode() & 0; }
    public static void main(String[] args) {
        Shape[] mono = new Shape[1000];
        for (int i = 0; i < mono.length; i++) mono[i] = new Sq(i % 10);
        double acc = 0;
        for (int k = 0; k < 2000; k++) acc += total(mono);
        System.out.println("mono " + acc);
        Shape[] poly = new Shape[1000];
        for (int i = 0; i < poly.length; i++) poly[i] = (i % 2 == 0) ? new Sq(1) : new Circ(1);
        for (int k = 0; k < 2000; k++) acc += total(poly);
        System.out.println("bi " + acc);
        for (int i = 0; i < poly.length; i++) poly[i] = switch (i % 4) { case 0 -> new Sq(2); case 1 -> new Circ(2); case 2 -> new Tri(2, 3); default -> new Hex(); };
        for (int k = 0; k < 2000; k++) acc += total(poly);
        System.out.println("mega " + acc);
        long s = 0;
        for (int i = 1; i < 200000; i++) s += divide(1000000, i);
        try { s += divide(1, 0); } catch (ArithmeticException e) { System.out.println("hot divide trapped: " + e.getMessage() + " s=" + s); }
        int l = 0;
        for (int i = 0; i < 200000; i++) l += len("abc");
        try { l += len(Integer.valueOf(1)); } catch (ClassCastException e) { System.out.println("hot cast trapped " + l); }
        try { l += len(null); } catch (NullPointerException e) { System.out.println("hot null trapped"); }
        long t = 0;
        for (int i = 0; i < 5000; i++) t += sumTo(i);
        System.out.println("sumTo " + t + " overflowing " + sumTo(100000));
        long m = 0;
        for (int i = 0; i < 100000; i++) m ^= mix(i);
        System.out.println("mix " + m);
        int[] arr = new int[100];
        int caught = 0;
        for (int i = 0; i < 300000; i++) { try { arr[i % 101]++; } catch (ArrayIndexOutOfBoundsException e) { caught++; } }
        System.out.println("aioobe in hot loop " + caught + " " + arr[0] + " " + arr[99]);
        double d = 0;
        for (int i = 0; i < 1000000; i++) d += (i & 1) == 0 ? Math.sqrt(i) : -Math.sqrt(i - 1);
        System.out.println("sqrt sum " + d);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100000; i++) { if (sb.length() > 50) sb.setLength(0); sb.append((char) ('a' + i % 26)); }
        System.out.println(sb);
        float f = 0;
        for (int i = 0; i < 1000000; i++) f += 0.001f;
        System.out.println("float accumulate " + f);
        int ov = Integer.MAX_VALUE - 100000, cnt = 0;
        for (int i = 0; i < 200000; i++) { ov++; if (ov < 0) cnt++; }
        System.out.println("overflow count " + cnt + " " + ov);
    }
}
