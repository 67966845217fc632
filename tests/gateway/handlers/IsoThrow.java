/* gateway isolation tests: an exception from the handler is a 500 whose body is its first line. */
public class IsoThrow {
    public static String handle(String s) {
        throw new IllegalStateException("bad input: " + s);
    }
}
