// Kernel: allocation of many small short-lived objects (about 4M objects of 16-32 bytes, plus a
// small int[] every 8th step; well under 300 MB in total even without a collector).
public class Alloc {
    static final class Vec {
        final int x, y;
        Vec(int x, int y) { this.x = x; this.y = y; }
        Vec add(Vec o) { return new Vec(x + o.x, y + o.y); }
        Vec rot() { return new Vec(-y, x); }
    }
    static final class Pair {
        final Vec a; final Object b;
        Pair(Vec a, Object b) { this.a = a; this.b = b; }
    }

    static final int STEPS = 1_000_000;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        Vec v = new Vec(1, 2);
        long check = 0;
        Pair keep = null;
        int steps = STEPS * scale;
        for (int i = 0; i < steps; i++) {
            Vec d = new Vec(i & 15, (i >> 4) & 15);   // 1
            v = v.add(d).rot();                        // 2, 3
            Pair p = new Pair(v, keep);                // 4
            if ((i & 7) == 0) {
                int[] arr = new int[4];
                arr[i & 3] = v.x;
                check += arr[0] + arr[1] + arr[2] + arr[3];
            }
            keep = (i & 1023) == 0 ? null : p;
            check += p.a.x * 31 + p.a.y;
        }
        int depth = 0;
        for (Pair p = keep; p != null; p = (Pair) p.b) depth++;
        long t1 = System.nanoTime();
        System.out.println("checksum=" + (check * 1009 + depth));
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
