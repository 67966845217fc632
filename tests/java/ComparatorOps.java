import java.util.*;
public class ComparatorOps {
    record Person(String name, int age, String city) {}
    public static void main(String[] args) {
        List<Person> ps = new ArrayList<>(List.of(new Person("Ann", 30, "Oslo"), new Person("bob", 25, "Rome"), new Person("Cid", 30, null), new Person("Dee", 25, "Oslo"), new Person("eve", 40, "Rome")));
        ps.sort(Comparator.comparing(Person::age)); System.out.println(ps);
        ps.sort(Comparator.comparing(Person::age).reversed().thenComparing(Person::name)); System.out.println(ps);
        ps.sort(Comparator.comparing(Person::city, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Person::age)); System.out.println(ps);
        ps.sort(Comparator.comparing(Person::city, Comparator.nullsLast(Comparator.reverseOrder()))); System.out.println(ps);
        ps.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)); System.out.println(ps);
        ps.sort(Comparator.comparing(Person::name)); System.out.println(ps);
        List<String> s = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "c", "b"));
        s.sort(Comparator.naturalOrder()); System.out.println(s);
        s.sort(Comparator.reverseOrder()); System.out.println(s);
        s.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())); System.out.println(s);
        List<String> withNull = new ArrayList<>(Arrays.asList("b", null, "a"));
        withNull.sort(Comparator.nullsLast(Comparator.naturalOrder())); System.out.println(withNull);
        Comparator<Integer> odd1st = (x, y) -> Boolean.compare(x % 2 == 0, y % 2 == 0);
        List<Integer> ns = new ArrayList<>(List.of(4, 1, 3, 2, 6, 5));
        ns.sort(odd1st.thenComparing(Comparator.naturalOrder())); System.out.println(ns);
        System.out.println(Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().reversed().compare(1, 2) + " " + Comparator.comparingDouble((Double d) -> d).compare(0.0, -0.0));
        System.out.println(Collections.max(ps, Comparator.comparingInt(Person::age)).name());
    }
}
