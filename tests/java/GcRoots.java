import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

// GC test: objects reachable only from the VM's roots and from runtime structures survive collections and
// keep their identity: static fields (young objects stored into them), interned strings and literals,
// Class objects, enum constants, box caches, ThreadLocals, captured lambda state, exceptions with their
// stack traces, and Runtime's memory figures (only relations between them are printed). A 32 MB heap
// (GcRoots.opts).
public class GcRoots {
    enum Color { RED, GREEN, BLUE }

    static Object staticRef;
    static int[] staticArray;
    static final List<String> STATIC_LIST = new ArrayList<>();
    static final ThreadLocal<StringBuilder> LOCAL = ThreadLocal.withInitial(() -> new StringBuilder("tl"));

    static long junk;

    static void churn(int n) {
        for (int i = 0; i < n; i++) junk += new Object[] {Integer.valueOf(i + 1000), new char[i & 15]}.length;
    }

    static Throwable deep(int depth) {
        if (depth == 0) return new IllegalStateException("deep");
        return deep(depth - 1);
    }

    public static void main(String[] args) throws Exception {
        // Static fields hold young objects, replaced while collections run.
        for (int round = 0; round < 10; round++) {
            staticRef = new StringBuilder("static-" + round);
            staticArray = new int[] {round, round * 2, round * 3};
            STATIC_LIST.add("entry" + round);
            churn(30_000);
        }
        System.gc();
        System.out.println("statics: " + staticRef + " " + staticArray[2] + " " + STATIC_LIST);

        // Interned strings and literals keep their identity.
        String lit = "gc-root-literal";
        String built = new StringBuilder("gc-root-").append("literal").toString();
        String interned = built.intern();
        churn(100_000);
        System.gc();
        System.out.println("intern: " + (interned == lit) + " " + (built != lit) + " " + ("gc-root-literal" == lit)
                + " " + (new String("x" + 1).intern() == "x1"));

        // Class objects, enum constants and box caches.
        Class<?> c1 = new int[0].getClass();
        Class<?> c2 = Color.GREEN.getClass();
        Integer small = 100, big = 100_000;
        int colorHash = System.identityHashCode(Color.BLUE);
        churn(100_000);
        System.gc();
        System.out.println("classes: " + (c1 == int[].class) + " " + (c2 == Color.class) + " " + c2.getName()
                + " " + Color.valueOf("BLUE").ordinal() + " " + (System.identityHashCode(Color.BLUE) == colorHash));
        System.out.println("box caches: " + (small == Integer.valueOf(100)) + " " + (big.equals(100_000))
                + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Character.valueOf('a') == Character.valueOf('a')));

        // ThreadLocal values.
        LOCAL.get().append("-value");
        churn(100_000);
        System.gc();
        System.out.println("thread local: " + LOCAL.get());

        // Captured lambda state.
        List<Supplier<String>> suppliers = new ArrayList<>();
        List<IntSupplier> counters = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder captured = new StringBuilder("cap").append(i);
            int[] box = {i};
            suppliers.add(() -> captured.toString());
            counters.add(() -> box[0]++);
            churn(1_000);
        }
        System.gc();
        int cs = 0;
        for (IntSupplier c : counters) cs += c.getAsInt() + c.getAsInt();
        System.out.println("lambdas: " + suppliers.get(0).get() + " " + suppliers.get(99).get() + " " + cs);

        // Exceptions keep their stack traces through collections.
        List<Throwable> errors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            errors.add(deep(i % 10));
            churn(5_000);
        }
        System.gc();
        churn(50_000);
        int frames = 0;
        for (Throwable t : errors) frames += t.getStackTrace().length;
        StackTraceElement top = errors.get(9).getStackTrace()[0];
        System.out.println("exceptions: " + frames + " " + top.getMethodName() + " " + top.getLineNumber()
                + " " + errors.get(9).getMessage());
        try {
            Object o = "not a number";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            churn(50_000);
            System.gc();
            System.out.println("caught after gc: " + e.getMessage());
        }

        // Runtime's memory figures: only relations (this heap is at most 32 MB).
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long max = rt.maxMemory(), total = rt.totalMemory(), free = rt.freeMemory();
        System.out.println("memory: " + (free >= 0) + " " + (free <= total) + " " + (total <= max)
                + " " + (max <= 32L << 20) + " " + (max >= 16L << 20));
        long before = total - free;
        byte[][] hold = new byte[10][];
        for (int i = 0; i < hold.length; i++) hold[i] = new byte[1 << 20];
        long during = rt.totalMemory() - rt.freeMemory();
        hold = null;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.println("used grows by the 10 MB held: " + (during - before >= 10L << 20)
                + ", and shrinks after System.gc: " + (after < during - (8L << 20)));
        System.out.println("junk " + junk);
    }
}
