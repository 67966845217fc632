import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

// invokedynamic in hot code: lambdas (non-capturing, capturing int/long/double/reference/this), method
// references of every kind (static, bound, unbound, constructor, array constructor), functional interfaces
// with primitive signatures, and string concatenation (StringConcatFactory) of every type in loops.
public class JitLambdas {
    int base = 3;

    interface LongDoubleFn { double apply(long a, int b, double c, Object d); }

    static int square(int x) { return x * x; }
    int addBase(int x) { return x + base; }

    IntUnaryOperator capturingThis() { return x -> x * base + addBase(x); }

    static final class Box {
        final int v;
        Box(int v) { this.v = v; }
        int get() { return v; }
    }

    public static void main(String[] args) {
        JitLambdas self = new JitLambdas();
        long cs = 0;
        int ci = 7;
        long cl = 1L << 40;
        double cd = 0.5;
        String cstr = "cap";
        IntUnaryOperator nonCap = x -> x + 1;
        IntUnaryOperator capInt = x -> x * ci;
        LongUnaryOperator capLong = x -> x ^ cl;
        DoubleUnaryOperator capDouble = x -> x * cd;
        Function<String, Integer> capRef = s -> (s + cstr).length();
        IntUnaryOperator statRef = JitLambdas::square;
        IntUnaryOperator boundRef = self::addBase;
        IntUnaryOperator thisCap = self.capturingThis();
        ToIntFunction<Box> unbound = Box::get;
        IntFunction<Box> ctor = Box::new;
        IntFunction<int[]> arrCtor = int[]::new;
        BiFunction<Integer, Integer, Integer> boxed = Integer::sum;
        Supplier<List<String>> listNew = ArrayList::new;
        LongDoubleFn mixed = (a, b, c, d) -> a * 0.5 + b + c + (d == null ? 0 : d.hashCode() % 10);
        for (int i = 0; i < 100000; i++) {
            cs += nonCap.applyAsInt(i);
            cs += capInt.applyAsInt(i);
            cs ^= capLong.applyAsLong(i);
            cs += (long) capDouble.applyAsDouble(i);
            cs += statRef.applyAsInt(i & 1023);
            cs += boundRef.applyAsInt(i);
            cs += thisCap.applyAsInt(i & 255);
            cs += unbound.applyAsInt(ctor.apply(i));
            cs += arrCtor.apply(i & 7).length;
            cs += boxed.apply(i & 127, 5);
            cs += (long) mixed.apply(i * 3L, i & 15, i * 0.25, (i & 1) == 0 ? null : "x");
            if ((i & 1023) == 0) cs += capRef.apply("s" + i);
        }
        System.out.println("lambdas " + cs);
        List<String> l = listNew.get();
        l.add("a");
        System.out.println(l);

        // lambdas created inside the loop (a new capture each time) and a lambda calling a lambda
        cs = 0;
        for (int i = 0; i < 50000; i++) {
            final int k = i;
            IntSupplier sup = () -> k * 2;
            IntBinaryOperator comb = (a, b) -> a - b + sup.getAsInt();
            cs += comb.applyAsInt(i, 3);
        }
        System.out.println("captures " + cs);

        // Runnable / Comparator / Predicate chains
        Predicate<String> p = s -> s.length() > 2;
        Predicate<String> q = p.and(s -> s.charAt(0) != 'x').or(s -> s.isEmpty()).negate();
        int count = 0;
        String[] words = {"", "ab", "abc", "xyz", "hello", "x", "xx", "q"};
        for (int i = 0; i < 20000; i++) if (q.test(words[i % words.length])) count++;
        System.out.println("predicates " + count);

        // string concatenation with every type, in a loop
        StringBuilder all = new StringBuilder();
        long hs = 0;
        byte by = -5; short sh = 300; char ch = 'q'; boolean bo = true; float fl = 1.25f; Object nul = null;
        for (int i = 0; i < 20000; i++) {
            String s = "i=" + i + " l=" + (cl + i) + " d=" + (i / 8.0) + " f=" + fl + " c=" + ch + " b=" + by + " s=" + sh
                    + " z=" + bo + " n=" + nul + " o=" + self.base + " str=" + cstr + '!';
            hs = hs * 31 + s.hashCode();
            if (i % 5000 == 0) all.append(s).append('\n');
            by++;
            ch = (char) ('a' + i % 26);
            bo = !bo;
            fl += 0.5f;
        }
        System.out.print(all);
        System.out.println("concat " + hs);
        String acc = "";
        for (int i = 0; i < 300; i++) acc = acc + (i % 10);
        System.out.println(acc.length() + " " + acc.substring(290));
    }
}
