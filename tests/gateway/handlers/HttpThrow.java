/* ember serve tests: a handler exception (500 with the exception's first line). */
public class HttpThrow {
    public static String handle(String s) { throw new IllegalStateException("refused: " + s); }
}
