import java.io.FileInputStream;
import java.io.IOException;

/**
 * JitHandler in one long-running process (bench/jit.sh runs it on HotSpot, and on `ember run` without a
 * snapshot): reads the request from the file args[0], loads and initialises the handler class
 * (Class.forName, timed on its own, so that call 1 measures the first execution of handle, not class
 * loading), then calls JitHandler.handle args[1] times (default 1000) and prints
 *   load_us=<time of loading and initialising JitHandler>
 *   call1_us=<time of the first call>
 *   steady_us=<mean of the last quarter of the calls>
 *   calls=<n>
 *   answer=<the first call's answer>
 * Every call's answer must equal the first one's; otherwise it says so and exits 1.
 */
public class JitHandlerMain {
    public static void main(String[] args) throws Exception {
        String req;
        try (FileInputStream in = new FileInputStream(args[0])) {
            req = new String(in.readAllBytes(), "UTF-8");
        }
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long l0 = System.nanoTime();
        Class.forName("JitHandler");
        long load = System.nanoTime() - l0;
        long[] ns = new long[calls];
        String first = null;
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            String a = JitHandler.handle(req);
            ns[i] = System.nanoTime() - t0;
            if (first == null) first = a;
            else if (!first.equals(a)) {
                System.out.println("error: call " + (i + 1) + " answered differently: " + a);
                System.exit(1);
            }
        }
        int from = calls - Math.max(1, calls / 4);
        long sum = 0;
        for (int i = from; i < calls; i++) sum += ns[i];
        System.out.println("load_us=" + load / 1000);
        System.out.println("call1_us=" + ns[0] / 1000);
        System.out.println("steady_us=" + sum / (calls - from) / 1000);
        System.out.println("calls=" + calls);
        System.out.println("answer=" + first);
    }
}
