import java.util.*;

// GC test: many short-lived strings and boxed values in a 32 MB heap (GcStringBoxChurn.opts): StringBuilder
// churn, string splitting and joining, Integer/Long/Double boxing in collections (outside the box caches),
// with a few survivors kept in long-lived collections.
public class GcStringBoxChurn {
    public static void main(String[] args) {
        // StringBuilder churn: builders that grow (reallocating their arrays) and die.
        long lengths = 0;
        int h = 0;
        for (int i = 0; i < 12_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 8; j++) sb.append(i).append(':').append(j * 1_000_003L).append(';');
            String s = sb.toString();
            lengths += s.length();
            h = 31 * h + s.hashCode();
        }
        System.out.println("builders: " + lengths + " " + h);

        // Strings kept: every 20th survives in a list, the rest die young.
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            String s = String.valueOf(i * 37L) + "-" + Integer.toHexString(i);
            String u = s.toUpperCase().replace('-', '_');
            if (i % 20 == 0) kept.add(u);
        }
        StringBuilder all = new StringBuilder();
        for (String s : kept) all.append(s.charAt(s.length() - 1));
        System.out.println("kept " + kept.size() + " " + kept.get(7) + " " + all.toString().hashCode());

        // Split and join.
        String csv = String.join(",", kept.subList(0, 500));
        int parts = 0;
        long digits = 0;
        for (int r = 0; r < 40; r++) {
            String[] fields = csv.split(",");
            parts += fields.length;
            for (String f : fields) {
                for (int k = 0; k < f.length(); k++) if (Character.isDigit(f.charAt(k))) digits++;
            }
        }
        System.out.println("split: " + parts + " " + digits);

        // Boxing: a map of Long -> Integer counts (keys far outside the cache), an ArrayList<Integer> sorted.
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 150_000; i++) {
            Long key = (i * 2_654_435_761L) % 5_003 + 1_000_000L;
            counts.merge(key, 1, Integer::sum);
        }
        long cs = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) cs += e.getKey() * e.getValue();
        System.out.println("counts: " + counts.size() + " " + cs);

        List<Integer> nums = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 50_000; i++) nums.add(rnd.nextInt(1_000_000) + 1000);
        Collections.sort(nums);
        System.out.println("sorted: " + nums.get(0) + " " + nums.get(25_000) + " " + nums.get(49_999));

        Integer acc = 0;
        Long lacc = 0L;
        Double dacc = 0.0;
        for (int i = 0; i < 200_000; i++) {
            acc += i % 1000;
            lacc += i * 3L;
            if ((i & 7) == 0) dacc += i / 8.0;
        }
        System.out.println("boxes: " + acc + " " + lacc + " " + dacc);

        // A deque of boxed values used as a sliding window: old entries die, new ones are boxed afresh.
        ArrayDeque<Long> dq = new ArrayDeque<>();
        long wsum = 0;
        for (long i = 0; i < 200_000; i++) {
            dq.addLast(i * 1_000L);
            wsum += dq.getLast();
            if (dq.size() > 2_000) wsum -= dq.removeFirst();
        }
        System.out.println("window: " + dq.size() + " " + wsum);
    }
}
