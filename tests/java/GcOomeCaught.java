import java.util.ArrayList;
import java.util.List;

// GC test: OutOfMemoryError caught and recovered from, in a 16 MB heap (GcOomeCaught.opts). The heap is
// filled (with 64 KB arrays, then with small objects), the error is caught, the filler is dropped, and
// the program goes on allocating. Nothing that depends on heap size (how many objects fitted) is printed.
public class GcOomeCaught {
    static final class Cell {
        final Cell next;
        final long a, b, c, d, e, f;
        Cell(Cell next, long a) { this.next = next; this.a = a; this.b = ~a; this.c = a + 1; this.d = a + 2; this.e = a + 3; this.f = a + 4; }
    }

    static List<Object> hog;

    static long allocateNormally(int round) {
        long s = 0;
        List<int[]> keep = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int[] a = new int[64];
            a[i & 63] = i + round;
            s += a[i & 63];
            if (i % 100 == 0) keep.add(a);      // 100 arrays survive until the end of the method
        }
        for (int[] a : keep) s += a.length;
        return s;
    }

    public static void main(String[] args) {
        // 1. Arrays into a list until the heap is full.
        for (int round = 0; round < 2; round++) {
            hog = new ArrayList<>();
            String message = null;
            try {
                while (true) hog.add(new byte[64 * 1024]);
            } catch (OutOfMemoryError e) {
                hog = null;
                message = e.getMessage();
            }
            System.out.println("arrays round " + round + ": recovered, message: " + message);
            System.out.println("after: " + allocateNormally(round));
        }

        // 2. Small objects in a chain until the heap is full (the error comes from a small allocation).
        for (int round = 0; round < 1; round++) {
            boolean caught = false;
            Cell chain = null;
            try {
                for (long i = 0; ; i++) chain = new Cell(chain, i);
            } catch (OutOfMemoryError e) {
                chain = null;
                caught = e instanceof VirtualMachineError;
            }
            System.out.println("cells round " + round + ": recovered " + caught + " " + (chain == null));
            System.out.println("after: " + allocateNormally(10 + round));
        }

        // 3. One array larger than the whole heap: fails at once, nothing else is affected.
        List<String> survivors = new ArrayList<>();
        for (int i = 0; i < 1000; i++) survivors.add("s" + i);
        try {
            long[] huge = new long[8 * 1024 * 1024];     // 64 MB
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge array: " + e.getMessage());
        }
        int len = 0;
        for (String s : survivors) len += s.length();
        System.out.println("survivors " + survivors.size() + " " + len);

        // 4. The error thrown inside a callee unwinds through finally blocks, which can allocate again.
        StringBuilder log = new StringBuilder();
        try {
            fillInCallee(log);
        } catch (OutOfMemoryError e) {
            log.append("caught in main");
        }
        System.out.println(log);
        System.out.println("after: " + allocateNormally(20));
    }

    static void fillInCallee(StringBuilder log) {
        List<long[]> local = new ArrayList<>();
        try {
            while (true) local.add(new long[4096]);
        } finally {
            local = null;
            log.append("finally ran; ");
        }
    }
}
