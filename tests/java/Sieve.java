public class Sieve {
    public static void main(String[] args) {
        int n = 2_000_000;
        boolean[] composite = new boolean[n + 1];
        int count = 0; long sum = 0; int last = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) { count++; sum += i; last = i; for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true; }
        }
        System.out.println("primes<=" + n + ": " + count + " sum=" + sum + " last=" + last);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, k = 0; k < 30; i++) if (!composite[i]) { sb.append(i).append(' '); k++; }
        System.out.println(sb);
        int twins = 0;
        for (int i = 3; i + 2 <= n; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twin pairs: " + twins);
        int maxGap = 0, gapAt = 0, prev = 2;
        for (int i = 3; i <= n; i++) if (!composite[i]) { if (i - prev > maxGap) { maxGap = i - prev; gapAt = prev; } prev = i; }
        System.out.println("max gap " + maxGap + " after " + gapAt);
        int[] spf = new int[100001];
        for (int i = 2; i <= 100000; i++) if (spf[i] == 0) for (int j = i; j <= 100000; j += i) if (spf[j] == 0) spf[j] = i;
        int x = 97 * 89 * 8;
        sb.setLength(0);
        while (x > 1) { sb.append(spf[x]).append(' '); x /= spf[x]; }
        System.out.println("factors: " + sb);
    }
}
