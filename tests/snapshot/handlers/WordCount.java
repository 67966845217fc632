import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

// Round trip: a word counter whose static caches are filled by the warm-up and live in the snapshot.
// NORMAL caches each raw token's normalised form; SEEN counts every word over all requests so far, so a
// restored instance reports counts that include the warm-up's.
public class WordCount {
    private static final Map<String, String> NORMAL = new HashMap<>();
    private static final Map<String, Integer> SEEN = new HashMap<>();
    private static int requests;

    private static String normalise(String raw) {
        return NORMAL.computeIfAbsent(raw, w -> w.toLowerCase().replaceAll("[^\\p{L}\\p{N}']", ""));
    }

    public static String handle(String text) {
        requests++;
        Map<String, Integer> local = new TreeMap<>();
        for (String raw : text.split("\\s+")) {
            String w = normalise(raw);
            if (w.isEmpty())
                continue;
            local.merge(w, 1, Integer::sum);
            SEEN.merge(w, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("request ").append(requests).append(": ").append(local.size()).append(" distinct, cache ")
                .append(NORMAL.size()).append(", vocabulary ").append(SEEN.size()).append('\n');
        for (Map.Entry<String, Integer> e : local.entrySet())
            sb.append("  ").append(e.getKey()).append(' ').append(e.getValue()).append(" (seen ")
                    .append(SEEN.get(e.getKey())).append(")\n");
        return sb.toString();
    }
}
