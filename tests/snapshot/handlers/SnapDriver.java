import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

// The "same calls in one process" side of the round-trip tests, for `java` and `ember run`:
//   SnapDriver <Handler> <warm-up iterations> <request file> [<warm-up input file>...]
// makes the handler as `ember snapshot` does (class initialised; a Function's one instance constructed),
// calls it <iterations> times cycling through the warm-up inputs (the empty string when there are none),
// then once with the request, and writes that response's UTF-8 bytes to stdout, nothing else. One process
// per request: each `ember invoke` starts from the same post-warm-up state, so the expected output of an
// invocation is the response to its request right after the warm-up.
public class SnapDriver {
    static Function<String, String> make(String name) {
        switch (name) {
        case "WordCount": return WordCount::handle;
        case "JsonTransform": return JsonTransform::handle;
        case "Counter": return new Counter();
        case "Tables": return Tables::handle;
        case "Sales": return new Sales();
        case "Router": return Router::handle;
        case "Echo": return Echo::handle;
        case "Thrower": return Thrower::handle;
        case "CacheChurn": return CacheChurn::handle;
        default: throw new IllegalArgumentException("unknown handler " + name);
        }
    }

    static String read(String path) throws IOException {
        try (InputStream in = new FileInputStream(path)) {
            return new String(in.readAllBytes(), "UTF-8");
        }
    }

    public static void main(String[] args) throws IOException {
        Function<String, String> h = make(args[0]);
        int iterations = Integer.parseInt(args[1]);
        String request = read(args[2]);
        String[] warm = new String[args.length - 3];
        for (int i = 0; i < warm.length; i++)
            warm[i] = read(args[3 + i]);
        for (int i = 0; i < iterations; i++)
            h.apply(warm.length == 0 ? "" : warm[i % warm.length]);
        String response = h.apply(request);
        if (response != null)
            System.out.write(response.getBytes("UTF-8"));
        System.out.flush();
    }
}
