import java.util.function.*;
public class LambdaBasics {
    static int twice(IntUnaryOperator f, int x) { return f.applyAsInt(f.applyAsInt(x)); }
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        Supplier<String> sup = () -> "supplied";
        Consumer<String> con = s -> System.out.println("consumed " + s);
        BiConsumer<String, Integer> bic = (s, i) -> System.out.println(s.repeat(i));
        Function<Integer, String> fn = i -> "#" + i;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Predicate<String> empty = String::isEmpty;
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> mul = (a, b) -> a * b;
        IntBinaryOperator ib = (a, b) -> a % b;
        IntPredicate even = x -> x % 2 == 0;
        IntFunction<int[]> mk = int[]::new;
        ToIntFunction<String> len = String::length;
        LongSupplier ls = () -> 1L << 40;
        DoubleUnaryOperator half = d -> d / 2;
        BooleanSupplier bs = () -> true;
        ObjIntConsumer<StringBuilder> oic = (sb, i) -> sb.append(i);
        con.accept(sup.get());
        bic.accept("ab", 3);
        System.out.println(fn.apply(5) + " " + add.apply(2, 3) + " " + empty.test("") + " " + empty.negate().test("") + " " + up.apply("up") + " " + mul.apply(6, 7));
        System.out.println(ib.applyAsInt(17, 5) + " " + even.test(4) + " " + mk.apply(3).length + " " + len.applyAsInt("four") + " " + ls.getAsLong() + " " + half.applyAsDouble(3) + " " + bs.getAsBoolean());
        StringBuilder sb = new StringBuilder();
        oic.accept(sb, 42);
        System.out.println(sb);
        System.out.println(twice(x -> x * 3, 7) + " " + twice(Math::abs, -5) + " " + twice(Integer::reverse, 12345));
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * 10 + b;
        System.out.println(curried.apply(4).apply(2));
        Supplier<Supplier<String>> nested = () -> () -> "deep";
        System.out.println(nested.get().get());
        Predicate<Integer> p1 = x -> x > 0, p2 = x -> x < 10;
        System.out.println(p1.and(p2).test(5) + " " + p1.and(p2).test(15) + " " + p1.or(p2).test(-5) + " " + Predicate.not(p1).test(-1) + " " + Predicate.isEqual("a").test("a"));
        Function<Integer, Integer> id = Function.identity();
        System.out.println(id.apply(9) + " " + UnaryOperator.<String>identity().apply("same"));
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Integer::compare);
        System.out.println(mx.apply(3, 8) + " " + BinaryOperator.<Integer>minBy(Integer::compare).apply(3, 8));
    }
}
