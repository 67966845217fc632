// Exceptions: the static initialiser throws, so `ember snapshot` fails before any warm-up.
public class InitThrows {
    static final int VALUE = Integer.parseInt("not a number");

    public static String handle(String s) {
        return s + VALUE;
    }
}
