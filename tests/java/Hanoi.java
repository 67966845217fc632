public class Hanoi {
    static int moves;
    static StringBuilder log = new StringBuilder();
    static void solve(int n, char from, char to, char via) {
        if (n == 0) return;
        solve(n - 1, from, via, to);
        moves++;
        if (moves <= 20) log.append(n).append(from).append(to).append(' ');
        solve(n - 1, via, to, from);
    }
    static long ackermann(long m, long n) { return m == 0 ? n + 1 : n == 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static String perms(String prefix, String rest) { if (rest.isEmpty()) return prefix + " "; StringBuilder sb = new StringBuilder(); for (int i = 0; i < rest.length(); i++) sb.append(perms(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1))); return sb.toString(); }
    public static void main(String[] args) {
        for (int n = 1; n <= 20; n++) { moves = 0; log.setLength(0); solve(n, 'A', 'C', 'B'); if (n <= 4 || n == 20) System.out.println(n + ": " + moves + " " + log); }
        System.out.println(ackermann(2, 3) + " " + ackermann(3, 3));
        System.out.println(gcd(1071, 462) + " " + gcd(1L << 40, 1L << 20 | 1L << 35) + " " + gcd(0, 5));
        System.out.println(perms("", "abcd"));
    }
}
