// Round trip and lazy class loading: requests starting with "rare:" use RareFormatter, which the warm-up
// never touches, so a restored instance loads it from the class path (the tests keep it in a jar).
public class Router {
    private static int served;

    public static String handle(String request) {
        served++;
        if (request.startsWith("rare:"))
            return RareFormatter.format(request.substring(5)) + " served=" + served;
        return "common " + request.length() + " served=" + served;
    }
}
