import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

// Round trip with garbage collection after restore: the warm-up fills a large static cache and an
// IdentityHashMap keyed by plain objects; requests then allocate enough garbage to make the restored process
// collect (young and full collections move the snapshot's objects), and check that the cache and the
// identity hashes survived.
//   "fill N"   adds N entries      "churn MB" allocates MB MiB of garbage      "gc" System.gc()
// Every answer ends with a digest of the cache and the identity-map check.
public class CacheChurn {
    static final Map<Integer, String> CACHE = new HashMap<>();
    static final List<Object> KEYS = new ArrayList<>();
    static final Map<Object, Integer> IDS = new IdentityHashMap<>();
    static final int[] FIRST_IDS = new int[64];

    static {
        for (int i = 0; i < 1000; i++) {
            Object o = i % 3 == 0 ? new Object() : i % 3 == 1 ? new int[i % 7] : new StringBuilder("k" + i);
            KEYS.add(o);
            IDS.put(o, i);
        }
        for (int i = 0; i < FIRST_IDS.length; i++)
            FIRST_IDS[i] = System.identityHashCode(KEYS.get(i));
    }

    private static String digest() {
        long h = 17;
        for (int k = 0; k < CACHE.size(); k++) {
            String v = CACHE.get(k);
            h = h * 31 + (v == null ? -1 : v.hashCode());
        }
        int found = 0;
        for (int i = 0; i < KEYS.size(); i++) {
            Integer v = IDS.get(KEYS.get(i));
            if (v != null && v == i)
                found++;
        }
        boolean stable = true;
        for (int i = 0; i < FIRST_IDS.length; i++)
            stable &= FIRST_IDS[i] == System.identityHashCode(KEYS.get(i));
        return "size=" + CACHE.size() + " digest=" + Long.toHexString(h) + " identity=" + found + "/" + KEYS.size()
                + " stableIdentityHash=" + stable;
    }

    public static String handle(String request) {
        String[] p = request.trim().split(" ");
        String head;
        if (p[0].equals("fill")) {
            int n = Integer.parseInt(p[1]);
            int base = CACHE.size();
            for (int k = base; k < base + n; k++)
                CACHE.put(k, "value-" + k * 31 + "-" + Integer.toHexString(k));
            head = "filled " + n;
        } else if (p[0].equals("churn")) {
            int mb = Integer.parseInt(p[1]);
            long sum = 0;
            List<Object> window = new ArrayList<>();
            for (int i = 0; i < mb * 16; i++) {
                byte[] b = new byte[64 * 1024];
                b[i % b.length] = (byte) i;
                sum += b[i % b.length];
                window.add(b);
                for (int j = 0; j < 200; j++)
                    window.add(new StringBuilder().append(i).append('/').append(j).toString());
                if (window.size() > 2000)
                    window.clear();
            }
            head = "churned " + mb + " sum=" + sum;
        } else if (p[0].equals("gc")) {
            System.gc();
            head = "collected";
        } else {
            head = "unknown " + request;
        }
        return head + " " + digest();
    }
}
