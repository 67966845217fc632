import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamCollectors {
    record Person(String name, String city, int age, double score) {}

    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        List<Person> ps = List.of(new Person("Ann", "Oslo", 31, 7.5), new Person("Bob", "Rome", 25, 6.25),
                new Person("Cid", "Oslo", 47, 9.0), new Person("Dee", "Lima", 25, 4.75), new Person("Eve", "Rome", 38, 8.5),
                new Person("Fay", "Oslo", 19, 5.0));
        p(ps.stream().collect(Collectors.groupingBy(Person::city)).keySet());
        p(ps.stream().collect(Collectors.groupingBy(Person::city, Collectors.counting())));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        p(ps.stream().collect(Collectors.groupingBy(Person::age, Collectors.mapping(Person::name, Collectors.joining("&")))));
        p(ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 30)));
        p(ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 30, Collectors.counting())));
        p(ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 100)).get(true));
        p(ps.stream().collect(Collectors.toMap(Person::name, Person::age)));
        p(ps.stream().collect(Collectors.toMap(Person::city, Person::age, Integer::sum)));
        p(ps.stream().collect(Collectors.toMap(Person::city, Person::name, (a, b) -> a + "," + b, LinkedHashMap::new)));
        try {
            ps.stream().collect(Collectors.toMap(Person::city, Person::name));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        p(ps.stream().collect(Collectors.summingInt(Person::age)) + " " + ps.stream().collect(Collectors.summingLong(Person::age))
                + " " + ps.stream().collect(Collectors.summingDouble(Person::score)));
        p(ps.stream().collect(Collectors.averagingInt(Person::age)) + " " + ps.stream().collect(Collectors.averagingDouble(Person::score))
                + " " + ps.stream().collect(Collectors.averagingLong(Person::age)) + " " + Stream.<Person>empty().collect(Collectors.averagingInt(Person::age)));
        p(ps.stream().collect(Collectors.summarizingInt(Person::age)));
        p(ps.stream().collect(Collectors.summarizingDouble(Person::score)));
        p(ps.stream().collect(Collectors.summarizingLong(Person::age)));
        p(ps.stream().collect(Collectors.minBy(Comparator.comparingInt(Person::age))).get().name() + " "
                + ps.stream().collect(Collectors.maxBy(Comparator.comparingDouble(Person::score))).get().name());
        p(ps.stream().map(Person::name).collect(Collectors.joining()) + " " + ps.stream().map(Person::name).collect(Collectors.joining("/")));
        p(ps.stream().map(Person::age).collect(Collectors.reducing(0, Integer::sum)) + " "
                + ps.stream().map(Person::age).collect(Collectors.reducing(Integer::max)) + " "
                + ps.stream().collect(Collectors.reducing(0, Person::age, Integer::sum)));
        p(ps.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, Collectors.filtering(p -> p.age() > 30, Collectors.toList())))
                .get("Lima"));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.flatMapping(p -> p.name().chars().mapToObj(c -> (char) c), Collectors.toSet()))));
        p(ps.stream().map(Person::city).collect(Collectors.toCollection(TreeSet::new)));
        p(ps.stream().map(Person::city).collect(Collectors.toSet()));
        p(ps.stream().map(Person::name).collect(Collectors.toUnmodifiableList()));
        p(ps.stream().map(Person::city).collect(Collectors.toUnmodifiableSet()).size());
        p(ps.stream().collect(Collectors.toUnmodifiableMap(Person::name, Person::age)).get("Eve"));
        p(ps.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.averagingInt(Person::age), (n, a) -> n + "@" + a)));
        Map<String, Map<Integer, List<String>>> nested = ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        p(nested);
        Map<Boolean, Map<String, Long>> pm = ps.stream().collect(Collectors.partitioningBy(p -> p.score() > 6,
                Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting())));
        p(pm);
        List<String> words = Arrays.asList("the quick brown fox jumps over the lazy dog the end".split(" "));
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        p(freq);
        p(freq.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        Map<Integer, List<String>> byLen = words.stream().collect(Collectors.groupingBy(String::length));
        p(byLen);
        try {
            words.stream().collect(Collectors.groupingBy(w -> (String) null));
        } catch (NullPointerException e) {
            p("NPE " + e.getMessage());
        }
        try {
            Stream.of("a", "b").collect(Collectors.toMap(x -> x, x -> null));
        } catch (NullPointerException e) {
            p("NPE value");
        }
        Collector<String, StringBuilder, String> custom = Collector.of(StringBuilder::new, StringBuilder::append, StringBuilder::append,
                StringBuilder::toString);
        p(words.stream().limit(3).collect(custom) + " " + custom.characteristics());
        Collector<String, List<String>, List<String>> c2 = Collector.of(ArrayList::new, List::add, (a, b) -> a);
        p(Stream.of("z").collect(c2) + " " + c2.characteristics());
        p(Collectors.toList().characteristics() + " " + Collectors.toSet().characteristics().size());
        Map<Integer, Long> hm = IntStream.range(0, 40).boxed().collect(Collectors.groupingBy(i -> i * 37 % 23, Collectors.counting()));
        p(hm);
        p(Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.partitioningBy(i -> i % 2 == 0, Collectors.mapping(i -> i * i,
                Collectors.reducing(0, Integer::sum)))));
    }
}
