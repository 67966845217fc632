import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

// WeakHashMap as a Map, with every key strongly held in `keep` (no collection may change anything): the JDK's
// iteration orders (iterators from the last bucket down, forEach from the first up, resizes reversing
// buckets), null keys and values, views and their iterators, bulk operations, exceptions.
public class WeakHashMapOps {
    // keys with chosen hash codes, to put several in one bucket
    static final class K {
        final String name;
        final int h;

        K(String name, int h) {
            this.name = name;
            this.h = h;
        }

        @Override
        public int hashCode() {
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof K && ((K) o).name.equals(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static <T> String order(Iterable<T> it) {
        StringBuilder sb = new StringBuilder();
        for (T t : it)
            sb.append(t).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        List<Object> keep = new ArrayList<>(); // every key stays strongly reachable

        WeakHashMap<String, Integer> m = new WeakHashMap<>();
        System.out.println("empty: " + m + " size " + m.size() + " isEmpty " + m.isEmpty() + " get " + m.get("x"));
        for (int i = 0; i < 20; i++) {
            String k = new String("key" + i);
            keep.add(k);
            m.put(k, i);
        }
        System.out.println("20 keys: " + m);
        System.out.println("keySet: " + order(m.keySet()));
        System.out.println("values: " + order(m.values()));
        StringBuilder fe = new StringBuilder();
        m.forEach((k, v) -> fe.append(k).append(' '));
        System.out.println("forEach: " + fe.toString().trim());
        System.out.println("get key7: " + m.get("key7") + " containsKey key19: " + m.containsKey("key19")
                + " containsKey key20: " + m.containsKey("key20") + " containsValue 13: " + m.containsValue(13)
                + " containsValue 99: " + m.containsValue(99) + " containsValue null: " + m.containsValue(null));
        System.out.println("put existing: " + m.put("key3", 33) + " now " + m.get("key3") + " size " + m.size());
        System.out.println("remove key4: " + m.remove("key4") + " again: " + m.remove("key4") + " size " + m.size());

        // null key and null values
        System.out.println("put null: " + m.put(null, -1) + " get null: " + m.get(null) + " containsKey null: "
                + m.containsKey(null) + " put null again: " + m.put(null, -2));
        String nv = new String("nv");
        keep.add(nv);
        m.put(nv, null);
        System.out.println("null value: " + m.get("nv") + " containsKey nv: " + m.containsKey("nv")
                + " containsValue null: " + m.containsValue(null) + " getOrDefault: " + m.getOrDefault("nv", 5)
                + " getOrDefault missing: " + m.getOrDefault("zz", 6));
        // (where the null key lands depends on an identity hash: not printed)
        List<String> nonNull = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.entrySet())
            if (e.getKey() != null)
                nonNull.add(e.toString());
        System.out.println("with nulls: " + nonNull + " size " + m.size());
        System.out.println("remove null: " + m.remove(null) + " containsKey null: " + m.containsKey(null));

        // same bucket: head insertion, and the bucket reversed by a resize
        WeakHashMap<K, String> b = new WeakHashMap<>(4);
        K[] ks = new K[6];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = new K("k" + i, i < 3 ? 0 : 16 * i);
            keep.add(ks[i]);
            b.put(ks[i], "v" + i);
            System.out.println("bucket after " + i + ": " + b + " forEach " + forEachOrder(b));
        }
        System.out.println("remove middle k1: " + b.remove(new K("k1", 0)) + " " + b);
        System.out.println("equal but not same key: " + b.get(new K("k2", 0)));

        // views
        Set<String> keys = m.keySet();
        System.out.println("keySet size " + keys.size() + " contains key9 " + keys.contains("key9") + " remove key9 "
                + keys.remove("key9") + " remove again " + keys.remove("key9") + " map size " + m.size());
        System.out.println("values contains 15: " + m.values().contains(15) + " same view: " + (m.keySet() == keys)
                + " " + (m.values() == m.values()) + " " + (m.entrySet() == m.entrySet()));
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() != null && e.getValue() % 3 == 0)
                it.remove();
            else if (e.getValue() != null && e.getValue() % 3 == 1)
                e.setValue(e.getValue() * 100);
        }
        System.out.println("after iterator remove/setValue: " + m);
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: IllegalStateException");
        }
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next at end: NoSuchElementException");
        }
        Iterator<String> ki = m.keySet().iterator();
        ki.next();
        String fresh = new String("fresh");
        keep.add(fresh);
        m.put(fresh, 1);
        try {
            ki.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("CME after put");
        }
        Iterator<Integer> vi = m.values().iterator();
        vi.next();
        m.put("fresh", 2); // replacing a value is not a structural modification
        System.out.println("no CME after replace: " + (vi.next() != null || true));
        Iterator<String> nk = m.keySet().iterator();
        try {
            nk.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }

        // entrySet contains/remove by value, toArray snapshots
        Set<Map.Entry<String, Integer>> es = m.entrySet();
        System.out.println("entry contains key1=100: " + es.contains(new AbstractMap.SimpleEntry<>("key1", 100))
                + " key1=1: " + es.contains(new AbstractMap.SimpleEntry<>("key1", 1)) + " not an entry: " + es.contains("key1"));
        System.out.println("entry remove key1=1: " + es.remove(new AbstractMap.SimpleEntry<>("key1", 1))
                + " key1=100: " + es.remove(new AbstractMap.SimpleEntry<>("key1", 100)) + " size " + m.size());
        Object[] arr = es.toArray();
        System.out.println("toArray: " + arr.length + " " + arr[0].getClass().getName() + " " + arr[0]);
        @SuppressWarnings("unchecked")
        Map.Entry<String, Integer>[] typed = es.toArray(new Map.Entry[0]);
        typed[0].setValue(-5);
        System.out.println("snapshot setValue does not write through: " + m.get(typed[0].getKey()).equals(-5));
        Map.Entry<String, Integer> live = es.iterator().next();
        System.out.println("live entry: " + live + " hash " + live.hashCode() + " equals "
                + live.equals(new AbstractMap.SimpleEntry<>(live.getKey(), live.getValue())));
        System.out.println("keys toArray: " + m.keySet().toArray().length + " values toArray: " + m.values().toArray(new Integer[0]).length);

        // spliterators and streams over the views
        Spliterator<String> ksp = m.keySet().spliterator();
        System.out.println("spliterator characteristics: " + ksp.characteristics() + " "
                + m.values().spliterator().characteristics() + " " + m.entrySet().spliterator().characteristics()
                + " estimate " + ksp.estimateSize());
        System.out.println("stream: " + m.keySet().stream().filter(k -> k.startsWith("key1")).collect(Collectors.toList()));
        System.out.println("values stream: " + m.values().stream().map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("entries stream: " + m.entrySet().stream().map(Object::toString).collect(Collectors.joining(",")));
        Spliterator<String> sp = m.keySet().spliterator();
        Spliterator<String> half = sp.trySplit();
        StringBuilder halves = new StringBuilder();
        if (half != null)
            half.forEachRemaining(k -> halves.append(k).append(' '));
        halves.append("| ");
        sp.tryAdvance(k -> halves.append(k).append(' '));
        sp.forEachRemaining(k -> halves.append(k).append(' '));
        System.out.println("split: " + halves.toString().trim() + " estimates " + (half == null ? -1 : half.estimateSize()) + " " + sp.estimateSize());
        m.put("nv", 0);

        // bulk operations and Map defaults
        m.replaceAll((k, v) -> k.length() + v);
        System.out.println("replaceAll: " + m);
        String pia = new String("pia"), cia = new String("cia");
        keep.add(pia);
        keep.add(cia);
        System.out.println("putIfAbsent: " + m.putIfAbsent("key2", 0) + " " + m.putIfAbsent(pia, 7));
        System.out.println("computeIfAbsent: " + m.computeIfAbsent(cia, k -> 8) + " compute: "
                + m.compute("key2", (k, v) -> v == null ? 0 : v + 1000) + " merge: " + m.merge("key2", 1, Integer::sum)
                + " computeIfPresent remove: " + m.computeIfPresent("pia", (k, v) -> null) + " contains pia " + m.containsKey("pia"));
        System.out.println("replace: " + m.replace("key5", 55) + " replace(k,old,new): " + m.replace("key5", 55, 56)
                + " remove(k,v) wrong: " + m.remove("key5", 1) + " right: " + m.remove("key5", 56));
        System.out.println("after defaults: " + m);

        // equals/hashCode against other maps, putAll, copy constructor
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println("equals HashMap: " + m.equals(copy) + " " + copy.equals(m) + " hashCode equal: " + (m.hashCode() == copy.hashCode()));
        WeakHashMap<String, Integer> fromMap = new WeakHashMap<>(new TreeMap<>(copy));
        System.out.println("copy constructor: " + fromMap);
        System.out.println("copy equals: " + fromMap.equals(m));
        WeakHashMap<String, Integer> small = new WeakHashMap<>(2);
        Map<String, Integer> src = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String k = new String("p" + i);
            keep.add(k);
            src.put(k, i);
        }
        small.putAll(src);
        System.out.println("putAll grown once: " + small);
        WeakHashMap<String, Integer> grown = new WeakHashMap<>(2);
        for (Map.Entry<String, Integer> e : src.entrySet())
            grown.put(e.getKey(), e.getValue());
        System.out.println("put one by one:    " + grown);
        small.putAll(new HashMap<>());
        System.out.println("equal contents: " + small.equals(grown) + " keySet equals: " + small.keySet().equals(grown.keySet()));

        // clear through a view; capacity and load factor arguments
        grown.keySet().clear();
        System.out.println("cleared via keySet: " + grown + " " + grown.size());
        small.values().clear();
        small.entrySet().clear();
        System.out.println("cleared via values: " + small.isEmpty());
        WeakHashMap<String, String> lf = new WeakHashMap<>(0, 10f);
        for (int i = 0; i < 12; i++) {
            String k = new String("L" + i);
            keep.add(k);
            lf.put(k, "x");
        }
        System.out.println("load factor 10: " + lf.keySet());
        for (String bad : new String[] {"cap", "lf0", "lfNaN", "lfNeg"}) {
            try {
                if (bad.equals("cap"))
                    new WeakHashMap<String, String>(-1);
                else if (bad.equals("lf0"))
                    new WeakHashMap<String, String>(1, 0f);
                else if (bad.equals("lfNaN"))
                    new WeakHashMap<String, String>(1, Float.NaN);
                else
                    new WeakHashMap<String, String>(1, -1f);
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": " + e.getMessage());
            }
        }
        try {
            m.forEach(null);
        } catch (NullPointerException e) {
            System.out.println("forEach(null): NPE");
        }
        try {
            String during = new String("during forEach");
            keep.add(during);
            m.forEach((k, v) -> m.put(during, 0));
        } catch (ConcurrentModificationException e) {
            System.out.println("put during forEach: CME");
        }
        System.out.println("sizes: " + m.size() + " " + keep.size());
    }

    static String forEachOrder(Map<?, ?> map) {
        StringBuilder sb = new StringBuilder();
        map.forEach((k, v) -> sb.append(k).append(' '));
        return sb.toString().trim();
    }
}
