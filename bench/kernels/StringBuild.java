// Kernel: StringBuilder appends (String, char, int, long), toString, length/charAt scanning.
// One builder is reused, so allocation is mostly the produced strings (a few tens of MB).
public class StringBuild {
    static final int ITEMS = 40_000;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        String[] words = { "alpha", "beta", "gamma", "delta", "epsilon" };
        long check = 0;
        int items = ITEMS * scale;
        for (int i = 0; i < items; i++) {
            sb.setLength(0);
            sb.append(words[i % words.length]).append('-').append(i).append(':').append((long) i * 1_000_003L);
            if ((i & 3) == 0) sb.append(" x").append(-i);
            String s = sb.toString();
            int h = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                h = h * 31 + c;
                if (c == '-') h ^= k;
            }
            check = check * 7 + h + s.length();
        }
        // one long string built up char by char, then scanned
        sb.setLength(0);
        for (int i = 0; i < 200_000; i++) sb.append((char) ('a' + (i % 26)));
        String big = sb.toString();
        int vowels = 0;
        for (int i = 0; i < big.length(); i++) {
            char c = big.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') vowels++;
        }
        check += vowels;
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
