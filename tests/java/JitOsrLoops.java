// Long-running loops in methods that run once (a static initialiser, a constructor, one method per loop shape,
// so that each loop is entered by on-stack replacement with its own live state): OSR must carry every live
// local — int, long, float, double, references, arrays, locals defined before the loop and only used after it —
// from the interpreter frame into compiled code, at outer and inner loop headers.
public class JitOsrLoops {
    static final long INIT_SUM;
    static {
        long s = 0;
        for (int i = 0; i < 300000; i++) s += i ^ (i >>> 3);
        INIT_SUM = s;
    }

    final double ctorValue;
    JitOsrLoops(int n) {
        double d = 0.5;
        for (int i = 0; i < n; i++) d = d * 1.0000001 + 1e-9 * i;
        ctorValue = d;
    }

    static class Cell { int v; Cell next; Cell(int v, Cell next) { this.v = v; this.next = next; } }

    static void checksum() {
        // one big loop: 10^7 iterations, an int checksum
        int h = 0;
        for (int i = 0; i < 10000000; i++) {
            h = h * 31 + (i ^ (i >>> 7));
        }
        System.out.println("checksum " + h);
    }

    static void mixed(int seed, long lseed, double dseed, String sseed) {
        // long, float, double and reference locals live across the loop, some defined before it, some
        // modified only rarely, some only read after it
        long l = 0x123456789L + lseed;
        float f = 1.0f;
        double d = dseed;
        String tag = sseed;
        int[] counts = new int[4];
        Object rare = null;
        long untouchedL = lseed * 7;
        double untouchedD = dseed / 3;
        Object untouchedO = new StringBuilder("kept");
        int untouchedI = seed - 1;
        for (int i = 1; i <= 2000000; i++) {
            l += (long) i * i;
            l ^= l >>> 13;
            f = f * 0.999999f + 0.5f;
            d += 1.0 / i;
            counts[i & 3]++;
            if (i % 500000 == 0) {
                tag = tag + "|" + i;
                rare = Integer.valueOf(i);
            }
        }
        System.out.println("mixed " + l + " " + f + " " + d + " " + tag + " " + counts[0] + "," + counts[3] + " " + rare
                + " " + untouchedL + " " + untouchedD + " " + untouchedO + " " + untouchedI + " " + seed);
    }

    static void nested() {
        // nested loops: the innermost one gets hot first
        long nest = 0;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 300; j++) {
                for (int k = 0; k < 10; k++) {
                    nest += (i * j) ^ k;
                }
            }
        }
        System.out.println("nested " + nest);
    }

    static void whiles() {
        // while and do-while loops, a loop counting down, a loop with an early break and continue
        int w = 0, x = 1000000;
        while (x > 0) {
            x -= 3;
            if ((x & 15) == 0) continue;
            w += x & 1;
        }
        System.out.println("while " + w);
    }

    static void doWhile() {
        int dw = 0;
        long dl = 1;
        do {
            dl = dl * 3 % 1000003;
            dw++;
        } while (dl != 1 && dw < 2000000);
        System.out.println("do " + dw);
    }

    static void search() {
        int found = -1;
        for (int i = 0; i < 5000000; i++) {
            if ((long) i * i % 999983 == 123456) {
                found = i;
                break;
            }
        }
        System.out.println("found " + found);
    }

    static void walk() {
        // a loop over a linked structure with references in locals
        Cell head = null;
        for (int i = 0; i < 1000; i++) head = new Cell(i, head);
        long walk = 0;
        for (int r = 0; r < 300; r++) {
            for (Cell c = head; c != null; c = c.next) walk += c.v ^ r;
        }
        System.out.println("walk " + walk);
    }

    static void switchTry() {
        // a loop whose body has a switch and a try/catch
        int sw = 0, ex = 0;
        int[] small = new int[7];
        for (int i = 0; i < 300000; i++) {
            switch (i % 5) {
                case 0: sw += 1; break;
                case 1: sw += 3; break;
                case 3: sw -= 2; break;
                default: sw ^= i;
            }
            try {
                small[i % 9]++;
            } catch (ArrayIndexOutOfBoundsException e) {
                ex++;
            }
        }
        System.out.println("switch " + sw + " ex " + ex + " " + small[6]);
    }

    static void longLoop(double start) {
        // the loop variable is a long; a double accumulates up to a bound
        long li = 0;
        double acc = start;
        for (long k = 10000000000L; k < 10000300000L; k++) {
            li += k & 0xff;
            if (acc < 1e6) acc += 0.25;
        }
        System.out.println("long loop " + li + " " + acc);
    }

    static void insideTry() {
        // the loop sits inside a try with a finally; the exception leaves the compiled loop
        int i = 0;
        long s = 0;
        try {
            for (i = 0; ; i++) {
                s += i;
                if (i == 1500000) throw new IllegalStateException("stop");
            }
        } catch (IllegalStateException e) {
            s = -s;
        } finally {
            s += i;
        }
        System.out.println("inside try " + s + " " + i);
    }

    public static void main(String[] args) {
        System.out.println("clinit " + INIT_SUM);
        checksum();
        mixed(42, 1L << 40, 0.5, "start");
        nested();
        whiles();
        doWhile();
        search();
        walk();
        switchTry();
        System.out.println("ctor " + new JitOsrLoops(500000).ctorValue);
        longLoop(0.0);
        insideTry();
        // the same loops once more, now that they are compiled
        checksum();
        mixed(7, -3, 1.5, "again");
        longLoop(1.0);
    }
}
