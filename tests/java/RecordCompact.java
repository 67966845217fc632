import java.util.*;
public class RecordCompact {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
    }
    record Name(String first, String last) {
        Name {
            first = first.trim();
            last = last.toUpperCase();
        }
        @Override public String first() { return "<" + first + ">"; }
    }
    record Money(long cents) implements Comparable<Money> {
        static final Money ZERO = new Money(0);
        static int created;
        Money { created++; }
        public int compareTo(Money o) { return Long.compare(cents, o.cents); }
        @Override public String toString() { return String.format("$%d.%02d", cents / 100, cents % 100); }
    }
    record Bag(List<String> items) {
        Bag { items = List.copyOf(items); }
    }
    public static void main(String[] args) {
        System.out.println(new Range(1, 5) + " " + new Range(7) + " " + new Range(2, 9).length());
        try { new Range(5, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Name n = new Name("  ann  ", "lee");
        System.out.println(n + " " + n.first() + " " + n.last() + " " + n.equals(new Name("ann", "LEE")));
        List<Money> ms = new ArrayList<>(List.of(new Money(1050), new Money(99), Money.ZERO, new Money(100000)));
        Collections.sort(ms);
        System.out.println(ms + " created=" + Money.created);
        List<String> src = new ArrayList<>(List.of("x"));
        Bag b = new Bag(src);
        src.add("y");
        System.out.println(b + " " + b.items().size());
        try { b.items().add("z"); } catch (UnsupportedOperationException e) { System.out.println("bag immutable"); }
    }
}
