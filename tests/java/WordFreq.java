import java.io.*;
import java.util.*;
public class WordFreq {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        String line; int lines = 0, words = 0;
        while ((line = in.readLine()) != null) {
            lines++;
            for (String w : line.toLowerCase().split("[^a-z']+")) {
                if (w.isEmpty()) continue;
                words++;
                freq.merge(w, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("lines=" + lines + " words=" + words + " distinct=" + freq.size());
        for (int i = 0; i < Math.min(15, entries.size()); i++) System.out.printf("%-10s %3d%n", entries.get(i).getKey(), entries.get(i).getValue());
        TreeMap<Integer, List<String>> byLen = new TreeMap<>();
        for (String w : new TreeSet<>(freq.keySet())) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println("longest: " + byLen.lastEntry());
        System.out.println(freq);
    }
}
