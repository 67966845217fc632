// Exact output: answers the request unchanged (so the bytes must round-trip exactly, with no newline added),
// "<empty>" for the empty request, and for "?<text>" the lengths the handler saw: UTF-16 units, code points
// and UTF-8 bytes. The warm-up input "x" also writes to System.out and System.err without a newline: that
// belongs to the snapshot's output and must not be replayed by restored processes.
public class Echo {
    public static String handle(String s) {
        if (s.equals("x")) {
            System.out.print("[echo warm-up out]");
            System.err.print("[echo warm-up err]");
        }
        if (s.isEmpty())
            return "<empty>";
        if (s.charAt(0) == '?') {
            String t = s.substring(1);
            try {
                return "chars=" + t.length() + " codepoints=" + t.codePointCount(0, t.length()) + " utf8="
                        + t.getBytes("UTF-8").length + " last=U+" + Integer.toHexString(t.codePointBefore(t.length()));
            } catch (java.io.UnsupportedEncodingException e) {
                throw new AssertionError(e);
            }
        }
        return s;
    }
}
