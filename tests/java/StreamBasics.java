import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamBasics {
    public static void main(String[] args) {
        List<String> words = Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().sorted().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(words.stream().sorted(Comparator.comparing(String::length)).toList());
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).reversed()).toList());
        System.out.println(words.stream().mapToInt(String::length).sum() + " " + words.stream().count());
        System.out.println(words.stream().map(String::length).reduce(0, Integer::sum));
        System.out.println(words.stream().reduce((a, b) -> a + "|" + b).get());
        System.out.println(words.stream().reduce(0, (acc, w) -> acc + w.length(), Integer::sum));
        System.out.println(words.stream().min(Comparator.naturalOrder()) + " " + words.stream().max(String::compareTo));
        System.out.println(words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().allMatch(w -> w.length() > 3)
                + " " + words.stream().noneMatch(String::isEmpty));
        System.out.println(words.stream().findFirst().get() + " " + Stream.empty().findAny().isPresent());
        System.out.println(Arrays.toString(words.stream().skip(2).limit(3).toArray()));
        String[] arr = words.stream().map(s -> s.substring(0, 2)).toArray(String[]::new);
        System.out.println(arr.length + " " + Arrays.toString(arr) + " " + arr.getClass().getSimpleName());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6, 7).takeWhile(i -> i < 4).toList() + " "
                + Stream.of(1, 2, 3, 4, 5, 1).dropWhile(i -> i < 4).toList());
        System.out.println(Stream.iterate(1, i -> i * 2).limit(10).toList());
        System.out.println(Stream.iterate(1, i -> i < 100, i -> i * 3).toList());
        int[] c = {0};
        System.out.println(Stream.generate(() -> c[0]++).limit(5).toList());
        System.out.println(Stream.concat(Stream.of("a", "b"), Stream.of("c")).toList());
        System.out.println(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(i -> i * 10).toList());
        System.out.println(Stream.of("x").collect(Collectors.toList()).getClass().getSimpleName());
        Stream.Builder<String> b = Stream.builder();
        b.add("p").add("q");
        b.accept("r");
        System.out.println(b.build().collect(Collectors.joining()));
        Iterator<String> it = words.stream().filter(w -> w.contains("a")).iterator();
        while (it.hasNext())
            System.out.print(it.next() + ";");
        System.out.println();
        Stream<String> s = words.stream();
        s.count();
        try {
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        Stream<String> s2 = words.stream();
        s2.map(x -> x);
        try {
            s2.filter(x -> true);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            Stream.of(1).limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            Stream.of("a", null).findFirst();
        } catch (NullPointerException e) {
            System.out.println("NPE findFirst");
        }
        System.out.println(Stream.of("a", null, "b").filter(Objects::nonNull).count());
        Object[] nulls = Stream.of(null, "x", null).distinct().toArray();
        System.out.println(Arrays.toString(nulls));
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8));
        Stream<Integer> late = nums.stream();
        nums.add(1);
        System.out.println(late.sorted().toList());
        System.out.println(Stream.of(3, 1, 2).mapMulti((Integer x, Consumer<String> sink) -> {
            for (int i = 0; i < x; i++)
                sink.accept("m" + x);
        }).toList());
        StringBuilder closed = new StringBuilder();
        try (Stream<String> cs = Stream.of("a").onClose(() -> closed.append("one")).onClose(() -> closed.append("two"))) {
            cs.forEach(closed::append);
        }
        System.out.println(closed);
        ArrayList<Integer> al = Stream.of(5, 2, 9).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(al);
        Map<String, Integer> m = new TreeMap<>(Map.of("x", 1, "y", 2, "z", 3));
        System.out.println(m.entrySet().stream().map(e -> e.getKey() + e.getValue()).collect(Collectors.joining("+")));
        System.out.println(m.values().stream().mapToInt(Integer::intValue).max().getAsInt());
        System.out.println(Arrays.stream(new String[] {"q", "r", "s", "t"}, 1, 3).toList());
        System.out.println(Stream.ofNullable(null).count() + " " + Stream.ofNullable("v").count());
        List<String> toList = Stream.of("a", null).toList();
        try {
            toList.add("b");
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + toList);
        }
        System.out.println(words.parallelStream().filter(w -> w.length() == 5).sequential().isParallel());
    }
}
