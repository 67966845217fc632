import java.util.*;

public class HashMapTreeBins {
    record Key(int id, int bucket) implements Comparable<Key> {
        public int hashCode() {
            return bucket;
        }

        public int compareTo(Key o) {
            return Integer.compare(id * 7919 % 100003, o.id * 7919 % 100003);
        }

        public String toString() {
            return "k" + id;
        }
    }

    static String collidingString(int n) {
        // "Aa" and "BB" have the same hashCode; 2^k combinations of them all collide
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++)
            sb.append((n >> i & 1) == 0 ? "Aa" : "BB");
        return sb.toString();
    }

    public static void main(String[] args) {
        HashMap<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 40; i++)
            m.put(new Key(i, i % 3 == 0 ? 64 : 5), i);
        System.out.println(m);
        for (int i = 0; i < 40; i += 4)
            m.remove(new Key(i, i % 3 == 0 ? 64 : 5));
        System.out.println(m.keySet());
        for (int i = 40; i < 200; i++)
            m.put(new Key(i, i % 5 == 0 ? 64 : i), i);
        System.out.println(m.keySet());
        Iterator<Key> it = m.keySet().iterator();
        while (it.hasNext())
            if (it.next().id() % 3 == 1)
                it.remove();
        System.out.println(m.keySet());
        m.computeIfAbsent(new Key(500, 64), k -> 1);
        m.merge(new Key(501, 64), 1, Integer::sum);
        m.compute(new Key(502, 64), (k, v) -> 2);
        System.out.println(m.keySet());

        HashMap<String, Integer> s = new HashMap<>();
        for (int i = 0; i < 32; i++)
            s.put(collidingString(i * 11 % 32), i);
        System.out.println(s);
        for (int i = 0; i < 32; i += 3)
            s.remove(collidingString(i));
        System.out.println(s.keySet());
        HashSet<String> hs = new HashSet<>();
        for (int i = 31; i >= 0; i--)
            hs.add(collidingString(i));
        System.out.println(hs);
        HashMap<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 100; i++)
            big.put(i * 64 * 1024, "v" + i);
        System.out.println(big.keySet());
        LinkedHashMap<Key, Integer> lhm = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++)
            lhm.put(new Key(i, 7), i);
        for (int i = 0; i < 30; i += 2)
            lhm.remove(new Key(i, 7));
        System.out.println(lhm + " " + lhm.get(new Key(9, 7)));
    }
}
