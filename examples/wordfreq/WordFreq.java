import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The demo function: counts the words of a text and reports the most frequent ones. As a function
 * (`ember snapshot --handler WordFreq`) the request is the text; as a program it reads stdin with the
 * argument `-`, else uses a built-in text. The word pattern and the report's comparator are built by the
 * static initialiser — work a snapshot keeps.
 */
public class WordFreq {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
            foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
            it was the season of Darkness, it was the spring of hope, it was the winter of despair.
            """;
    static final Pattern NON_WORD = Pattern.compile("[^a-z']+");
    static final java.util.Comparator<Map.Entry<String, Integer>> ORDER =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public static String handle(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : NON_WORD.split(text.toLowerCase()))
            if (!w.isEmpty())
                counts.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(ORDER);
        int total = 0;
        for (int c : counts.values())
            total += c;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d words, %d distinct%n", total, counts.size()));
        for (int i = 0; i < Math.min(8, entries.size()); i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            out.append(String.format("%-10s %3d %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total));
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        String text = TEXT;
        if (args.length > 0 && args[0].equals("-")) {
            StringBuilder sb = new StringBuilder();
            BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
            for (String line; (line = r.readLine()) != null;)
                sb.append(line).append('\n');
            text = sb.toString();
        }
        System.out.print(handle(text));
    }
}
