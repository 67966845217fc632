import java.util.*;
import java.util.stream.*;

public class StreamLazy {
    public static void main(String[] args) {
        List<Integer> out = Stream.of(1, 2, 3, 4, 5, 6)
                .peek(i -> System.out.print("a" + i + " "))
                .filter(i -> i % 2 == 0)
                .peek(i -> System.out.print("b" + i + " "))
                .map(i -> i * i)
                .limit(2)
                .collect(Collectors.toList());
        System.out.println(out);
        Optional<Integer> f = Stream.iterate(1, i -> i + 1).peek(i -> System.out.print("it" + i + " ")).filter(i -> i > 3).findFirst();
        System.out.println(f.get());
        System.out.println(Stream.generate(() -> "x").anyMatch(x -> x.equals("x")));
        System.out.println(IntStream.iterate(0, i -> i + 3).filter(i -> i % 7 == 0).skip(2).findFirst().getAsInt());
        Stream.of(5, 3, 1, 4).peek(i -> System.out.print("pre" + i + " ")).sorted().peek(i -> System.out.print("post" + i + " ")).limit(2)
                .forEach(i -> System.out.print("got" + i + " "));
        System.out.println();
        System.out.println(Stream.of(1, 2, 3).peek(i -> System.out.print("cnt" + i + " ")).count());
        System.out.println(Stream.of(1, 2, 3).filter(i -> i > 1).peek(i -> System.out.print("cnt" + i + " ")).count());
        System.out.println(List.of(1, 2, 3).stream().map(i -> i + 1).peek(i -> System.out.print("m" + i + " ")).count());
        System.out.println(IntStream.range(0, 5).peek(i -> System.out.print("r" + i + " ")).count());
        Stream.of(List.of(1, 2, 3), List.of(4, 5, 6)).flatMap(l -> l.stream().peek(i -> System.out.print("fm" + i + " "))).limit(4)
                .forEach(i -> System.out.print("v" + i + " "));
        System.out.println();
        Iterator<Integer> it = Stream.of(1, 2, 3).peek(i -> System.out.print("lazy" + i + " ")).iterator();
        System.out.println("made");
        System.out.println(it.next());
        System.out.println(it.hasNext());
        System.out.println(it.next() + " " + it.next() + " " + it.hasNext());
        Stream<Integer> a = Stream.of(1, 2).peek(i -> System.out.print("A" + i + " "));
        Stream<Integer> b = Stream.of(3, 4).peek(i -> System.out.print("B" + i + " "));
        Stream<Integer> cc = Stream.concat(a, b);
        System.out.println("concat");
        System.out.println(cc.filter(i -> i != 2).findFirst().get());
        System.out.println(IntStream.rangeClosed(1, 1_000_000).filter(i -> i % 99_999 == 0).boxed().collect(Collectors.toList()));
        System.out.println(Stream.iterate("", s -> s + "a").takeWhile(s -> s.length() < 4).collect(Collectors.joining(",")));
        System.out.println(Stream.of(1, 2, 3, 4).peek(i -> System.out.print("all" + i + " ")).allMatch(i -> i < 3));
        System.out.println(Stream.of(1, 2, 3, 4).peek(i -> System.out.print("none" + i + " ")).noneMatch(i -> i == 2));
        Stream.of(3, 1, 2).sorted().sorted(Comparator.reverseOrder()).forEach(System.out::print);
        System.out.println();
        Stream.of("b", "a", "c").skip(1).peek(x -> System.out.print("s" + x)).sorted().forEach(System.out::print);
        System.out.println();
    }
}
