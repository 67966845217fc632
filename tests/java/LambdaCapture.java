import java.util.*;
import java.util.function.*;
public class LambdaCapture {
    private int field = 10;
    private static int sfield = 100;
    Supplier<Integer> captureThis() { return () -> field * 2; }
    Supplier<Integer> captureThisAndLocal(int k) { int local = k * 3; return () -> field + local + sfield; }
    IntSupplier counter() { int[] box = {0}; return () -> ++box[0]; }
    public static void main(String[] args) {
        LambdaCapture o = new LambdaCapture();
        Supplier<Integer> s1 = o.captureThis();
        System.out.println(s1.get());
        o.field = 21;
        System.out.println(s1.get());
        System.out.println(o.captureThisAndLocal(5).get());
        sfield = 1;
        System.out.println(o.captureThisAndLocal(5).get());
        IntSupplier c1 = o.counter(), c2 = o.counter();
        System.out.println(c1.getAsInt() + " " + c1.getAsInt() + " " + c1.getAsInt() + " " + c2.getAsInt());
        List<Supplier<String>> sups = new ArrayList<>();
        for (int i = 0; i < 5; i++) { final int j = i; String tag = "t" + i; sups.add(() -> tag + ":" + j * j); }
        for (Supplier<String> s : sups) System.out.print(s.get() + " ");
        System.out.println();
        long big = 1L << 50; double d = 2.5; char ch = 'Q'; boolean flag = true; byte b = -3; short sh = 999; float f = 0.25f;
        Supplier<String> all = () -> big + " " + d + " " + ch + " " + flag + " " + b + " " + sh + " " + f;
        System.out.println(all.get());
        String[] arr = {"x"};
        Runnable mut = () -> arr[0] += "y";
        mut.run(); mut.run();
        System.out.println(arr[0]);
        Function<Integer, Function<Integer, Function<Integer, Integer>>> f3 = a -> b2 -> c -> a * 100 + b2 * 10 + c;
        System.out.println(f3.apply(1).apply(2).apply(3));
        Map<String, Function<Double, Double>> ops = new TreeMap<>();
        double factor = 1.5;
        ops.put("scale", x -> x * factor);
        ops.put("shift", x -> x + factor);
        ops.put("square", x -> x * x);
        for (Map.Entry<String, Function<Double, Double>> e : ops.entrySet()) System.out.println(e.getKey() + " " + e.getValue().apply(4.0));
        Runnable recursive = new Runnable() { int n = 3; public void run() { if (n-- > 0) { System.out.println("anon recursion " + n); this.run(); } } };
        recursive.run();
    }
}
