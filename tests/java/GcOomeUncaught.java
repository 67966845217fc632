import java.util.ArrayList;
import java.util.List;

// GC test: an uncaught OutOfMemoryError in a 16 MB heap (GcOomeUncaught.opts). Stdout up to the error, the
// finally block and the shutdown hook must appear; stderr starts with
// `Exception in thread "main" java.lang.OutOfMemoryError: Java heap space` and the exit status is 1.
public class GcOomeUncaught {
    static void fill() {
        List<int[]> list = new ArrayList<>();
        while (true) list.add(new int[16 * 1024]);
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        long s = 0;
        for (int i = 0; i < 100_000; i++) s += new int[8].length;
        System.out.println("warm-up " + s);
        try {
            fill();
        } finally {
            System.out.println("finally ran");
        }
        System.out.println("not reached");
    }
}
