/* gateway isolation tests: the answer every mode must give. */
public class IsoHello {
    public static String handle(String s) {
        return "hello " + s;
    }
}
