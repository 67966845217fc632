/* ember serve tests: the hello function ("hello " + request). */
public class HttpHello {
    public static String handle(String s) { return "hello " + s; }
}
