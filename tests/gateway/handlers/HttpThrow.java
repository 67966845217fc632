/* ember serve tests: a handler exception (500 with the exception's first line). The empty request (the
 * warm-up input of `ember snapshot`) is answered, so the snapshot can be taken. */
public class HttpThrow {
    public static String handle(String s) {
        if (s.isEmpty()) return "";
        throw new IllegalStateException("refused: " + s);
    }
}
