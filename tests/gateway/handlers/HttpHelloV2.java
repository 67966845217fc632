/* ember serve tests: the second version of hello, swapped in by PUT /admin/functions and SIGHUP. */
public class HttpHelloV2 {
    public static String handle(String s) { return "v2 " + s; }
}
