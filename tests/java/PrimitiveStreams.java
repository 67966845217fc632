import java.util.*;
import java.util.stream.*;

public class PrimitiveStreams {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 10).sum() + " " + IntStream.range(5, 5).count());
        System.out.println(Arrays.toString(IntStream.of(3, 1, 2, 3, 1).distinct().sorted().toArray()));
        System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).average().getAsDouble() + " " + IntStream.empty().average());
        System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics());
        System.out.println(IntStream.empty().summaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println(LongStream.of(5, 7).summaryStatistics());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).average().getAsDouble());
        System.out.println(DoubleStream.of(1.5, -2.25, 8).summaryStatistics());
        System.out.println(DoubleStream.empty().summaryStatistics());
        double[] many = new double[1000];
        for (int i = 0; i < many.length; i++)
            many[i] = 0.1 * (i % 7) + 1e-3 * i;
        System.out.println(Arrays.stream(many).sum() + " " + Arrays.stream(many).average().getAsDouble());
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "n" + i).collect(Collectors.joining("-")));
        System.out.println(IntStream.range(0, 5).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.of(1, 2, 3).asLongStream().map(x -> x << 40).sum());
        System.out.println(IntStream.of(1, 2, 3).asDoubleStream().map(Math::sqrt).sum());
        System.out.println(IntStream.of(1, 2, 3).mapToLong(i -> i * 1000000000L).max().getAsLong());
        System.out.println(IntStream.of(1, 2, 3).mapToDouble(i -> i / 2.0).boxed().toList());
        System.out.println(DoubleStream.of(1.7, -1.7, 2.5).mapToInt(d -> (int) d).boxed().toList());
        System.out.println(DoubleStream.of(1.7, -1.7, 2.5).mapToLong(Math::round).boxed().toList());
        System.out.println(LongStream.range(0, 4).mapToInt(l -> (int) l * 3).sum());
        System.out.println(IntStream.of(1, 2).flatMap(i -> IntStream.of(i, i * 10)).boxed().toList());
        System.out.println(IntStream.iterate(1, i -> i <= 64, i -> i * 2).boxed().toList());
        System.out.println(IntStream.generate(() -> 7).limit(3).sum());
        System.out.println(IntStream.concat(IntStream.of(1), IntStream.range(5, 8)).boxed().toList());
        System.out.println(IntStream.of(5, 3, 9).min().getAsInt() + " " + IntStream.of(5, 3, 9).max().getAsInt() + " " + IntStream.empty().max());
        System.out.println(DoubleStream.of(1, Double.NaN, 3).max() + " " + DoubleStream.of(-0.0, 0.0).min());
        System.out.println(IntStream.range(0, 20).skip(5).limit(5).takeWhile(i -> i < 8).boxed().toList());
        System.out.println(IntStream.range(0, 10).dropWhile(i -> i < 7).count());
        PrimitiveIterator.OfInt pit = IntStream.range(0, 3).iterator();
        while (pit.hasNext())
            System.out.print(pit.nextInt() + " ");
        System.out.println();
        System.out.println(IntStream.of(1, 2, 3, 4).anyMatch(i -> i > 3) + " " + IntStream.of(1, 2, 3, 4).allMatch(i -> i > 3) + " "
                + IntStream.of(1, 2, 3, 4).noneMatch(i -> i > 3) + " " + IntStream.of(9, 8).findFirst() + " " + IntStream.empty().findAny());
        System.out.println("hello".chars().filter(ch -> ch == 'l').count() + " " + "héllo😀".codePoints().count());
        System.out.println("abc".chars().mapToObj(ch -> String.valueOf((char) ch)).collect(Collectors.joining("/")));
        IntStream.Builder b = IntStream.builder();
        b.add(4).add(5);
        System.out.println(b.build().sum());
        StringBuilder sbr = IntStream.range(0, 6).collect(StringBuilder::new, (sb, i) -> sb.append(i), StringBuilder::append);
        System.out.println(sbr);
        System.out.println(Arrays.stream(new int[] {9, 8, 7, 6}, 1, 3).sum() + " " + Arrays.stream(new long[] {1L << 40, 1}).sum()
                + " " + Arrays.stream(new double[] {0.5, 0.25}).sum());
        System.out.println(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).count() + " "
                + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().toList());
        System.out.println(LongStream.range(Long.MAX_VALUE - 3, Long.MAX_VALUE).boxed().toList());
        System.out.println(DoubleStream.of(3.5, -1, 2).sorted().boxed().toList() + " " + LongStream.of(3, 3, 1).distinct().count());
        IntSummaryStatistics st = new IntSummaryStatistics();
        st.accept(3);
        st.accept(-8);
        System.out.println(st.getMin() + " " + st.getMax() + " " + st.getAverage() + " " + st.getSum() + " " + st.getCount());
        System.out.println(IntStream.of(1, 2, 3).map(i -> i * i).peek(i -> System.out.print("<" + i + ">")).sum());
        System.out.println(IntStream.range(0, 1000000).map(i -> i & 7).sum());
    }
}
