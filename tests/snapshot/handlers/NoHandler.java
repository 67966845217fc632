// Function model error: neither a static handle(String) nor a Function.
public class NoHandler {
    public static String process(String s) {
        return s;
    }
}
