import java.io.*;
import java.util.*;
public class StdinSum {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long sum = 0; long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            while (st.hasMoreTokens()) { long v = Long.parseLong(st.nextToken()); sum += v; min = Math.min(min, v); max = Math.max(max, v); all.add(v); }
        }
        Collections.sort(all);
        System.out.println("count=" + all.size() + " sum=" + sum + " min=" + min + " max=" + max + " median=" + all.get(all.size() / 2));
        String rest;
        while ((rest = in.readLine()) != null) {
            if (rest.isBlank()) continue;
            String[] parts = rest.trim().split("\\s+");
            double acc = 0;
            for (String p : parts) acc += Double.parseDouble(p);
            System.out.printf("doubles: %d values, sum %.4f%n", parts.length, acc);
        }
        int c = System.in.read();
        System.out.println("after EOF read() = " + c);
    }
}
