import java.util.ArrayList;
import java.util.HashMap;

/**
 * The compute handler of bench/jit.sh: `public static String handle(String)`, pure (the same request
 * always gives the same answer, and no state is kept between calls). The request is text: words and
 * integers separated by white space (bench/jit/request.txt). Per call it
 *   - scans the request character by character into words and integers (no regex, no split);
 *   - counts the words in a HashMap<String, Integer> and picks the five most frequent (ties by name);
 *   - sorts the integers (insertion sort on an int[]) and takes their median;
 *   - walks the Collatz sequence of every integer and raises each to a power modulo a prime (long);
 *   - renders a 96x72 Mandelbrot set (doubles, at most 160 iterations per point) centred by the request;
 *   - takes a CRC-32 (hand-written, table-driven) of the request's characters;
 * and answers a one-line JSON-like string built with a StringBuilder. Integers only in the answer, so every
 * VM prints it identically. About 1 ms on HotSpot's C2 once warm.
 */
public final class JitHandler {
    private static final int[] CRC = new int[256];
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC[n] = c;
        }
    }

    public static String handle(String req) {
        ArrayList<String> words = new ArrayList<>();
        int[] nums = new int[16];
        int nn = 0;
        int n = req.length();
        for (int i = 0; i < n; ) {
            char c = req.charAt(i);
            if (c <= ' ') { i++; continue; }
            int start = i;
            boolean digits = true;
            while (i < n && req.charAt(i) > ' ') {
                char d = req.charAt(i);
                if (d < '0' || d > '9') digits = false;
                i++;
            }
            if (digits && i - start <= 9) {
                int v = 0;
                for (int k = start; k < i; k++) v = v * 10 + (req.charAt(k) - '0');
                if (nn == nums.length) nums = java.util.Arrays.copyOf(nums, nn * 2);
                nums[nn++] = v;
            } else {
                words.add(req.substring(start, i).toLowerCase());
            }
        }

        HashMap<String, Integer> freq = new HashMap<>();
        for (String w : words) {
            Integer f = freq.get(w);
            freq.put(w, f == null ? 1 : f + 1);
        }
        String[] top = new String[5];
        int[] topN = new int[5];
        for (String w : freq.keySet()) {
            int f = freq.get(w);
            for (int k = 0; k < 5; k++) {
                if (top[k] == null || f > topN[k] || (f == topN[k] && w.compareTo(top[k]) < 0)) {
                    for (int m = 4; m > k; m--) { top[m] = top[m - 1]; topN[m] = topN[m - 1]; }
                    top[k] = w;
                    topN[k] = f;
                    break;
                }
            }
        }

        int[] sorted = java.util.Arrays.copyOf(nums, nn);
        for (int i = 1; i < nn; i++) {
            int v = sorted[i], j = i - 1;
            while (j >= 0 && sorted[j] > v) { sorted[j + 1] = sorted[j]; j--; }
            sorted[j + 1] = v;
        }
        int median = nn == 0 ? 0 : sorted[nn / 2];

        long collatz = 0, powmod = 1;
        final long P = 1_000_000_007L;
        for (int i = 0; i < nn; i++) {
            long x = nums[i] + 1L;
            int steps = 0;
            while (x != 1) { x = (x & 1) == 0 ? x >> 1 : 3 * x + 1; steps++; }
            collatz += steps;
            long base = nums[i] % P, e = nums[i] + 12345L, r = 1;
            while (e > 0) {
                if ((e & 1) != 0) r = r * base % P;
                base = base * base % P;
                e >>= 1;
            }
            powmod = (powmod * 31 + r) % P;
        }

        double cx0 = -0.75 + (median % 100) / 1000.0, cy0 = (nn % 17) / 100.0;
        int inside = 0;
        long iters = 0;
        for (int py = 0; py < 72; py++) {
            for (int px = 0; px < 96; px++) {
                double cr = cx0 + (px - 48) * (3.0 / 96), ci = cy0 + (py - 36) * (2.0 / 72);
                double zr = 0, zi = 0;
                int k = 0;
                while (k < 160 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    k++;
                }
                iters += k;
                if (k == 160) inside++;
            }
        }

        int crc = ~0;
        for (int i = 0; i < n; i++) {
            char c = req.charAt(i);
            crc = CRC[(crc ^ c) & 0xff] ^ (crc >>> 8);
            crc = CRC[(crc ^ (c >>> 8)) & 0xff] ^ (crc >>> 8);
        }
        crc = ~crc;

        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"words\":").append(words.size()).append(",\"distinct\":").append(freq.size()).append(",\"top\":[");
        for (int k = 0; k < 5 && top[k] != null; k++) {
            if (k > 0) sb.append(',');
            sb.append("[\"").append(top[k]).append("\",").append(topN[k]).append(']');
        }
        sb.append("],\"numbers\":").append(nn).append(",\"median\":").append(median)
          .append(",\"collatz\":").append(collatz).append(",\"powmod\":").append(powmod)
          .append(",\"mandelbrot\":[").append(inside).append(',').append(iters).append(']')
          .append(",\"crc\":\"").append(Integer.toHexString(crc)).append("\"}");
        return sb.toString();
    }
}
