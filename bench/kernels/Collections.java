import java.util.ArrayList;
import java.util.HashMap;

// Kernel: HashMap<Integer,Integer> put/get/containsKey/remove and ArrayList<Integer> add/get/set,
// with boxing/unboxing. Keys stay below 1<<17 so the map is bounded; total allocation is modest.
public class Collections {
    static final int OPS = 120_000;
    static final int ROUNDS = 2;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        long check = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            HashMap<Integer, Integer> map = new HashMap<>();
            ArrayList<Integer> list = new ArrayList<>();
            int seed = 7 + r;
            for (int i = 0; i < OPS; i++) {
                seed = seed * 1103515245 + 12345;
                int key = (seed >>> 8) & 0xFFFF;
                Integer old = map.get(key);
                map.put(key, old == null ? 1 : old + 1);
                if ((i & 3) == 0) list.add(key);
                if ((i & 15) == 0 && map.containsKey(key ^ 1)) map.remove(key ^ 1);
            }
            long s = map.size();
            for (int i = 0; i < list.size(); i++) {
                int k = list.get(i);
                Integer v = map.get(k);
                if (v != null) s += v * (long) k;
                list.set(i, k + 1);
            }
            for (int i = 0; i < 65536; i += 3) {
                Integer v = map.get(i);
                if (v != null) s ^= v + i;
            }
            check = check * 31 + s + list.get(list.size() / 2);
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
