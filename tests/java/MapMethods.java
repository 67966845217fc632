import java.util.*;
public class MapMethods {
    public static void main(String[] args) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("a", 1);
        System.out.println(m.getOrDefault("a", 0) + " " + m.getOrDefault("z", 0));
        System.out.println(m.putIfAbsent("a", 5) + " " + m.putIfAbsent("b", 2) + " " + m);
        System.out.println(m.computeIfAbsent("c", k -> 3) + " " + m.computeIfAbsent("a", k -> 99) + " " + m);
        System.out.println(m.computeIfPresent("a", (k, v) -> v + 10) + " " + m.computeIfPresent("zz", (k, v) -> 1) + " " + m);
        System.out.println(m.compute("b", (k, v) -> v == null ? 0 : v * 100) + " " + m.compute("new", (k, v) -> v == null ? -1 : v) + " " + m);
        System.out.println(m.merge("a", 5, Integer::sum) + " " + m.merge("fresh", 7, Integer::sum) + " " + m);
        m.computeIfPresent("new", (k, v) -> null);
        m.merge("fresh", 0, (x, y) -> null);
        System.out.println(m);
        m.replaceAll((k, v) -> v * 2);
        System.out.println(m + " " + m.replace("a", 0) + " " + m.replace("a", 0, 1) + " " + m.replace("a", 5, 6) + " " + m);
        System.out.println(m.remove("a", 2) + " " + m.remove("a", 1) + " " + m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append("->").append(v).append(' '));
        System.out.println(sb);
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 12; i++) multi.computeIfAbsent(i % 3 == 0 ? "fizz" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b a c b a d".split(" ")) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println(counts);
        Map.Entry<String, Integer> e = Map.entry("k", 1);
        System.out.println(e.getKey() + "=" + e.getValue() + " " + e);
        try { e.setValue(2); } catch (UnsupportedOperationException ex) { System.out.println("entry immutable"); }
        System.out.println(Map.Entry.<String, Integer>comparingByValue().compare(Map.entry("x", 1), Map.entry("y", 2)));
    }
}
