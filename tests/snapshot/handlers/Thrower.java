// Exceptions: "boom" makes the handler throw (from a helper, with a cause); anything else is answered.
public class Thrower {
    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad request: " + s, e); // LINE:throw
        }
    }

    public static String handle(String s) {
        if (s.equals("boom"))
            return "parsed " + parse(s); // LINE:handle
        return "ok " + s;
    }
}
