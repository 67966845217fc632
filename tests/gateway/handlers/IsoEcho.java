/* gateway isolation tests: the request back, or "repeat N" -> N bytes (large answers over several messages). */
public class IsoEcho {
    public static String handle(String s) {
        if (s.startsWith("repeat ")) {
            int n = Integer.parseInt(s.substring(7).trim());
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) b.append((char) ('a' + i % 26));
            return b.toString();
        }
        return s;
    }
}
