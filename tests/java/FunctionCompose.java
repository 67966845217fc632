import java.util.function.*;
public class FunctionCompose {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2, sq = x -> x * x;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + inc.andThen(dbl).andThen(sq).apply(1) + " " + sq.compose(inc).compose(dbl).apply(3));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(dbl).apply(3, 4));
        Consumer<StringBuilder> a = sb -> sb.append("a"), b = sb -> sb.append("b");
        StringBuilder sb = new StringBuilder();
        a.andThen(b).andThen(a).accept(sb);
        System.out.println(sb);
        IntUnaryOperator i1 = x -> x + 10, i2 = x -> x * 3;
        System.out.println(i1.andThen(i2).applyAsInt(1) + " " + i1.compose(i2).applyAsInt(1) + " " + IntUnaryOperator.identity().applyAsInt(7));
        DoubleUnaryOperator d1 = Math::sqrt;
        System.out.println(d1.andThen(x -> x + 1).applyAsDouble(16));
        Function<Integer, Integer> pipeline = Function.identity();
        for (int i = 1; i <= 5; i++) { final int k = i; pipeline = pipeline.andThen(x -> x * 10 + k); }
        System.out.println(pipeline.apply(0));
        IntPredicate pos = x -> x > 0, small = x -> x < 100;
        System.out.println(pos.and(small).test(50) + " " + pos.and(small).negate().test(50) + " " + pos.or(small).test(-5));
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2) + " " + longer.and((s, n) -> n > 0).test("abc", 0));
        Supplier<Function<String, String>> factory = () -> String::strip;
        System.out.println("[" + factory.get().apply("  s  ") + "]");
        BiConsumer<String, Integer> p1 = (s, n) -> System.out.print(s + n), p2 = (s, n) -> System.out.println("|" + n + s);
        p1.andThen(p2).accept("k", 9);
    }
}
