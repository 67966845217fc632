import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

// Round trip: a stateful Function instance. Ember creates it before the snapshot; its fields (counts, the
// longest request, the last requests) carry the warm-up's calls into every restored instance.
public class Counter implements Function<String, String> {
    private int calls;
    private long totalChars;
    private String longest = "";
    private final Deque<String> recent = new ArrayDeque<>();

    public Counter() {
        recent.add("<constructed>");
    }

    @Override
    public String apply(String request) {
        calls++;
        totalChars += request.length();
        if (request.length() > longest.length())
            longest = request;
        recent.addLast(request.length() > 12 ? request.substring(0, 12) + "..." : request);
        while (recent.size() > 3)
            recent.removeFirst();
        return "call " + calls + ": len=" + request.length() + " total=" + totalChars + " avg="
                + String.format("%.2f", (double) totalChars / calls) + " longest=" + longest.length()
                + " recent=" + recent + " hash=" + Integer.toHexString(request.hashCode());
    }
}
