import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

// WeakHashMap with the collector: entries go once their keys are unreachable. HotSpot enqueues cleared
// entries on its reference-handler thread, so every size is printed only after a loop of up to 20 rounds of
// System.gc() waiting for the expected value. Keys are new String objects (string literals are interned and
// stay reachable forever); locals that held keys are nulled (an interpreter keeps a dead local alive).
public class WeakHashMapGc {
    static boolean waitForSize(Map<?, ?> m, int expected) throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            System.gc();
            if (m.size() == expected)
                return true;
            Thread.sleep(10);
        }
        return false;
    }

    static void fill(WeakHashMap<String, Object> m, List<String> keep, int n) {
        for (int i = 0; i < n; i++) {
            String k = new String("key" + i);
            m.put(k, "value" + i);
            if (i % 3 == 0)
                keep.add(k);
        }
    }

    public static void main(String[] args) throws Exception {
        // 1. a third of the keys kept: the rest go, the kept ones stay in the JDK's order
        WeakHashMap<String, Object> m = new WeakHashMap<>();
        List<String> keep = new ArrayList<>();
        fill(m, keep, 30);
        System.out.println("shrinks to the kept keys: " + waitForSize(m, keep.size()) + " size " + m.size());
        // sorted: the table's capacity (and so its order) depends on whether a collection ran during fill()
        System.out.println("what is left: " + new java.util.TreeMap<>(m));
        boolean allThere = true;
        for (String k : keep)
            allThere &= m.containsKey(k) && m.get(k).equals("value" + k.substring(3));
        System.out.println("kept keys all there: " + allThere + " key1 (dropped): " + m.get("key1"));

        // 2. a value that refers to its own key keeps the entry (the JDK's documented leak)
        WeakHashMap<Object, Object> leak = new WeakHashMap<>();
        for (int i = 0; i < 5; i++) {
            String k = new String("self" + i);
            leak.put(k, new Object[] {k});
        }
        for (int i = 0; i < 5; i++)
            leak.put(new String("plain" + i), "v");
        System.out.println("only self-referring entries stay: " + waitForSize(leak, 5) + " size " + leak.size());

        // 3. the null key is held strongly
        WeakHashMap<String, String> withNull = new WeakHashMap<>();
        withNull.put(null, "null's value");
        withNull.put(new String("gone"), "x");
        System.out.println("null key stays: " + waitForSize(withNull, 1) + " " + withNull);

        // 4. dropping every key: empty, and iteration, views and clear agree
        keep.clear();
        System.out.println("all gone: " + waitForSize(m, 0) + " isEmpty " + m.isEmpty() + " keySet " + m.keySet()
                + " values " + m.values() + " iterator hasNext " + m.entrySet().iterator().hasNext());
        fill(m, keep, 12);
        System.out.println("refilled: " + waitForSize(m, keep.size()) + " " + m);

        // 5. an iterator holds the key of the entry it is about to return
        Iterator<String> it = m.keySet().iterator();
        String first = it.hasNext() ? null : "none";
        keep.clear();
        System.gc();
        String k0 = it.next();
        System.out.println("iterator returned a key after hasNext: " + (k0 != null && first == null));
        k0 = null;
        it = null;
        System.out.println("then all gone: " + waitForSize(m, 0));

        // 6. many short-lived keys: the table does not keep garbage
        WeakHashMap<Object, Integer> big = new WeakHashMap<>();
        Object[] strong = new Object[100];
        for (int i = 0; i < 30000; i++) {
            Object k = new String("big" + i);
            big.put(k, i);
            if (i % 300 == 0)
                strong[i / 300] = k;
        }
        System.out.println("big map keeps the 100 held keys: " + waitForSize(big, 100));
        int sum = 0;
        for (Integer v : big.values())
            sum += v;
        System.out.println("their values sum to " + sum);
        big.put(new String("late"), -1);
        big.clear();
        System.out.println("after clear: " + big.size() + " " + strong.length);
    }
}
