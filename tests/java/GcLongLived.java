import java.util.*;

// GC test: long-lived collections (a HashMap, a TreeMap, an ArrayList and an ArrayDeque) that end up in the
// old generation and are mutated across many collections, so that old entries point to young keys, values
// and nodes. Checksums after every phase; a 64 MB heap (GcLongLived.opts).
public class GcLongLived {
    static final class Value {
        final long id;
        final String name;
        final int[] data;
        Value(long id) {
            this.id = id;
            this.name = "value-" + id;
            this.data = new int[(int) (id % 7) + 1];
            for (int i = 0; i < data.length; i++) data[i] = (int) (id * 31 + i);
        }
        long sum() {
            long s = id * 17 + name.hashCode();
            for (int v : data) s += v;
            return s;
        }
    }

    static long mapSum(Map<Integer, Value> m) {
        long s = 0;
        for (Map.Entry<Integer, Value> e : m.entrySet()) s += e.getKey() * 1_000_003L + e.getValue().sum();
        return s;
    }

    public static void main(String[] args) {
        Random rnd = new Random(42);
        HashMap<Integer, Value> map = new HashMap<>();
        TreeMap<String, Value> tree = new TreeMap<>();
        ArrayList<Long> list = new ArrayList<>();
        ArrayDeque<int[]> window = new ArrayDeque<>();
        for (int i = 0; i < 10_000; i++) map.put(i * 7, new Value(i));
        for (int i = 0; i < 5_000; i++) tree.put("k" + (i * 13 % 5_000), new Value(i + 100_000));
        for (int i = 0; i < 20_000; i++) list.add((long) i * i);
        System.out.println("initial map=" + map.size() + " " + mapSum(map) + " tree=" + tree.size()
                + " list=" + list.size());
        long garbage = 0;
        for (int round = 1; round <= 15; round++) {
            for (int k = 0; k < 1_000; k++) {
                int key = rnd.nextInt(15_000) * 7;
                switch (rnd.nextInt(4)) {
                    case 0: map.remove(key); break;
                    default: map.put(key, new Value(key + round)); break;
                }
                String tk = "k" + rnd.nextInt(10_000);
                if (rnd.nextBoolean()) tree.put(tk, new Value(round * 1000L + k)); else tree.remove(tk);
                int li = rnd.nextInt(list.size());
                list.set(li, list.get(li) + round);
                if ((k & 1) == 0) list.add((long) k * round); else list.remove(list.size() - 1);
                window.addLast(new int[] {round, k});
                if (window.size() > 3_000) window.removeFirst();
            }
            // Short-lived garbage between the mutations: strings, boxes and arrays that die at once.
            for (int g = 0; g < 1_500; g++) {
                String s = Integer.toString(g * round);
                Object[] junk = new Object[] {s, Long.valueOf(g), new int[g % 32]};
                garbage += s.length() + junk.length;
            }
            if (round % 5 == 0) {
                long ts = 0;
                for (Map.Entry<String, Value> e : tree.entrySet()) ts = ts * 31 + e.getKey().hashCode() + e.getValue().sum();
                long ls = 0;
                for (long v : list) ls = ls * 1_000_003 + v;
                long ws = 0;
                for (int[] w : window) ws += w[0] * 7919L + w[1];
                System.out.println("round " + round + ": map=" + map.size() + " " + mapSum(map)
                        + " tree=" + tree.size() + " " + ts + " first=" + tree.firstKey() + " last=" + tree.lastKey()
                        + " list=" + list.size() + " " + ls + " window=" + window.size() + " " + ws);
            }
        }
        System.out.println("garbage " + garbage);
    }
}
