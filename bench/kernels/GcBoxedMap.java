import java.util.HashMap;

// GC kernel: a HashMap<Integer, Long> of about 65k boxed entries (keys outside the Integer cache) updated
// 1.2M times: every put boxes a new key and a new value and allocates a node when the key is new; removed
// and replaced entries die after living in the map for a while (promoted, then garbage in the old
// generation), and the map's table is old and points to young nodes.
public class GcBoxedMap {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        HashMap<Integer, Long> map = new HashMap<>();
        int seed = 12345;
        long check = 0;
        for (int i = 0; i < 1_200_000; i++) {
            seed = seed * 1103515245 + 12345;
            int key = 1000 + ((seed >>> 8) % 100_000);
            switch ((seed >>> 28) & 3) {
                case 0:
                    Long old = map.remove(key);
                    if (old != null) check += old;
                    break;
                case 1:
                    Long v = map.get(key);
                    if (v != null) check ^= v;
                    break;
                default:
                    map.put(key, (long) i * 31 + key);
                    break;
            }
        }
        long sum = 0;
        for (java.util.Map.Entry<Integer, Long> e : map.entrySet()) sum += e.getKey() * 7L + e.getValue();
        long t1 = System.nanoTime();
        System.out.println("checksum=" + (check * 31 + sum + map.size()));
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
