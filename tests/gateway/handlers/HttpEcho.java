/* ember serve tests: returns the request unchanged (byte-exact bodies, UTF-8, large and chunked bodies). */
public class HttpEcho {
    public static String handle(String s) { return s; }
}
