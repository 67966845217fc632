import java.util.*;
public class OptionalOps {
    static Optional<Integer> parse(String s) { try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); } }
    public static void main(String[] args) {
        Optional<String> a = Optional.of("value"), e = Optional.empty(), n = Optional.ofNullable(null);
        System.out.println(a + " " + e + " " + n + " " + a.isPresent() + " " + e.isEmpty() + " " + e.equals(n));
        System.out.println(a.get() + " " + e.orElse("other") + " " + e.orElseGet(() -> "gotten") + " " + a.map(String::length).get() + " " + e.map(String::length));
        System.out.println(a.filter(s -> s.startsWith("v")) + " " + a.filter(s -> s.startsWith("x")) + " " + a.flatMap(s -> Optional.of(s + "!")) + " " + e.or(() -> Optional.of("alt")));
        a.ifPresent(s -> System.out.println("present: " + s));
        e.ifPresentOrElse(s -> System.out.println("no"), () -> System.out.println("absent"));
        try { e.get(); } catch (NoSuchElementException ex) { System.out.println("NSEE: " + ex.getMessage()); }
        try { e.orElseThrow(); } catch (NoSuchElementException ex) { System.out.println("orElseThrow NSEE"); }
        try { e.orElseThrow(() -> new IllegalStateException("custom")); } catch (IllegalStateException ex) { System.out.println(ex.getMessage()); }
        for (String s : new String[]{"12", "x", "-4"}) System.out.println(s + " -> " + parse(s).map(v -> v * 2).orElse(-999));
        OptionalInt oi = OptionalInt.of(5);
        OptionalDouble od = OptionalDouble.empty();
        OptionalLong ol = OptionalLong.of(7L);
        System.out.println(oi + " " + od + " " + ol + " " + oi.getAsInt() + " " + od.orElse(1.5) + " " + ol.isPresent());
        System.out.println(a.hashCode() == "value".hashCode());
        System.out.println(Optional.of(List.of(1, 2)).map(List::size).orElse(0));
    }
}
