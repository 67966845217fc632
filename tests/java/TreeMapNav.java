import java.util.*;
public class TreeMapNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int i = 0; i < 50; i += 5) t.put(i, "v" + i);
        System.out.println(t);
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.firstEntry() + " " + t.lastEntry());
        for (int k : new int[]{-1, 0, 12, 15, 44, 45, 100}) {
            System.out.println(k + ": floor=" + t.floorKey(k) + " ceil=" + t.ceilingKey(k) + " lower=" + t.lowerKey(k) + " higher=" + t.higherKey(k) + " floorE=" + t.floorEntry(k));
        }
        System.out.println(t.headMap(20) + " " + t.headMap(20, true) + " " + t.tailMap(35) + " " + t.tailMap(35, false));
        System.out.println(t.subMap(10, 30) + " " + t.subMap(10, false, 30, true));
        System.out.println(t.descendingMap() + " " + t.descendingKeySet());
        System.out.println(t.pollFirstEntry() + " " + t.pollLastEntry() + " " + t.size());
        NavigableMap<Integer, String> view = t.headMap(25, true);
        view.remove(10);
        System.out.println(t);
        TreeMap<String, Integer> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Banana apple Cherry apple BANANA date".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words);
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        rev.putAll(Map.of("a", 1, "b", 2, "c", 3));
        System.out.println(rev + " " + rev.firstKey() + " " + rev.ceilingKey("bb"));
        TreeMap<Integer, Integer> big = new TreeMap<>();
        Random r = new Random(1);
        for (int i = 0; i < 10000; i++) big.merge(r.nextInt(1000), 1, Integer::sum);
        System.out.println(big.size() + " " + big.firstEntry() + " " + big.lastEntry() + " " + big.get(500) + " " + big.headMap(100).size());
        try { t.put(null, "x"); } catch (NullPointerException e) { System.out.println("null key NPE"); }
    }
}
