import java.util.*;
public class ListOfMapOf {
    public static void main(String[] args) {
        List<Integer> l = List.of(3, 1, 2);
        System.out.println(l + " " + l.size() + " " + l.get(1) + " " + l.contains(2) + " " + l.indexOf(2));
        System.out.println(List.of() + " " + List.of("x") + " " + List.copyOf(new ArrayList<>(List.of(9, 8))));
        Set<String> one = Set.of("solo");
        System.out.println(one + " " + one.contains("solo"));
        Set<Integer> many = Set.of(5, 3, 9, 1);
        System.out.println(new TreeSet<>(many) + " " + many.size() + " " + many.contains(9));
        Map<String, Integer> m1 = Map.of("k", 1);
        System.out.println(m1 + " " + m1.get("k"));
        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3, "four", 4);
        System.out.println(new TreeMap<>(m));
        Map<Integer, String> me = Map.ofEntries(Map.entry(2, "b"), Map.entry(1, "a"));
        System.out.println(new TreeMap<>(me) + " " + me.getOrDefault(3, "none"));
        try { l.set(0, 1); } catch (UnsupportedOperationException e) { System.out.println("List.of immutable"); }
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("List.of null NPE"); }
        try { Set.of(1, 1); } catch (IllegalArgumentException e) { System.out.println("Set.of dup IAE: " + e.getMessage()); }
        try { Map.of("a", 1, "a", 2); } catch (IllegalArgumentException e) { System.out.println("Map.of dup IAE: " + e.getMessage()); }
        try { m.put("x", 1); } catch (UnsupportedOperationException e) { System.out.println("Map.of immutable"); }
        System.out.println(l.equals(Arrays.asList(3, 1, 2)) + " " + l.hashCode() + " " + m.equals(new HashMap<>(m)) + " " + m.hashCode());
        List<List<Integer>> nested = List.of(List.of(1), List.of(2, 3), List.of());
        System.out.println(nested);
        System.out.println(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).subList(3, 6));
        int total = 0;
        for (int v : many) total += v;
        System.out.println(total);
    }
}
