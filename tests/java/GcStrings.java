import java.util.*;
public class GcStrings {
    public static void main(String[] args) {
        long total = 0;
        for (int i = 0; i < 300_000; i++) { String s = "item-" + i + "-" + (i * 7); total += s.length(); }
        System.out.println("concat total length: " + total);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) { String s = Integer.toHexString(i * 2654435761L > 0 ? i : -i); if (i % 997 == 0) kept.add(s.toUpperCase()); }
        System.out.println("kept " + kept.size() + " first=" + kept.get(0) + " last=" + kept.get(kept.size() - 1));
        StringBuilder sb = new StringBuilder();
        int rebuilds = 0;
        for (int i = 0; i < 100_000; i++) { sb.append(i % 10); if (sb.length() > 1000) { sb = new StringBuilder(sb.substring(500)); rebuilds++; } }
        System.out.println("rebuilds=" + rebuilds + " len=" + sb.length());
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 100_000; i++) { m.put("k" + (i % 5000), i); }
        long s = 0; for (int v : m.values()) s += v;
        System.out.println("map size=" + m.size() + " sum=" + s);
        String big = "";
        for (int i = 0; i < 2000; i++) big = big + (char) ('a' + i % 26);
        System.out.println(big.length() + " " + big.hashCode());
        char[] buf = new char[64];
        int h = 0;
        for (int i = 0; i < 200_000; i++) { Arrays.fill(buf, (char) ('A' + i % 26)); String t = new String(buf, 0, 1 + i % 63); h = h * 31 + t.hashCode(); }
        System.out.println("h=" + h);
    }
}
