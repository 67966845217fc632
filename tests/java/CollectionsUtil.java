import java.util.*;
public class CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2, 7, 3));
        Collections.sort(l); System.out.println(l);
        Collections.reverse(l); System.out.println(l);
        Collections.shuffle(l, new Random(42)); System.out.println(l);
        Collections.shuffle(l, new Random(42)); System.out.println(l);
        Collections.swap(l, 0, 7); System.out.println(l);
        Collections.rotate(l, 3); System.out.println(l);
        System.out.println(Collections.max(l) + " " + Collections.min(l) + " " + Collections.frequency(l, 3) + " " + Collections.max(l, Comparator.reverseOrder()));
        Collections.sort(l);
        System.out.println(Collections.binarySearch(l, 7) + " " + Collections.binarySearch(l, 4));
        System.out.println(Collections.nCopies(4, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(1) + " " + Collections.singleton("s") + " " + Collections.emptyMap());
        List<Integer> un = Collections.unmodifiableList(l);
        try { un.add(1); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable add UOE"); }
        try { un.set(0, 1); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable set UOE"); }
        l.set(0, -100);
        System.out.println(un.get(0));
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("a", 1, "b", 2)));
        try { um.put("c", 3); } catch (UnsupportedOperationException e) { System.out.println("map UOE " + um); }
        List<String> s = new ArrayList<>(List.of("x"));
        Collections.addAll(s, "c", "a", "b");
        System.out.println(s + " " + Collections.disjoint(s, List.of("q", "r")) + " " + Collections.disjoint(s, List.of("a")));
        Collections.fill(s, "z"); System.out.println(s);
        List<Integer> dst = new ArrayList<>(Collections.nCopies(10, 0));
        Collections.copy(dst, List.of(1, 2, 3)); System.out.println(dst);
        System.out.println(Collections.indexOfSubList(List.of(1, 2, 3, 1, 2, 3), List.of(2, 3)) + " " + Collections.lastIndexOfSubList(List.of(1, 2, 3, 1, 2, 3), List.of(2, 3)));
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < 30; i++) shuffled.add(i);
        Collections.shuffle(shuffled, new Random(123));
        System.out.println(shuffled);
        List<String> sync = Collections.synchronizedList(new ArrayList<>());
        sync.add("sync");
        System.out.println(sync + " " + Collections.reverseOrder().compare(1, 2));
        List<Integer> empty = Collections.emptyList();
        try { Collections.max(empty); } catch (NoSuchElementException e) { System.out.println("max of empty NSEE"); }
    }
}
