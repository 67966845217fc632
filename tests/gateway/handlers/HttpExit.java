/* ember serve tests: an instance that goes away mid-request (System.exit), answered 502; the gateway and the
 * function's next requests go on. The empty request (snapshot warm-up) is answered. */
public class HttpExit {
    public static String handle(String s) {
        if (s.isEmpty()) return "";
        System.exit(3);
        return "unreachable";
    }
}
