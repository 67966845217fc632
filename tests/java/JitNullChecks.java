// Implicit null checks in hot code (field get/put of every width, array load/store/length, invokevirtual,
// invokeinterface, monitorenter, athrow of null, unboxing) after a long run of non-null values, with the
// helpful NullPointerException messages (they name the bytecode's operand, so compiled code must report the
// right bci), and the frame's state seen by the handler.
public class JitNullChecks {
    int i; long l; double d; byte b; char c; Object o; JitNullChecks next; int[] arr;
    static JitNullChecks sNode;

    int get() { return i; }
    interface Getter { int get(); }
    static final class G implements Getter { public int get() { return 5; } }

    static String run(int kind, JitNullChecks n, int[] a, Getter g, Integer boxed, Object lock, RuntimeException ex) {
        int before = kind * 10;
        try {
            switch (kind) {
                case 0: return "" + n.i;
                case 1: n.l = 5; return "put long";
                case 2: return "" + n.d;
                case 3: n.b = 1; return "put byte";
                case 4: return "" + (int) n.c;
                case 5: return "" + n.next.i;
                case 6: return "" + a[0];
                case 7: a[1] = 2; return "store";
                case 8: return "" + a.length;
                case 9: return "" + n.get();
                case 10: return "" + g.get();
                case 11: return "" + (boxed + 1);
                case 12: synchronized (lock) { return "locked"; }
                case 13: throw ex;
                case 14: return "" + n.arr[3];
                case 15: n.next.next.o = "x"; return "deep put";
                default: return "" + sNode.next.l;
            }
        } catch (NullPointerException e) {
            return "NPE(" + before + ") " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        JitNullChecks full = new JitNullChecks();
        full.next = new JitNullChecks();
        full.next.next = new JitNullChecks();
        full.arr = new int[4];
        full.i = 3;
        sNode = full;
        int[] arr = {1, 2};
        Getter g = new G();
        Object lock = new Object();
        long ok = 0;
        NullPointerException warmEx = new NullPointerException("explicit");
        for (int r = 0; r < 2000; r++) {
            for (int k = 0; k <= 16; k++) {
                String s = run(k, full, arr, g, 41, lock, warmEx);
                ok += s.length();
            }
        }
        System.out.println("warm " + ok + " " + run(13, full, arr, g, 41, lock, warmEx));
        // now every one of them meets a null
        JitNullChecks empty = new JitNullChecks();
        for (int k = 0; k <= 16; k++) {
            JitNullChecks n = k == 5 || k == 14 || k == 15 ? empty : null;
            if (k == 16) sNode = empty;
            System.out.println(k + ": " + run(k, n, null, null, null, null, null));
        }
        // nulls interleaved with non-nulls in a hot loop
        int npes = 0;
        for (int r = 0; r < 20000; r++) {
            JitNullChecks n = r % 97 == 0 ? null : full;
            if (run(r % 3, n, arr, g, 1, lock, warmEx).startsWith("NPE")) npes++;
        }
        System.out.println("interleaved " + npes);
    }
}
