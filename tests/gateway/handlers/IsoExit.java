/* gateway isolation tests: the function's process ends without answering (System.exit, Runtime.halt): 502. */
public class IsoExit {
    public static String handle(String s) {
        if (s.startsWith("halt ")) Runtime.getRuntime().halt(Integer.parseInt(s.substring(5).trim()));
        System.exit(Integer.parseInt(s.trim()));
        return "still here";
    }
}
