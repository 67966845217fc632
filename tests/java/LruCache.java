import java.util.*;
public class LruCache {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int cap;
        final List<K> evicted = new ArrayList<>();
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean r = size() > cap;
            if (r) evicted.add(eldest.getKey());
            return r;
        }
    }
    static class Fifo<K, V> extends LinkedHashMap<K, V> {
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > 3; }
    }
    public static void main(String[] args) {
        Lru<String, Integer> c = new Lru<>(3);
        c.put("a", 1); c.put("b", 2); c.put("c", 3);
        System.out.println(c);
        c.get("a");
        c.put("d", 4);
        System.out.println(c + " evicted=" + c.evicted);
        c.put("c", 33);
        c.put("e", 5);
        System.out.println(c + " evicted=" + c.evicted);
        Lru<Integer, Integer> fib = new Lru<>(50);
        for (int i = 0; i < 200; i++) { fib.put(i % 70, i); if (i % 5 == 0) fib.get(i % 13); }
        System.out.println(fib.size() + " " + fib.keySet());
        System.out.println(fib.evicted.size() + " " + fib.evicted.subList(0, 10));
        Fifo<String, String> f = new Fifo<>();
        for (String s : "p q r s t".split(" ")) { f.put(s, s.toUpperCase()); f.get("p"); }
        System.out.println(f);
    }
}
