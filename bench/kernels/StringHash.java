import java.util.HashMap;

// Kernel: strings as keys. Builds words from a char[] alphabet (new String(char[], int, int)), hashes them
// (String.hashCode on fresh strings, so nothing is cached), counts them in a HashMap<String, Integer>
// (hashCode, equals), and runs charAt/indexOf/substring/compareTo over them.
public class StringHash {
    static final int WORDS = 150_000;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        char[] buf = new char[16];
        int seed = 99;
        long check = 0;
        int words = WORDS * scale;
        HashMap<String, Integer> counts = new HashMap<>();
        String prev = "";
        for (int w = 0; w < words; w++) {
            seed = seed * 1103515245 + 12345;
            int len = 3 + ((seed >>> 12) & 7);
            int s = seed;
            for (int i = 0; i < len; i++) {
                buf[i] = (char) ('a' + (s >>> 3) % 13);   // a small alphabet: many repeated words
                s = s * 69069 + 1;
            }
            String word = new String(buf, 0, len);
            check += word.hashCode();
            Integer c = counts.get(word);
            counts.put(word, c == null ? 1 : c + 1);
            int e = word.indexOf('e');
            if (e >= 0) check += word.substring(e).length() * 7 + e;
            int cmp = word.compareTo(prev);
            check = check * 3 + (cmp < 0 ? -1 : cmp > 0 ? 1 : 0);
            if ((w & 255) == 0 && counts.size() > 20_000) counts.clear();
            prev = word;
        }
        long h = 0;
        for (String k : counts.keySet()) {
            int x = 0;
            for (int i = 0; i < k.length(); i++) x = x * 131 + k.charAt(i);
            h += (long) x * counts.get(k);
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + (check * 31 + h + counts.size()));
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
