import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo: counts words on stdin (or in a built-in text) and prints the most frequent ones. */
public class WordFreq {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
            foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
            it was the season of Darkness, it was the spring of hope, it was the winter of despair.
            """;

    public static void main(String[] args) throws IOException {
        String text = TEXT;
        if (args.length > 0 && args[0].equals("-")) {
            StringBuilder sb = new StringBuilder();
            BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
            for (String line; (line = r.readLine()) != null;)
                sb.append(line).append('\n');
            text = sb.toString();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.toLowerCase().split("[^a-z']+"))
            if (!w.isEmpty())
                counts.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int total = 0;
        for (int c : counts.values())
            total += c;
        System.out.printf("%d words, %d distinct%n", total, counts.size());
        for (int i = 0; i < Math.min(8, entries.size()); i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("%-10s %3d %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
        }
    }
}
