import java.util.*;
public class CustomHashMap {
    static class MyMap<K, V> {
        static final class Entry<K, V> { final K k; V v; Entry<K, V> next; final int h; Entry(K k, V v, int h, Entry<K, V> n) { this.k = k; this.v = v; this.h = h; next = n; } }
        Entry<K, V>[] table;
        int size, resizes;
        @SuppressWarnings("unchecked") MyMap() { table = (Entry<K, V>[]) new Entry[4]; }
        static int hash(Object k) { int h = k == null ? 0 : k.hashCode(); return h ^ (h >>> 16); }
        V get(K k) { int h = hash(k); for (Entry<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) if (e.h == h && Objects.equals(e.k, k)) return e.v; return null; }
        V put(K k, V v) {
            int h = hash(k), i = h & (table.length - 1);
            for (Entry<K, V> e = table[i]; e != null; e = e.next) if (e.h == h && Objects.equals(e.k, k)) { V old = e.v; e.v = v; return old; }
            table[i] = new Entry<>(k, v, h, table[i]);
            if (++size > table.length * 3 / 4) resize();
            return null;
        }
        boolean remove(K k) {
            int h = hash(k), i = h & (table.length - 1);
            Entry<K, V> prev = null;
            for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) if (e.h == h && Objects.equals(e.k, k)) { if (prev == null) table[i] = e.next; else prev.next = e.next; size--; return true; }
            return false;
        }
        @SuppressWarnings("unchecked") void resize() {
            Entry<K, V>[] old = table; table = (Entry<K, V>[]) new Entry[old.length * 2]; resizes++;
            for (Entry<K, V> head : old) for (Entry<K, V> e = head; e != null; ) { Entry<K, V> n = e.next; int i = e.h & (table.length - 1); e.next = table[i]; table[i] = e; e = n; }
        }
        int longestChain() { int best = 0; for (Entry<K, V> h : table) { int l = 0; for (Entry<K, V> e = h; e != null; e = e.next) l++; best = Math.max(best, l); } return best; }
    }
    public static void main(String[] args) {
        MyMap<String, Integer> m = new MyMap<>();
        HashMap<String, Integer> ref = new HashMap<>();
        Random r = new Random(5);
        for (int i = 0; i < 50000; i++) {
            String k = "key" + r.nextInt(20000);
            int op = r.nextInt(10);
            if (op < 6) { Integer a = m.put(k, i), b = ref.put(k, i); if (!Objects.equals(a, b)) System.out.println("put mismatch " + k); }
            else if (op < 8) { if (!Objects.equals(m.get(k), ref.get(k))) System.out.println("get mismatch " + k); }
            else { boolean a = m.remove(k), b = ref.remove(k) != null; if (a != b) System.out.println("remove mismatch " + k); }
        }
        System.out.println("size " + m.size + " ref " + ref.size() + " resizes " + m.resizes + " table " + m.table.length + " longest " + m.longestChain());
        m.put(null, -1);
        System.out.println(m.get(null) + " " + m.get("key5") + " " + ref.get("key5"));
        MyMap<Integer, String> collide = new MyMap<>();
        for (int i = 0; i < 100; i++) collide.put(i * 64, "v" + i);
        System.out.println(collide.get(640) + " " + collide.size + " " + collide.longestChain());
    }
}
